import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { AREA_AFTER_PLACE, NOT_IN_PLACE_NAME, PLACE_KINDS, PLACE_VERBS, WATER_PART_DIRECTIONS } from '../rules/place-kinds.ts';
import { WATER_PART_SUBJECTS } from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

type Sentence = ExtractionContext['sentences'][number];

const NOT_IN_NAME = new RegExp(`[${NOT_IN_PLACE_NAME}]`, 'u');
const AREA_AFTER = new RegExp(`^(\\p{Script=Han}{0,4}?)(${AREA_AFTER_PLACE.join('|')})`, 'u');
const PLACE_VERB = new RegExp(`(?<=^|[，。；：、\\s])(\\p{Script=Han}{2,10}?)(?=${PLACE_VERBS.join('|')})`, 'gu');
const PLACE_KIND_ENDING = new RegExp(`(?:${PLACE_KINDS.map((kind) => kind.suffix).join('|')})$`, 'u');
// Endings of a site named after a water or landform (七里海湿地 after 七里海), which is then a place of its own.
const SITE_OF_FEATURE = /^(\p{Script=Han}{2,6}[海湖河江山])(?:湿地|湿地公园|国家湿地公园|自然保护区|国家级自然保护区|国家公园)$/u;

/**
 * Places named after other places, by the structure of their names: an area named after a place (洞庭湖生态经济区,
 * 成渝地区双城经济圈), one part of a water by its direction (东洞庭湖), the subject of 位于 at a clause's start
 * (乌梁素海位于…), and the water or landform a site is named after (七里海 of 七里海湿地) where it stands alone.
 * `replaced` are the mentions a longer name took in.
 */
export function findNamedAfter(
  context: ExtractionContext,
  existing: readonly RegionMention[],
): { found: RegionMention[]; replaced: Set<RegionMention> } {
  const found: RegionMention[] = [];
  const replaced = new Set<RegionMention>();
  const taken = (start: number, end: number) =>
    [...existing, ...found].some((m) => !replaced.has(m) && m.start < end && start < m.end && !(m.start >= start && m.end <= end));
  const make = (sentence: Sentence, at: number, name: string, level: RegionMention['level'], rule: string): RegionMention =>
    placeMention(sentenceSpan(context, sentence, at, name.length), sentence, name, {
      level,
      rule,
      confidence: 0.6,
      review: 'place not in the division dataset',
    });
  for (const mention of existing) {
    const sentence = context.sentences[mention.sentence]!;
    const at = context.index.toUnit(mention.start) - sentence.unitStart;
    const end = context.index.toUnit(mention.end) - sentence.unitStart;
    const area = AREA_AFTER.exec(sentence.text.slice(end));
    const direction = sentence.text[at - 1] ?? '';
    if (area && !NOT_IN_NAME.test(area[1]!)) {
      replaced.add(mention);
      found.push(make(sentence, at, sentence.text.slice(at, end + area[0].length), 'area', 'region/area-after-place'));
    } else if ((mention.level === 'landmark' || mention.level === 'river-basin') && WATER_PART_DIRECTIONS.includes(direction) && direction) {
      const tokens = context.tokens[sentence.index]!;
      if (!isTokenBoundary(tokens, mention.start - 1)) continue;
      replaced.add(mention);
      found.push(make(sentence, at - 1, sentence.text.slice(at - 1, end), mention.level, 'region/water-part'));
    }
  }
  for (const sentence of context.sentences) {
    for (const match of sentence.text.matchAll(PLACE_VERB)) {
      const span = sentenceSpan(context, sentence, match.index, match[1]!.length);
      if (NOT_IN_NAME.test(match[1]!) || taken(span.start, span.end)) continue;
      // A water's source as subject (东江发源地位于…) is no place of its own: the water is.
      if (WATER_PART_SUBJECTS.some((word) => match[1]!.endsWith(word))) continue;
      if ([...existing, ...found].some((m) => m.start === span.start && m.end === span.end)) continue;
      const words = context.tokens[sentence.index]!.filter((token) => token.start < span.end && token.end > span.start);
      if (!PLACE_KIND_ENDING.test(match[1]!) && !words.some((token) => /^(ns|nr|nrt|nz|x|j)$/.test(token.tag))) continue;
      for (const m of existing) if (m.start >= span.start && m.end <= span.end) replaced.add(m);
      found.push(make(sentence, match.index, match[1]!, 'landmark', 'region/subject-of-place-verb'));
    }
  }
  found.push(...findFeaturesOfSites(context, [...existing, ...found], make, taken));
  return { found, replaced };
}

// The water or landform a site is named after, where the text names it alone (环七里海周边 after 七里海湿地).
function findFeaturesOfSites(
  context: ExtractionContext,
  places: readonly RegionMention[],
  make: (sentence: Sentence, at: number, name: string, level: RegionMention['level'], rule: string) => RegionMention,
  taken: (start: number, end: number) => boolean,
): RegionMention[] {
  const features = new Set(places.flatMap((place) => SITE_OF_FEATURE.exec(place.name)?.[1] ?? []));
  const found: RegionMention[] = [];
  for (const feature of features) {
    if (places.some((place) => place.name === feature)) continue;
    for (const sentence of context.sentences) {
      for (let at = sentence.text.indexOf(feature); at >= 0; at = sentence.text.indexOf(feature, at + feature.length)) {
        const span = sentenceSpan(context, sentence, at, feature.length);
        if (taken(span.start, span.end) || found.some((m) => m.start === span.start)) continue;
        if (places.some((place) => place.start <= span.start && place.end >= span.end)) continue;
        found.push(make(sentence, at, feature, 'landmark', 'region/feature-of-site'));
      }
    }
  }
  return found;
}
