import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_IN_PLACE_NAME } from '../rules/place-kinds.ts';
import {
  COMMON_WATER_WORDS,
  GENERAL_WATER_NOUNS,
  LOCAL_WATER_ENDINGS,
  RIVER_PART_WORDS,
  WATER_ENDINGS,
  WATER_FEATURE_WORDS,
  WATER_KIND_WORDS,
  WATER_PREPOSITIONS,
} from '../rules/region-areas.ts';
import type { Token } from '../tag-tokens.ts';
import { placeMention } from './place-mention.ts';

// How a water's name ends: a river's or lake's, or a watercourse's of the chief system (港, 浜, 泾, 泡).
const ENDS_AS_WATER = new RegExp(`[${WATER_ENDINGS}${LOCAL_WATER_ENDINGS}]`, 'u');
// A water, its feature after it (某某河沿线, 某某溪河长), the feature's ending being the end of a word.
const BEFORE_FEATURE = new RegExp(`[${WATER_ENDINGS}${LOCAL_WATER_ENDINGS}](?=["“”]?(?:${WATER_FEATURE_WORDS.join('|')}))`, 'gu');
const NOT_WATERS = new Set([...COMMON_WATER_WORDS, ...WATER_KIND_WORDS]);
const NOT_IN_NAME = new Set(Array.from(NOT_IN_PLACE_NAME));
// Tags of words no water's own name is made of: verbs, prepositions, adverbs, conjunctions, particles, pronouns,
// numbers and measure words, directions (深入 + 某某河, 对 + 某某港).
const NOT_NAME_TAGS = /^(v|p|d|c|u|r|m|q|f)/;
// The level words of divisions and townships (某某乡 + 某某溪).
const LEVEL_INSIDE = /[省市县区乡镇村]/u;
// The longest and shortest stem of a water's name before its ending.
const STEM = { min: 2, max: 4 };

/**
 * Waters the areas table lacks, by what the report says of them right after their name (某某河沿线, 某某溪河长, 某某泡
 * 水质: `WATER_FEATURE_WORDS`), and the waters listed before such a one (甲河、乙河沿线). Each is flagged for review;
 * `existing` are the places found before: a water already found, or one inside a longer name, is not found again.
 */
export function findWatersByFeature(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const taken = (start: number, end: number) => [...existing, ...found].some((m) => m.start < end && start < m.end);
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    const text = sentence.text;
    const add = (at: number, end: number) => {
      const name = text.slice(at, end);
      const span = sentenceSpan(context, sentence, at, name.length);
      if (NOT_WATERS.has(name) || taken(span.start, span.end)) return;
      found.push(
        placeMention(span, sentence, name, {
          level: 'landmark',
          rule: 'region/water-by-feature',
          confidence: 0.55,
          review: 'water not in the areas table',
        }),
      );
    };
    for (const match of text.matchAll(BEFORE_FEATURE)) {
      const end = match.index + 1;
      // 河湖长制, 江河湖泊: the ending and the feature's first character make a common noun, no name ends there.
      if (NOT_WATERS.has(text.slice(match.index, match.index + 2))) continue;
      const stemAt = (ending: number) => stemStart(context, sentence, tokens, ending);
      const start = stemAt(end - 1);
      if (start === undefined) continue;
      add(start, end);
      for (const item of listedBefore(text, start, stemAt)) add(item.at, item.end);
    }
  }
  return found;
}

// Where the stem of a water's name starts before its ending at `ending`: the longest of two to four characters that
// starts a word and holds no function word or verb.
function stemStart(
  context: ExtractionContext,
  sentence: ExtractionContext['sentences'][number],
  tokens: readonly Token[],
  ending: number,
): number | undefined {
  for (let length = STEM.max; length >= STEM.min; length -= 1) {
    const at = ending - length;
    if (at < 0) continue;
    const stem = sentence.text.slice(at, ending);
    if (!/^\p{Script=Han}+$/u.test(stem) || Array.from(stem).some((ch) => NOT_IN_NAME.has(ch))) continue;
    if (WATER_PREPOSITIONS.includes(stem[0]!)) continue;
    // A part of another river before the name (长江一级支流 + 某某河): the name starts after it.
    if (RIVER_PART_WORDS.some((word) => stem.includes(word))) continue;
    // A division's level word inside the stem (上墅乡 + 大溪): the water's name starts after it.
    if (LEVEL_INSIDE.test(stem.slice(1))) continue;
    if (GENERAL_WATER_NOUNS.some((word) => `${stem}${sentence.text[ending]}`.endsWith(word))) return undefined;
    const start = sentenceSpan(context, sentence, at, 0).start;
    const stemEnd = sentenceSpan(context, sentence, ending, 0).start;
    // The segmenter may join a preposition of way to the name (沿 + 某某港): the name starts after it all the same.
    const afterPreposition =
      at > 0 && WATER_PREPOSITIONS.includes(sentence.text[at - 1]!) && isTokenBoundary(tokens, sentenceSpan(context, sentence, at - 1, 0).start);
    if (!isTokenBoundary(tokens, start) && !afterPreposition) continue;
    if (tokens.some((token) => token.start >= start && token.end <= stemEnd && NOT_NAME_TAGS.test(token.tag))) continue;
    return at;
  }
  return undefined;
}

// The waters listed right before a water (甲河、乙河 + 沿线): each item before a 、 that ends as a water's name, its stem
// found as the water's own.
function listedBefore(text: string, start: number, stemAt: (ending: number) => number | undefined): Array<{ at: number; end: number }> {
  const items: Array<{ at: number; end: number }> = [];
  for (let end = start - 1; end > 0 && text[end] === '、'; ) {
    if (!ENDS_AS_WATER.test(text[end - 1]!)) break;
    const at = stemAt(end - 1);
    if (at === undefined) break;
    items.push({ at, end });
    end = at - 1;
  }
  return items;
}
