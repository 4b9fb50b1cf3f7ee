import {
  ENTERPRISE_BRANCH_FORMS,
  ENTERPRISE_FORMS,
  ENTERPRISE_GROUP_END,
  ENTERPRISE_GROUP_WORD,
  GENERIC_BODY_ENDINGS,
  type OrganizationKind,
  VENUE_ENDINGS,
} from '../rules/organization-patterns.ts';
import { AREA_BOUND_WORDS, BOUND_BODY_ENDINGS } from '../rules/place-kinds.ts';
import type { Token } from '../tag-tokens.ts';
import { absorbPlaces, type OrganizationSentence, type OrganizationState, printedBody } from './organization-scan.ts';

const FORM = new RegExp(`(?:${[...ENTERPRISE_FORMS, ...ENTERPRISE_BRANCH_FORMS].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
const BRANCHES = new Set(ENTERPRISE_BRANCH_FORMS);
const GROUP = new RegExp(`${ENTERPRISE_GROUP_WORD}\\p{Script=Han}{1,8}?${ENTERPRISE_GROUP_END}`, 'gu');
// Institutions and organs by the endings of their kind (委员会, 管委会, 中心, 研究院, 大队), several characters long;
// enterprises only by their forms of company (a place before 某某公司 is where it works, not its name's division).
const INSTITUTION_ENDINGS = GENERIC_BODY_ENDINGS.filter((entry) => entry.ending.length >= 2 && entry.kind !== 'media' && entry.kind !== 'enterprise');
const INSTITUTION = new RegExp(`(?:${INSTITUTION_ENDINGS.map((entry) => entry.ending).join('|')})`, 'gu');
// Parts of speech that stand in no registered name: prepositions, conjunctions, particles, pronouns, adverbs,
// numerals, classifiers, directions (与, 和, 的, 该, 分别, 在); verbs end an enterprise's name read without a place.
const NOT_IN_NAME = /^(p|c|u|r|d|m|q|f)/u;
const VERB = /^v$/u;
// The longest name read back from its ending; the shortest trade name is two characters.
const MAX_NAME = 24;
const MIN_BEFORE_END = 2;

type Ending = { at: number; end: number; kind: OrganizationKind; start?: number; needsPlace: boolean; branch?: boolean };

/**
 * Bodies by their registered names, which the naming rules start with the division they belong to: enterprises by
 * a form of company at the end (湖北某某建设工程有限公司; the Company Law and the enterprise-name regulations), read
 * back to that division or, without one, over the words that may stand in a name (to 与, 在, a verb); a group's
 * subsidiary from the group's trade name (某钢集团矿业公司); and institutions and organs whose name ends in the word of
 * their kind (某州某县工业集中区管理委员会, 某省地质调查院测绘地理信息中心) when a division starts the name. Places inside
 * are the name's own, not places of the report.
 */
export function findNamedBodies(state: OrganizationState, scan: OrganizationSentence, tokens: readonly Token[]): void {
  const { text } = scan;
  const endings: Ending[] = [];
  for (const match of text.matchAll(FORM))
    endings.push({ at: match.index, end: match.index + match[0].length, kind: 'enterprise', needsPlace: false, branch: BRANCHES.has(match[0]) });
  for (const match of text.matchAll(GROUP)) {
    const start = wordEndingAt(scan, tokens, match.index);
    if (start !== undefined) endings.push({ at: match.index, end: match.index + match[0].length, kind: 'enterprise', start, needsPlace: false });
  }
  for (const match of text.matchAll(INSTITUTION)) {
    const end = match.index + match[0].length;
    if (VENUE_ENDINGS.some((venue) => text.startsWith(venue, end - venue.length))) continue;
    const kind = INSTITUTION_ENDINGS.find((entry) => entry.ending === match[0])!.kind;
    if (tokens.some((token) => scan.toLocal(token.end) === end)) endings.push({ at: match.index, end, kind, needsPlace: true });
  }
  for (const ending of endings.sort((a, b) => a.end - b.end)) {
    const placeStart = ending.start ?? nameStart(scan, tokens, ending);
    const start = ending.branch && placeStart !== undefined ? companyBefore(scan, tokens, placeStart) : placeStart;
    if (start === undefined || ending.at - start < MIN_BEFORE_END) continue;
    const end = endBeforeBoundSite(text, start, ending);
    if (end === undefined) continue;
    const span = scan.span(start, end - start);
    if (state.organizations.some((org) => org.start < span.end && span.start < org.end)) continue;
    state.organizations.push({
      ...printedBody(scan, start, end - start),
      kind: ending.kind,
      rule: 'organization/registered-name',
      confidence: 0.75,
      review: 'body read by the ending of its kind; check where its name starts',
    });
    absorbPlaces(state, scan, span);
  }
}

// Where a name starts: at the first place of its clause (湖北 of 深入湖北…有限公司) when only words that may stand in a
// name come between, else (enterprises only) after the last word that may not.
function nameStart(scan: OrganizationSentence, tokens: readonly Token[], ending: Ending): number | undefined {
  let clause = ending.at;
  while (clause > 0 && ending.end - clause < MAX_NAME && /\p{Script=Han}/u.test(scan.text[clause - 1]!)) clause -= 1;
  const inside = (token: Token) => scan.toLocal(token.end) > clause && scan.toLocal(token.start) < ending.at;
  const words = tokens.filter(inside);
  const places = scan.regions.map((region) => scan.toLocal(region.start)).filter((at) => at >= clause && at + MIN_BEFORE_END <= ending.at);
  for (const place of places.sort((a, b) => a - b))
    if (!words.some((token) => scan.toLocal(token.start) >= place && NOT_IN_NAME.test(token.tag))) return place;
  if (ending.needsPlace) return undefined;
  let start = ending.at;
  for (const token of words.reverse()) {
    if (scan.toLocal(token.start) < clause || NOT_IN_NAME.test(token.tag) || VERB.test(token.tag)) break;
    start = scan.toLocal(token.start);
  }
  return start;
}

// The start of the word that ends right before a group's word (某钢 of 某钢集团).
function wordEndingAt(scan: OrganizationSentence, tokens: readonly Token[], at: number): number | undefined {
  const token = tokens.find((candidate) => scan.toLocal(candidate.end) === at);
  if (!token) return undefined;
  const start = scan.toLocal(token.start);
  return at - start >= MIN_BEFORE_END && /^\p{Script=Han}+$/u.test(scan.text.slice(start, at)) ? start : undefined;
}

// A branch's name opens with its company's name or short name before the branch's place (中国邮政 of 中国邮政某某分公司):
// the words right before the place that may stand in a name, back to a verb or a word that may not (来自).
function companyBefore(scan: OrganizationSentence, tokens: readonly Token[], at: number): number {
  let start = at;
  for (let token = tokens.find((candidate) => scan.toLocal(candidate.end) === start); token; ) {
    const from = scan.toLocal(token.start);
    if (at - from > MAX_NAME || NOT_IN_NAME.test(token.tag) || VERB.test(token.tag) || !/^\p{Script=Han}+$/u.test(scan.text.slice(from, start)))
      break;
    start = from;
    token = tokens.find((candidate) => scan.toLocal(candidate.end) === start);
  }
  return start;
}

// Where a body read after an area's bound word ends (东起某省某林业局某某林场: the 四至 of rules/place-kinds.ts): the site
// after the body is the bound, a place (regions/find-area-bounds.ts), so the body ends before it; with no body before
// the site, nothing there is a body. Elsewhere the body ends at its kind's word.
function endBeforeBoundSite(text: string, start: number, ending: Ending): number | undefined {
  if (!AREA_BOUND_WORDS.some((word) => text.startsWith(word, start - word.length))) return ending.end;
  const body = Math.max(...Array.from(BOUND_BODY_ENDINGS, (end) => text.lastIndexOf(end, ending.at - 1)));
  return body >= start + MIN_BEFORE_END ? body + 1 : undefined;
}
