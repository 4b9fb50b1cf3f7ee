import { autonomousShortName, type Division } from '../division-gazetteer.ts';
import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { BEAUTIFUL_PLACE_FRAME, COUNTY_STEM_AFTER, COUNTY_STEM_BEFORE_VISIT, VISIT_VERBS_AFTER_PLACE } from '../rules/place-kinds.ts';
import { countyNamedByStem, placeMention } from './place-mention.ts';

// A county-level division whose name is a stem of two characters and its level word (桂平市, 庆元县, 蕉城区), or of all
// its peoples (龙胜各族自治县, the one autonomous county the dataset names so).
const STEM_AND_LEVEL = /^(\p{Script=Han}{2})(?:[县市区旗]|各族自治县)$/u;
const stemsCache = new WeakMap<ExtractionContext['gazetteer'], Map<string, Division[]>>();

/**
 * Counties named by their stem alone where the words around it can only be said of a place: the county's venue of a
 * provincial or municipal video conference (某某分会场: the conference is followed at each county's 分会场) and a visit
 * to it (到某某调研, 赴某某检查), or to several in a list (深入甲、乙、丙开展执法检查), and its share of the Beautiful China
 * campaign (美丽某某建设). The stem is the county's only when one county of the report's province (or of the
 * whole country, when the report names none) has it; the place keeps its full name from the division dataset.
 */
export function findCountyStems(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const stems = countyStems(context.gazetteer);
  const provinces = new Set(existing.flatMap((mention) => (mention.code ? [mention.code.slice(0, 2)] : [])));
  const found: RegionMention[] = [];
  const taken = (start: number, end: number) => [...existing, ...found].some((m) => m.start < end && start < m.end);
  const pattern = new RegExp(
    `(?:(?:${COUNTY_STEM_BEFORE_VISIT.join('|')})((?:\\p{Script=Han}{2}、)*\\p{Script=Han}{2})(?=${VISIT_VERBS_AFTER_PLACE.join('|')}))|(\\p{Script=Han}{2})(?=${COUNTY_STEM_AFTER.join('|')})` +
      `|${BEAUTIFUL_PLACE_FRAME.before}(\\p{Script=Han}{2})(?=${BEAUTIFUL_PLACE_FRAME.after})`,
    'gu',
  );
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    // The counties visited may be listed (深入甲、乙、丙检查: an inspection's itinerary), each by its stem.
    const stemsOf = (match: RegExpExecArray) => {
      const list = match[1] ?? match[2] ?? match[3]!;
      const from = match.index + match[0].length - list.length;
      return list.split('、').map((stem, i) => ({ stem, at: from + i * 3 }));
    };
    for (const { stem, at } of [...sentence.text.matchAll(pattern)].flatMap(stemsOf)) {
      const candidates = (stems.get(stem) ?? []).filter((division) => provinces.size === 0 || provinces.has(division.code.slice(0, 2)));
      if (candidates.length !== 1) continue;
      const span = sentenceSpan(context, sentence, at, stem.length);
      if (!isTokenBoundary(tokens, span.start) || taken(span.start, span.end)) continue;
      const county = candidates[0]!;
      found.push(
        placeMention(span, sentence, stem, {
          ...countyNamedByStem(county),
          rule: 'region/county-stem',
          confidence: 0.6,
        }),
      );
    }
  }
  return found;
}

// The county-level divisions by the stem of their name, read once per gazetteer.
function countyStems(gazetteer: ExtractionContext['gazetteer']): Map<string, Division[]> {
  const cached = stemsCache.get(gazetteer);
  if (cached) return cached;
  const stems = new Map<string, Division[]>();
  for (const division of gazetteer.byCode.values()) {
    // An autonomous county by the place before its peoples' names (龙胜各族自治县 → 龙胜县), as its short form is made.
    const stem = division.level === 'county' ? STEM_AND_LEVEL.exec(autonomousShortName(division.name) ?? division.name)?.[1] : undefined;
    if (stem && !gazetteer.byShort.has(stem) && !gazetteer.byName.has(stem)) stems.set(stem, [...(stems.get(stem) ?? []), division]);
  }
  stemsCache.set(gazetteer, stems);
  return stems;
}
