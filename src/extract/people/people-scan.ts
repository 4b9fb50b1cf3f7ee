import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention, PersonMention, RegionMention } from '../mention-types.ts';
import { firstPlateOf } from '../organizations/find-second-plates.ts';
import { FORMER_MARKERS, type TitleWord } from '../rules/title-words.ts';
import type { Sentence } from '../split-sentences.ts';
import type { Span } from '../text-index.ts';
import { WordTable } from '../word-table.ts';

/** Punctuation and spaces that end a clause: a title right after one starts a new person of the same body. */
export const CLAUSE_BREAK = /[，、。；：！？\s（）()“”"]/u;
/** 原, 时任, 前任 before a post. */
export const FORMER = new WordTable(FORMER_MARKERS, (marker) => marker);

/** What the person rules share over the report. */
export interface PeopleState {
  context: ExtractionContext;
  /** The bodies of the earlier stages. */
  organizations: readonly OrganizationMention[];
  /** Bodies the person rules made (a 党组 from 党组书记, a body found by its ending). */
  found: OrganizationMention[];
  people: PersonMention[];
  /** Names known to be people: the known graph's and those found so far. */
  knownNames: Set<string>;
  /** The last body a person was named with, for a title later in its paragraph. */
  lastBody?: { paragraph: number; body: OrganizationMention };
}

/** One sentence as the person rules read it; offsets in code units of the sentence. */
export interface PeopleSentence {
  sentence: Sentence;
  text: string;
  local(from: number, length: number): Span;
  toLocal(point: number): number;
  regions: readonly RegionMention[];
  /** The sentence's bodies, those the rules made in it included. */
  bodies(): OrganizationMention[];
  /** Where each body and place of the sentence ends, as the sentence was before the rules ran. */
  bodiesEndingAt: ReadonlyMap<number, OrganizationMention>;
  placesEndingAt: ReadonlyMap<number, RegionMention>;
  bodySpans: ReadonlyArray<readonly [number, number]>;
  /** The person named last in the sentence with a body, for a title after a clause break (罗静怡、总工程师贺文涛). */
  previousPerson?: { end: number; body: OrganizationMention };
  /**
   * The posts of one body printed before another body's posts and the name (市委宣传部副部长、市政府新闻办主任某某):
   * where the next body starts, and each run's owner and titles (a chain of three bodies has two), for the person
   * named after it.
   */
  postsBefore?: { nextBodyAt: number; runs: ReadonlyArray<{ owner: TitleOwnerRun; titles: ReadonlyArray<{ title: TitleWord; at: number }> }> };
}

/** A title's owner as the posts before another body keep it. */
export interface TitleOwnerRun {
  body?: OrganizationMention;
  bodyStart: number;
}

/** The person rules' view of one sentence, given its bodies and places. */
export function scanSentence(
  state: PeopleState,
  sentence: Sentence,
  named: { bodies: readonly OrganizationMention[]; regions: readonly RegionMention[] },
): PeopleSentence {
  const { context } = state;
  const toLocal = (point: number) => context.index.toUnit(point) - sentence.unitStart;
  const foundBefore = state.found.length;
  // Bodies the rules make are added to `found`; those made while reading this sentence are of this sentence.
  const bodies = () => [...named.bodies, ...state.found.slice(foundBefore)];
  const bodiesEndingAt = new Map<number, OrganizationMention>();
  for (const org of named.bodies) bodiesEndingAt.set(toLocal(org.end), org);
  // A post after a second nameplate's closing bracket (国家林业和草原局（国家公园管理局）局长某某) is the first body's.
  for (const org of named.bodies) {
    const first = firstPlateOf(org);
    if (first) bodiesEndingAt.set(toLocal(org.end) + 1, first);
  }
  const placesEndingAt = new Map<number, RegionMention>();
  for (const region of named.regions) placesEndingAt.set(toLocal(region.end), region);
  return {
    sentence,
    text: sentence.text,
    local: (from, length) => sentenceSpan(context, sentence, from, length),
    toLocal,
    regions: named.regions,
    bodies,
    bodiesEndingAt,
    placesEndingAt,
    bodySpans: named.bodies.map((org) => [toLocal(org.start), toLocal(org.end)] as const),
  };
}
