import type { OrganizationMention } from '../mention-types.ts';
import { ELIDED_PLACE_WORDS, PLACE_ENDING_LEVEL_WORDS } from '../rules/organization-patterns.ts';
import { WordTable } from '../word-table.ts';
import { attachedBodyAt, attachedMention, congressCommitteeMention } from './attached-bodies.ts';
import { localBodyMention, suffixAt } from './local-body-suffix.ts';
import type { OrganizationSentence, OrganizationState } from './organization-scan.ts';

// Characters before 省 or 市 that make it the end of a longer word (全省, 外省): no elided place word before a body.
// 我 and 本 are not among them: a local paper writes its own place as 我市, 本县 (the outlet's place, as a place left
// out stands for the report's own), and the body after it is that place's (我市政协主席某某: the city's CPPCC).
const NOT_BEFORE_LEVEL_WORD = /[全该各外跨副]/;
// The level words, longest first (自治区 before 区).
const LEVEL_WORDS = new WordTable(
  Object.keys(ELIDED_PLACE_WORDS).sort((a, b) => b.length - a.length),
  (word) => word,
);

/**
 * A body with its place left out (省生态环境厅, 省委, 市人大常委会, 团省委): the place of that level that heads the
 * same run of posts (江苏省省委副书记、省政府党组书记: 江苏省), else the report's own province or city when the text
 * establishes one (the place of that level it names most), else the body as printed, flagged. Returns where reading
 * goes on.
 */
export function readElidedBody(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text } = scan;
  const youthLeague = text[at] === '团' && ELIDED_PLACE_WORDS[text[at + 1] ?? ''] !== undefined && text[at + 2] === '委';
  const wordAt = youthLeague ? at + 1 : at;
  const word = LEVEL_WORDS.at(text, wordAt);
  const level = word === undefined ? undefined : ELIDED_PLACE_WORDS[word];
  if (!word || !level || (!youthLeague && NOT_BEFORE_LEVEL_WORD.test(text[at - 1] ?? '')) || scan.placeEndsAt(at)) return undefined;
  // 州 of 贵州政府 ends a place's name; it is a level word only outside one.
  if (PLACE_ENDING_LEVEL_WORDS.includes(word) && insidePlace(scan, wordAt)) return undefined;
  const home = placeOfRun(scan, at, level) ?? (level === 'province' ? state.homeProvince : level === 'city' ? state.homeCity : undefined);
  const suffix = suffixAt(text, wordAt + word.length, home, word);
  if (!suffix || (youthLeague && suffix.slug !== 'party-committee')) return undefined;
  const length = wordAt + word.length + suffix.suffix.length - at;
  const where = { span: scan.span(at, length), surface: text.slice(at, at + length), sentence: scan.sentence.index, former };
  let mention: OrganizationMention;
  if (home) {
    mention = localBodyMention(home, suffix, where);
    mention.rule = 'organization/local-body-elided-place';
    mention.confidence = 0.75;
    mention.review = `place left out; took the report's ${level} ${home.name}${mention.review ? `; ${mention.review}` : ''}`;
  } else {
    mention = {
      ...where.span,
      label: 'Organization',
      surface: where.surface,
      sentence: where.sentence,
      name: where.surface,
      kind: suffix.kind,
      parents: [],
      former,
      rule: 'organization/local-body-no-place',
      confidence: 0.6,
      review: `place left out and the text names no ${level} to take it from`,
    };
  }
  // 团省委: the Youth League committee of the place, not its party committee.
  if (youthLeague) {
    mention.kind = 'other';
    mention.slug = 'youth-league-committee';
    mention.nameEn = mention.region ? undefined : 'Communist Youth League Committee';
  }
  state.organizations.push(mention);
  const committee = congressCommitteeMention(text, at + length, mention, (more) => scan.span(at, length + more), scan.sentence.index);
  if (committee) state.organizations.push(committee);
  if (committee) return at + committee.surface.length;
  // A team the body sends, named by it (市委督查组, 市人大常委会调研组): attached as to a body with its place. Only a
  // team: a party group after a body without its place (市生态环境局党组中心组) is left as it was read.
  const found = attachedBodyAt(text, at + length);
  const attached = found?.kind === 'oversight-body' ? found : undefined;
  if (attached) state.organizations.push(attachedMention(attached, mention, scan.span(at, length + attached.suffix.length), scan.sentence.index));
  return at + length + (attached?.suffix.length ?? 0);
}

// Marks that end a run of posts: a clause break (a run of one person's posts is joined by 、).
const RUN_BREAK = /[，。；：！？,;:]/u;
const MAX_RUN = 20;

// The place a run of one person's posts starts with, of the level the left-out place word names: the official style
// writes the place once and leaves it out of the posts after it. A province's 省 never stands for a municipality.
function placeOfRun(scan: OrganizationSentence, at: number, level: string): OrganizationState['homeProvince'] {
  const before = scan.regions
    .filter((region) => region.level === level && scan.toLocal(region.end) <= at && at - scan.toLocal(region.end) <= MAX_RUN)
    .filter((region) => !RUN_BREAK.test(scan.text.slice(scan.toLocal(region.end), at)))
    .filter((region) => level !== 'province' || !region.name.endsWith('市'))
    .sort((a, b) => b.end - a.end);
  return before[0];
}

// Whether a place of the sentence covers the character at `at`.
function insidePlace(scan: OrganizationSentence, at: number): boolean {
  return scan.regions.some((region) => scan.toLocal(region.start) <= at && at < scan.toLocal(region.end));
}
