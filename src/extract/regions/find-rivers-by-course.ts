import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_IN_PLACE_NAME } from '../rules/place-kinds.ts';
import { RIVER_COURSE_VERBS, TRIBUTARY_WORDS } from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

// A river's own name: two to four characters, the last its kind (河, 江, 溪).
const RIVER_ENDING = /[河江溪]$/u;
const NOT_IN_NAME = new Set(Array.from(NOT_IN_PLACE_NAME));

/**
 * Rivers named by their course: the name before a verb of its course (凌江河源于…, 某河发源于某区) and the name right
 * after the tributary grade of another river (长江一级支流某某河). The segmenter cuts such names it does not know
 * across words (凌/江河, 临/江河), so the verb or the grade is the anchor: before a verb the longest name that starts a
 * word, after a grade the longest one that ends in a river's kind. A river another finder found is left to it.
 */
export function findRiversByCourse(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const taken = (span: { start: number; end: number }) => [...existing, ...found].some((m) => m.start < span.end && span.start < m.end);
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    const text = sentence.text;
    const add = (at: number, length: number) => {
      const name = text.slice(at, at + length);
      if (!RIVER_ENDING.test(name) || Array.from(name).some((ch) => NOT_IN_NAME.has(ch) || !/\p{Script=Han}/u.test(ch))) return false;
      const span = sentenceSpan(context, sentence, at, length);
      if (!isTokenBoundary(tokens, span.start) || taken(span)) return false;
      // A report that names the river's basin (皖河流域) speaks of the river as part of that place, as findUnknownBasins does.
      if (context.index.readable.includes(`${name}流域`)) return false;
      found.push(
        placeMention(span, sentence, name, {
          level: 'landmark',
          rule: 'region/river-by-course',
          confidence: 0.6,
          review: 'river not in the areas table',
        }),
      );
      return true;
    };
    for (const verb of RIVER_COURSE_VERBS)
      for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length))
        for (let length = 4; length >= 2; length -= 1) if (at - length >= 0 && add(at - length, length)) break;
    for (const grade of TRIBUTARY_WORDS)
      for (let at = text.indexOf(grade); at >= 0; at = text.indexOf(grade, at + grade.length)) {
        const from = at + grade.length;
        // The grade is of a river named right before it (长江一级支流), not of rivers at large (主要支流入河排污口).
        const before = sentenceSpan(context, sentence, at, 0).start;
        if (!existing.some((m) => m.end === before && (m.level === 'river-basin' || m.level === 'landmark'))) continue;
        // 一级支流 holds 支流: the bare word after a grade is the same anchor.
        if (grade === '支流' && /[级級]$/u.test(text.slice(0, at))) continue;
        for (let length = 4; length >= 2; length -= 1) if (add(from, length)) break;
      }
  }
  return found;
}
