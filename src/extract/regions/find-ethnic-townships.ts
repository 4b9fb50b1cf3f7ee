import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_IN_PLACE_NAME } from '../rules/place-kinds.ts';
import { ETHNIC_GROUPS } from '../rules/region-areas.ts';
import { type PlacesFound, placeMention } from './place-mention.ts';

// The peoples' part and the level word of an ethnic township's name (瑶族乡, 苗族瑶族乡, 民族乡).
const ETHNIC_TOWNSHIP = new RegExp(`(?:(?:${ETHNIC_GROUPS.filter((group) => group !== '汉').join('|')})族)+乡|民族乡`, 'gu');
const NOT_IN_STEM = new Set(Array.from(`${NOT_IN_PLACE_NAME}省市县区镇乡村`));

/**
 * Ethnic townships (民族乡: the Constitution's art. 30 and the Regulations on the Administration of Ethnic Townships,
 * 1993), named by their place, then the peoples' names, then 乡 (某某瑶族乡, 某某苗族侗族乡): a level of the NBS codes
 * whose names the township finders miss, as the peoples' names stand between the place and 乡. The place is the
 * longest of three or two characters that starts a word and holds no level word (县 of 我县某某瑶族乡 stays out).
 */
export function findEthnicTownships(context: ExtractionContext, existing: readonly RegionMention[]): PlacesFound {
  const found: RegionMention[] = [];
  const inside = new Set<RegionMention>();
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    for (const match of sentence.text.matchAll(ETHNIC_TOWNSHIP)) {
      for (const length of [3, 2]) {
        const at = match.index - length;
        const stem = sentence.text.slice(Math.max(at, 0), match.index);
        if (at < 0 || !/^\p{Script=Han}+$/u.test(stem) || Array.from(stem).some((ch) => NOT_IN_STEM.has(ch))) continue;
        const span = sentenceSpan(context, sentence, at, length + match[0].length);
        if (!isTokenBoundary(tokens, span.start) || existing.some((m) => m.code && m.start < span.end && span.start < m.end)) continue;
        for (const m of existing) if (!m.code && span.start <= m.start && m.end <= span.end) inside.add(m);
        found.push(
          placeMention(span, sentence, sentence.text.slice(at, at + length + match[0].length), {
            level: 'area',
            rule: 'region/ethnic-township',
            confidence: 0.7,
          }),
        );
        break;
      }
    }
  }
  return { found, inside };
}
