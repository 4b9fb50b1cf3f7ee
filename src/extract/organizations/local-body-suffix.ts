import type { OrganizationMention, RegionMention } from '../mention-types.ts';
import { LOCAL_BODY_SUFFIXES, type LocalBodySuffix, NOT_IN_TASK_NAME, TASK_BODY_ENDINGS } from '../rules/organization-patterns.ts';
import type { Span } from '../text-index.ts';
import { WordTable } from '../word-table.ts';

const SUFFIXES = new WordTable(
  [...LOCAL_BODY_SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length),
  (suffix) => suffix.suffix,
);
// Level words a place's full name ends in, after which its party committee is 委 (湖北省委, 海淀区委).
const LEVEL_WORD_END = /[省市县区州旗盟]$/u;
const NOT_LEVEL_WORD_END = /(自治区|特别行政区)$/u;
// Characters after 委 that make it part of another word (委托 entrust, 委员 a member).
const NOT_AFTER_COMMITTEE = new Set(Array.from('托员屈婉身任派'));

/**
 * The longest body suffix at `at` that fits the place before it (生态环境厅 after a province, 生态环境局 after a
 * city or county; 委 only after a level word: 湖北省委, not 湖北委). `levelWord` is the level word written alone
 * when the place is left out (省 of 省委).
 */
export function suffixAt(text: string, at: number, region: RegionMention | undefined, levelWord?: string): LocalBodySuffix | undefined {
  return tableSuffixAt(text, at, region, levelWord) ?? taskBodyAt(text, at);
}

// A task's leading group after a place or its level word (省 + 生态文明建设 + 领导小组), with 工作 and its office.
const TASK_BODY = new RegExp(`^(\\p{Script=Han}{2,12}?(?:${TASK_BODY_ENDINGS.join('|')}))(?:工作)?领导小组(?:办公室)?`, 'u');

/** A leading group named by its task (省生态文明建设领导小组), as a suffix of its own after the place. */
function taskBodyAt(text: string, at: number): LocalBodySuffix | undefined {
  const match = TASK_BODY.exec(text.slice(at));
  if (!match || NOT_IN_TASK_NAME.test(match[0]) || match[1]!.includes('领导小组')) return undefined;
  const task = match[1]!;
  const office = match[0].endsWith('办公室');
  // The task in the id, so each of a place's groups is a body of its own.
  const code = Array.from(task, (char) => char.codePointAt(0)!.toString(36)).join('');
  return {
    suffix: match[0],
    kind: 'government',
    en: `${office ? 'Office of the ' : ''}{place} Leading Group for ${task}`,
    slug: `${office ? 'office-of-' : ''}leading-group-${code}`,
    level: 'any',
  };
}

function tableSuffixAt(text: string, at: number, region: RegionMention | undefined, levelWord?: string): LocalBodySuffix | undefined {
  return SUFFIXES.at(text, at, (suffix) => {
    if (suffix.notBefore?.includes(text[at + suffix.suffix.length] ?? '\u0000')) return false;
    if (suffix.afterLevelWord) {
      const written = levelWord ?? region?.surface ?? '';
      if (!LEVEL_WORD_END.test(written) || NOT_LEVEL_WORD_END.test(written)) return false;
      if (suffix.suffix === '委' && NOT_AFTER_COMMITTEE.has(text[at + 1] ?? '')) return false;
    }
    if (!region) return true;
    return (
      suffix.level === 'any' ||
      suffix.level === region.level ||
      (suffix.level === 'above-county' && (region.level === 'province' || region.level === 'city')) ||
      (suffix.level === 'city' && region.level === 'province' && region.name.endsWith('市'))
    );
  });
}

/** A body made of a place and a suffix (湖北省生态环境厅), named as the text writes it. */
export function localBodyMention(
  region: RegionMention,
  suffix: LocalBodySuffix,
  where: { span: Span; surface: string; sentence: number; former: boolean },
): OrganizationMention {
  const unknownPlace = region.rule === 'region/unknown-place' || region.rule === 'region/unknown-place-short-name';
  return {
    ...where.span,
    label: 'Organization',
    surface: where.surface,
    sentence: where.sentence,
    name: where.surface,
    kind: suffix.kind,
    slug: suffix.slug,
    region,
    parents: [],
    former: where.former,
    rule: 'organization/local-body',
    confidence: unknownPlace ? 0.75 : 0.95,
    review: suffix.formerName
      ? `${suffix.suffix} is the name before ${suffix.formerName.until}; taken as the same body as its successor`
      : suffix.confident
        ? undefined
        : `"${suffix.suffix}" after a place may not name a body`,
  };
}
