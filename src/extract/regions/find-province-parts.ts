import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { PART_DIRECTIONS, PART_TAILS, PROVINCE_ABBREVIATIONS } from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

const PART = new RegExp(`[${Object.keys(PROVINCE_ABBREVIATIONS).join('')}](?:${PART_DIRECTIONS.join('|')})(?:${PART_TAILS.join('|')})?`, 'gu');

/**
 * The parts of a province named by its abbreviation and a direction (苏南, 藏东南, 川西北地区), where the segmenter
 * agrees the name stands alone and no division of the dataset has that name (陕西, 津南区 are divisions). `existing`
 * are the places found before; a part overlapping one is left to it.
 */
export function findProvinceParts(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const { byName, byShort, byCode } = context.gazetteer;
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    for (const match of sentence.text.matchAll(PART)) {
      const name = match[0];
      const core = PART_TAILS.reduce((rest, tail) => (rest.endsWith(tail) ? rest.slice(0, -tail.length) : rest), name);
      if (byName.has(core) || byShort.has(core) || byName.has(`${core}区`) || byName.has(`${core}县`)) continue;
      const span = sentenceSpan(context, sentence, match.index, name.length);
      if (!isTokenBoundary(tokens, span.start) || !isTokenBoundary(tokens, span.end)) continue;
      if ([...existing, ...found].some((m) => m.start < span.end && span.start < m.end)) continue;
      const province = byCode.get(`${PROVINCE_ABBREVIATIONS[name[0]!]}0000`);
      found.push(
        placeMention(span, sentence, name, {
          level: 'area',
          parentName: province?.name,
          rule: 'region/province-part',
          confidence: 0.6,
          review: `part of ${province?.name ?? 'a province'} named by its abbreviation and a direction`,
        }),
      );
    }
  }
  return found;
}
