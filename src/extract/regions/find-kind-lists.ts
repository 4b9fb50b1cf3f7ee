import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { PLACE_LIST_KINDS, PLACE_LIST_QUALIFIERS } from '../rules/place-kinds.ts';
import { placeMention } from './place-mention.ts';

const LIST = new RegExp(
  `((?:\\p{Script=Han}{2,4}、)+\\p{Script=Han}{2,4})等(?:${PLACE_LIST_QUALIFIERS.join('|')})?(?:${PLACE_LIST_KINDS.join('|')})`,
  'gu',
);

/**
 * Places named by their short names in a list closed by their kind (燕矶、新庙等乡镇): each item is a place of that
 * kind. The first item is the shortest word of two or more characters before the first 、 (燕矶 of …部门和燕矶),
 * so that the words before the list stay out of it.
 */
export function findKindLists(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    for (const match of sentence.text.matchAll(LIST)) {
      let at = match.index;
      for (const piece of match[1]!.split('、')) {
        let start = at;
        if (start === match.index) {
          start = at + piece.length - 2;
          while (start > at && !isTokenBoundary(tokens, sentenceSpan(context, sentence, start, 0).start)) start -= 1;
        }
        const span = sentenceSpan(context, sentence, start, at + piece.length - start);
        at += piece.length + 1;
        if (!isTokenBoundary(tokens, span.start) || [...existing, ...found].some((other) => other.start < span.end && span.start < other.end))
          continue;
        found.push(
          placeMention(span, sentence, sentence.text.slice(start, start + span.end - span.start), {
            level: 'area',
            rule: 'region/kind-list',
            confidence: 0.6,
            review: 'place named short in a list closed by its kind',
          }),
        );
      }
    }
  }
  return found;
}
