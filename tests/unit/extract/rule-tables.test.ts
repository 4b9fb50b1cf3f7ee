import { describe, expect, it } from 'vitest';
import { NATIONAL_BODIES } from '../../../src/extract/rules/organization-patterns.ts';
import { NATIONAL_POLICIES } from '../../../src/extract/rules/policy-shapes.ts';
import { COUNTRY, NAMED_AREAS } from '../../../src/extract/rules/region-areas.ts';
import { THEMES } from '../../../src/extract/rules/theme-keywords.ts';
import { TITLE_WORDS } from '../../../src/extract/rules/title-words.ts';
import { seedNodeSchema } from '../../../src/seed/seed-schema.ts';

// The tables give ids, pinyin and kinds to new records: each must already be what the seed format accepts.
describe('the rule tables', () => {
  it('give areas ids, pinyin and levels the seed format accepts', () => {
    for (const area of [COUNTRY, ...NAMED_AREAS]) {
      const parsed = seedNodeSchema.safeParse({
        label: 'Region',
        id: area.id,
        name: area.name,
        nameEn: area.nameEn,
        pinyin: area.pinyin,
        level: area.level,
        evidence: area.name,
      });
      expect(parsed.success, `${area.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('give national bodies and policies valid ids and kinds', () => {
    for (const body of NATIONAL_BODIES) {
      expect(
        seedNodeSchema.safeParse({ label: 'Organization', id: body.id, name: body.name, nameEn: body.nameEn, kind: body.kind, evidence: body.name })
          .success,
        body.id,
      ).toBe(true);
    }
    for (const policy of NATIONAL_POLICIES) {
      expect(
        seedNodeSchema.safeParse({
          label: 'Policy',
          id: policy.id,
          name: policy.name,
          nameEn: policy.nameEn,
          kind: policy.kind,
          evidence: policy.name,
        }).success,
        policy.id,
      ).toBe(true);
    }
    for (const theme of THEMES) expect(theme.id).toMatch(/^theme:[a-z0-9-]+$/);
  });

  it('hold each title once', () => {
    const words = TITLE_WORDS.map((title) => title.word);
    expect(new Set(words).size).toBe(words.length);
  });
});
