import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention, RegionMention } from '../mention-types.ts';
import type { Sentence } from '../split-sentences.ts';
import type { Span } from '../text-index.ts';

/** What the organization rules share over the report. */
export interface OrganizationState {
  context: ExtractionContext;
  organizations: OrganizationMention[];
  /** Places inside a body's name (中国 in 中国环境报): the pipeline drops them. */
  absorbed: Set<RegionMention>;
  /** The province and city the report names most: the place of a body whose place is left out (省生态环境厅). */
  homeProvince?: RegionMention;
  homeCity?: RegionMention;
  homeCounty?: RegionMention;
}

/** One sentence as the organization rules read it; offsets in code units of the sentence. */
export interface OrganizationSentence {
  sentence: Sentence;
  text: string;
  span(from: number, length: number): Span;
  /** Where a code-point offset of the text falls in the sentence (code units). */
  toLocal(point: number): number;
  regions: readonly RegionMention[];
  /** The places of the sentence by where they start. */
  regionAt: ReadonlyMap<number, RegionMention>;
  /** Whether a place ends at a point of the sentence. */
  placeEndsAt(at: number): boolean;
}

/** The organization rules' view of one sentence. */
export function scanSentence(context: ExtractionContext, sentence: Sentence, regions: readonly RegionMention[]): OrganizationSentence {
  const toLocal = (point: number) => context.index.toUnit(point) - sentence.unitStart;
  const ends = new Set(regions.map((region) => toLocal(region.end)));
  return {
    sentence,
    text: sentence.text,
    span: (from, length) => sentenceSpan(context, sentence, from, length),
    toLocal,
    regions,
    regionAt: new Map(regions.map((region) => [toLocal(region.start), region])),
    placeEndsAt: (at) => ends.has(at),
  };
}

/**
 * What every rule's mention of a body printed at [at, at + length) of the sentence shares: its span, its printed words
 * as its surface and name, no parent and no former name yet. A rule adds its kind, its notes and what else it knows.
 */
export function printedBody(
  scan: OrganizationSentence,
  at: number,
  length: number,
): Pick<OrganizationMention, 'start' | 'end' | 'label' | 'surface' | 'sentence' | 'name' | 'parents' | 'former'> {
  const name = scan.text.slice(at, at + length);
  return { ...scan.span(at, length), label: 'Organization', surface: name, sentence: scan.sentence.index, name, parents: [], former: false };
}

/**
 * Adds a body whose name holds shorter bodies another rule read inside it (全国人大 in 十四届全国人大二次会议新闻中心):
 * they are part of its name and leave; the places inside it are absorbed.
 */
export function replaceBodiesInside(state: OrganizationState, scan: OrganizationSentence, mention: OrganizationMention): void {
  state.organizations = state.organizations.filter((org) => !(org.start >= mention.start && org.end <= mention.end));
  absorbPlaces(state, scan, mention);
  state.organizations.push(mention);
}

/** Marks the places inside a name that is not made of a place (中国 in 中国环境报) as absorbed by it. */
export function absorbPlaces(state: OrganizationState, scan: OrganizationSentence, span: Span): void {
  for (const region of scan.regions) if (region.start >= span.start && region.end <= span.end) state.absorbed.add(region);
}

/**
 * The report's own places, for bodies whose place is left out: the province and city it names most; and the
 * county it names most when it names it in its opening lines (a county's report). A county report's 市 is the
 * county's own city: a city named more often but elsewhere (黄山 of 黄山局) is not taken, and none when the text
 * does not name the county's city.
 */
export function homePlaces(
  context: ExtractionContext,
  regions: readonly RegionMention[],
): Pick<OrganizationState, 'homeProvince' | 'homeCity' | 'homeCounty'> {
  const county = mostMentioned(regions, 'county');
  const homeCounty = county && context.sentences[county.sentence]!.paragraph <= 3 ? county : undefined;
  const parentCode = homeCounty?.code ? context.gazetteer.byCode.get(homeCounty.code)?.parentCode : undefined;
  const homeCity = homeCounty ? regions.find((region) => region.code !== undefined && region.code === parentCode) : mostMentioned(regions, 'city');
  return { homeProvince: mostMentioned(regions, 'province'), homeCity, homeCounty };
}

/** The place of a level the report names most often. */
export function mostMentioned(regions: readonly RegionMention[], level: 'province' | 'city' | 'county'): RegionMention | undefined {
  const counts = new Map<string, { count: number; first: RegionMention }>();
  for (const region of regions) {
    if (region.level !== level) continue;
    const entry = counts.get(region.name) ?? { count: 0, first: region };
    entry.count += 1;
    counts.set(region.name, entry);
  }
  let best: { count: number; first: RegionMention } | undefined;
  for (const entry of counts.values())
    if (!best || entry.count > best.count || (entry.count === best.count && entry.first.start < best.first.start)) best = entry;
  return best?.first;
}
