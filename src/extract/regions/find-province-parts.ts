import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { PART_DIRECTIONS, PART_TAILS, PROVINCE_ABBREVIATIONS, PROVINCE_VISIT_AFTER, PROVINCE_VISIT_BEFORE } from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

const ABBREVIATIONS = Object.keys(PROVINCE_ABBREVIATIONS).join('');
// A province by its abbreviation alone between a verb of coming or being and what is done there (在皖期间, 来鄂调研).
const VISITED = new RegExp(`(?<=${PROVINCE_VISIT_BEFORE.join('|')})[${ABBREVIATIONS}](?=${PROVINCE_VISIT_AFTER.join('|')})`, 'gu');
// A speech named by the visit it was given on, after the province: what follows up to the clause's end names it.
const SPEECH_NAME = /^[^，。；,;]*讲话/u;
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

/**
 * A province named by its abbreviation alone where news of a visit names it so (在皖期间, 来鄂调研, 赴湘考察, 离琼): the
 * national bodies' and other provinces' delegations are reported by the 简称 of the province they visit, between a verb
 * of coming, going or being and what they do there (PROVINCE_VISIT_BEFORE, PROVINCE_VISIT_AFTER in region-areas.ts).
 */
export function findVisitedProvinces(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const sentence of context.sentences) {
    for (const match of sentence.text.matchAll(VISITED)) {
      // The visit named as the occasion of a leader's speech (总书记来陕考察重要讲话精神) is inside the speech's name.
      if (SPEECH_NAME.test(sentence.text.slice(match.index + 1))) continue;
      const span = sentenceSpan(context, sentence, match.index, 1);
      if ([...existing, ...found].some((m) => m.start < span.end && span.start < m.end)) continue;
      const province = context.gazetteer.byCode.get(`${PROVINCE_ABBREVIATIONS[match[0]]}0000`);
      if (!province) continue;
      found.push(
        placeMention(span, sentence, match[0], {
          level: 'province',
          code: province.code,
          short: true,
          rule: 'region/province-abbreviation',
          confidence: 0.6,
          review: `${province.name} named by its abbreviation`,
        }),
      );
    }
  }
  return found;
}
