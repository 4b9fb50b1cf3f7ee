import { describe, expect, it } from 'vitest';
import { findOrganizationMentions } from '../../../src/extract/find-organization-mentions.ts';
import { findPersonMentions } from '../../../src/extract/find-person-mentions.ts';
import { findRegionMentions } from '../../../src/extract/find-region-mentions.ts';
import { findStatementMentions } from '../../../src/extract/find-statement-mentions.ts';
import { contextFor } from '../../support/extraction-context.ts';

function statementsOf(text: string) {
  const context = contextFor(text);
  const regions = findRegionMentions(context);
  const { organizations } = findOrganizationMentions(context, regions);
  const { people, organizations: found } = findPersonMentions(context, organizations, regions);
  const { statements } = findStatementMentions(context, people, [...organizations, ...found]);
  return statements.map((s) => ({
    speaker: s.speaker?.name,
    kind: s.kind,
    text: context.index.slice(s.textSpan),
    evidence: context.index.slice(s.evidence),
    rule: s.rule,
  }));
}

describe('findStatementMentions', () => {
  it('attributes a quote to the speaker after it, and the second half of a split quote to the same speaker', () => {
    const found = statementsOf('“我深受启发，感触很多。”生态环境部生态环境执法局局长曹立平说，“生态环境质量改善真有效。”');
    expect(found).toEqual([
      {
        speaker: '曹立平',
        kind: 'quote',
        text: '我深受启发，感触很多。',
        evidence: '“我深受启发，感触很多。”生态环境部生态环境执法局局长曹立平说',
        rule: 'statement/quote-then-speaker',
      },
      {
        speaker: '曹立平',
        kind: 'quote',
        text: '生态环境质量改善真有效。',
        evidence: '曹立平说，“生态环境质量改善真有效。”',
        rule: 'statement/speaker-then-quote',
      },
    ]);
  });

  it('reads reported speech after a speech verb and a comma, past a clause of time', () => {
    const found = statementsOf('生态环境部部长李干杰出席会议。李干杰在总结工作成效时特别提到，要继续加强队伍建设。');
    expect(found).toEqual([
      expect.objectContaining({ speaker: '李干杰', kind: 'paraphrase', text: '要继续加强队伍建设', rule: 'statement/reported-speech' }),
    ]);
  });

  it('takes a pronoun as the person named before it, and says so', () => {
    const found = statementsOf('东岚省生态环境厅厅长周启航出席会议。他表示，今年将以臭氧和PM2.5协同控制为主线。');
    expect(found[0]).toMatchObject({ speaker: '周启航', kind: 'paraphrase', text: '今年将以臭氧和PM2.5协同控制为主线' });
  });

  it('reads a transcript answer: a line that starts with its speaker and a colon', () => {
    const found = statementsOf('嘉川省生态环境厅副厅长罗静怡出席。\n\n罗静怡：严格执法是常态。我们追求守法成为常态。\n');
    expect(found[0]).toMatchObject({
      speaker: '罗静怡',
      kind: 'quote',
      text: '严格执法是常态。我们追求守法成为常态。',
      rule: 'statement/transcript-answer',
    });
  });

  it('keeps what an unnamed official says without a speaker, saying who spoke', () => {
    const context = contextFor('生态环境部有关负责人表示，将持续推进排污许可制度改革。');
    const regions = findRegionMentions(context);
    const { organizations } = findOrganizationMentions(context, regions);
    const { statements } = findStatementMentions(context, [], organizations);
    expect(statements[0]).toMatchObject({ kind: 'paraphrase', speaker: undefined, review: 'said by an unnamed official: 生态环境部有关负责人' });
    expect(context.index.slice(statements[0]!.textSpan)).toBe('将持续推进排污许可制度改革');
  });

  it('keeps what a meeting says without a speaker', () => {
    expect(statementsOf('6月8日，生态环境部召开部常务会议。会议要求，各司局要抓紧完善配套制度。')).toEqual([
      {
        speaker: undefined,
        kind: 'paraphrase',
        text: '各司局要抓紧完善配套制度',
        evidence: '会议要求，各司局要抓紧完善配套制度',
        rule: 'statement/meeting-speech',
      },
    ]);
  });

  it('does not take a quoted term for a statement', () => {
    expect(statementsOf('杭州研发了“城市大脑”，实现数字化治理。')).toEqual([]);
  });
});
