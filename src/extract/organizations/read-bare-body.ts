import { LOCAL_BODY_SUFFIXES, type LocalBodySuffix, SPECIAL_COMMITTEE_SHORT_NAMES } from '../rules/organization-patterns.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import { type OrganizationSentence, type OrganizationState, printedBody } from './organization-scan.ts';

const BARE = new WordTable(
  LOCAL_BODY_SUFFIXES.filter((suffix) => !suffix.afterLevelWord && suffix.suffix.length >= 2).sort((a, b) => b.suffix.length - a.suffix.length),
  (suffix) => suffix.suffix,
);
const TITLES = new WordTable(TITLE_WORDS, (title) => title.word);
const SPECIAL_COMMITTEES = new WordTable(SPECIAL_COMMITTEE_SHORT_NAMES, (name) => name);
// The level a government title names (副县长: the county), for a bare 政府 before it.
const TITLE_LEVELS: ReadonlyArray<[RegExp, 'province' | 'city' | 'county']> = [
  [/省长/u, 'province'],
  [/市长/u, 'city'],
  [/[县区]长/u, 'county'],
];
// What may stand before a bare body: the start of the sentence or of a clause, or the close of a quote before the
// speaker of an inverted attribution (“…”自治区主席某某说).
const CLAUSE_START = /[，、。；：！？\s（(”]/u;

/**
 * A body of the system written bare at the start of a clause and right before a title (政府副县长刘世红): the
 * government of the report's own place at the level the title names, or the body as printed. Returns where
 * reading goes on.
 */
export function readBareBody(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text } = scan;
  if (at > 0 && !CLAUSE_START.test(text[at - 1]!)) return undefined;
  const suffix: LocalBodySuffix | undefined = BARE.at(text, at, (candidate) => TITLES.at(text, at + candidate.suffix.length) !== undefined);
  if (!suffix) return readRegionHead(state, scan, at, former) ?? readBareCommittee(state, scan, at, former);
  const title = TITLES.at(text, at + suffix.suffix.length)!;
  const level = TITLE_LEVELS.find(([pattern]) => pattern.test(title.word))?.[1];
  const home = level === 'province' ? state.homeProvince : level === 'city' ? state.homeCity : level === 'county' ? state.homeCounty : undefined;
  state.organizations.push({
    ...printedBody(scan, at, suffix.suffix.length),
    kind: suffix.kind,
    ...(home ? { region: home, slug: suffix.slug } : {}),
    former,
    rule: 'organization/bare-body',
    confidence: home ? 0.7 : 0.55,
    review: home ? `body written bare; took the report's ${level} ${home.name}` : 'body written bare, without its place',
  });
  return at + suffix.suffix.length;
}

/**
 * A special committee of the report's congress or CPPCC body by its short name, bare at the head of a post run
 * (人资环委副主任某某 in a CPPCC report, after 省政协副秘书长某某): the body as printed, its host left to the reader.
 */
function readBareCommittee(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text } = scan;
  // Before a title only: 委员 after a short name is the full name going on (人资环委员会), not a title.
  const name = SPECIAL_COMMITTEES.at(
    text,
    at,
    (candidate) => !/[员員]/u.test(text[at + candidate.length] ?? '') && TITLES.at(text, at + candidate.length) !== undefined,
  );
  if (!name) return undefined;
  state.organizations.push({
    ...printedBody(scan, at, name.length),
    kind: 'government',
    former,
    rule: 'organization/bare-special-committee',
    confidence: 0.6,
    review: 'special committee written bare, without its congress or CPPCC body',
  });
  return at + name.length;
}

// The government of an autonomous region is headed by its 主席 (Regional Ethnic Autonomy Law, art. 17; Constitution,
// art. 114), and the region's news writes the post after the level word alone (自治区主席某某, 自治区副主席某某): the
// level word is then the body, the region's own government.
const REGION_HEAD = /^自治区(?=副?主席(?!助理))/u;

/** 自治区 bare before 主席 or 副主席 (自治区主席巴特尔): the report's autonomous region's government, as printed. */
function readRegionHead(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const level = REGION_HEAD.exec(scan.text.slice(at))?.[0];
  if (!level) return undefined;
  const home = state.homeProvince;
  state.organizations.push({
    ...printedBody(scan, at, level.length),
    kind: 'government',
    ...(home ? { region: home, slug: 'government' } : {}),
    former,
    rule: 'organization/region-head-body',
    confidence: home ? 0.7 : 0.55,
    review: home ? `autonomous region written bare before its head's post; took ${home.name}` : 'autonomous region written bare before its head',
  });
  return at + level.length;
}
