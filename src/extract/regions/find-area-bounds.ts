import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { AREA_BOUND_WORDS, BOUND_BODY_ENDINGS, BOUND_SITE_ENDINGS } from '../rules/place-kinds.ts';
import { type PlacesFound, placeMention } from './place-mention.ts';

const BOUND = new RegExp(`(?:${AREA_BOUND_WORDS.join('|')})([^，。；、,;：:\\s（(]{2,24})`, 'gu');
const SITE = new RegExp(`^\\p{Script=Han}{1,8}(?:${BOUND_SITE_ENDINGS.join('|')})$`, 'u');

/**
 * The sites that mark an area's bounds (东起某省某林业局某某林场, 北到某某林场; rules/place-kinds.ts, AREA_BOUND_WORDS):
 * after each side's word, the divisions read at its head and the body the site belongs to are passed over, and what is
 * left, when it ends like a site (BOUND_SITE_ENDINGS), is a named place, however plain its name. Places read inside it
 * or across it (林业局南沟 of 林业局南沟林场) are returned in `inside` for the caller to drop.
 */
export function findAreaBounds(context: ExtractionContext, mentions: readonly RegionMention[]): PlacesFound {
  const found: RegionMention[] = [];
  const inside = new Set<RegionMention>();
  for (const sentence of context.sentences) {
    for (const match of sentence.text.matchAll(BOUND)) {
      const stretch = match[1]!;
      let from = match.index + match[0].length - stretch.length;
      // The divisions at the stretch's head (吉林省, 汪清县) are the site's, not the site.
      for (let head = headPlace(context, sentence, mentions, from); head; head = headPlace(context, sentence, mentions, from))
        from = context.index.toUnit(head.end) - sentence.unitStart;
      const end = match.index + match[0].length;
      let rest = sentence.text.slice(from, end);
      const body = Math.max(...Array.from(BOUND_BODY_ENDINGS, (ending) => rest.lastIndexOf(ending)));
      if (body >= 0) {
        from += body + 1;
        rest = rest.slice(body + 1);
      }
      if (!SITE.test(rest)) continue;
      const span = sentenceSpan(context, sentence, from, rest.length);
      for (const mention of mentions) if (mention.start < span.end && span.start < mention.end) inside.add(mention);
      found.push(placeMention(span, sentence, rest, { level: 'landmark', rule: 'region/area-bound', confidence: 0.6 }));
    }
  }
  return { found, inside };
}

function headPlace(
  context: ExtractionContext,
  sentence: ExtractionContext['sentences'][number],
  mentions: readonly RegionMention[],
  from: number,
): RegionMention | undefined {
  const start = sentenceSpan(context, sentence, from, 0).start;
  return mentions.find((mention) => mention.sentence === sentence.index && mention.start === start && mention.level !== 'landmark');
}
