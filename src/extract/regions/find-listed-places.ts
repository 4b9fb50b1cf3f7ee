import type { Division } from '../division-gazetteer.ts';
import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { PLACE_LIST_MARKS } from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

// Of several divisions with one short name, the higher level first, then the lower code (as the main finder picks).
const RANK = { province: 0, city: 1, county: 2 } as const;
// The level words a county's full name adds to its place name (衢江 + 区, 龙游 + 县).
const COUNTY_LEVEL_WORDS = ['区', '县', '市'];

// The counties whose full name is a place name and a level word, for a heading line that prints the place name alone.
function countiesNamed(context: ExtractionContext, place: string): readonly Division[] | undefined {
  const counties = COUNTY_LEVEL_WORDS.flatMap((word) => context.gazetteer.byName.get(place + word) ?? []).filter(
    (division) => division.level === 'county',
  );
  return counties.length > 0 ? counties : undefined;
}

/**
 * Provinces and cities by their short names in a list with places already found (承德、保定和沧州), where the segmenter
 * took the short name for another word (保定 as a verb): the list says it is a place. `existing` are the places found
 * before; a list is read on from each of them, in both directions, until no more are found. A short name alone on
 * its line is a place too: a roundup heads each county's paragraphs with its name (柯城, 衢江, 龙游).
 */
export function findListedPlaces(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const byStart = new Map<number, RegionMention>();
  const byEnd = new Map<number, RegionMention>();
  for (const mention of existing) {
    byStart.set(mention.start, mention);
    byEnd.set(mention.end, mention);
  }
  const marks = new Set(PLACE_LIST_MARKS);
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    const text = sentence.text;
    for (const token of tokens) {
      const heading = text.trim() === token.word;
      const divisions = context.gazetteer.byShort.get(token.word) ?? (heading ? countiesNamed(context, token.word) : undefined);
      if (!divisions || byStart.has(token.start)) continue;
      const at = context.index.toUnit(token.start) - sentence.unitStart;
      const end = at + token.word.length;
      // A place of the list before it, or after it, with one mark between, and the figure of a ranking in brackets after
      // each item (甲(13.6%)、乙(13.2%)).
      const gapBefore = marks.has(text[at - 1] ?? '') ? bracketBefore(text, at - 1) : 0;
      const gapAfter = bracketAfter(text, end);
      const before = marks.has(text[at - 1] ?? '') && byEnd.has(token.start - 1 - gapBefore);
      const after = marks.has(text[end + gapAfter] ?? '') && byStart.has(token.end + gapAfter + 1);
      if ((!before && !after && !heading) || !isTokenBoundary(tokens, token.start) || !isTokenBoundary(tokens, token.end)) continue;
      const division = [...divisions].sort((a, b) => RANK[a.level] - RANK[b.level] || a.code.localeCompare(b.code))[0]!;
      const mention: RegionMention = placeMention(sentenceSpan(context, sentence, at, token.word.length), sentence, token.word, {
        name: division.name,
        level: division.level,
        code: division.code,
        short: true,
        rule: 'region/listed-place',
        confidence: 0.7,
        review: `short name read as a place because it is ${heading ? 'a heading line' : 'listed with places'} (the segmenter tagged it ${token.tag})`,
      });
      found.push(mention);
      byStart.set(mention.start, mention);
      byEnd.set(mention.end, mention);
    }
  }
  return found;
}

// A ranking's figure in brackets right after a list item (仙桃(13.6%)), ending where the next mark stands or starting
// where the item ends.
const FIGURE = String.raw`[(（][\d.%％‰]{1,8}[)）]`;
const FIGURE_BEFORE = new RegExp(`${FIGURE}$`, 'u');
const FIGURE_AFTER = new RegExp(`^${FIGURE}`, 'u');

// How many characters that figure takes, ending at `end` (exclusive), or 0.
function bracketBefore(text: string, end: number): number {
  return FIGURE_BEFORE.exec(text.slice(Math.max(0, end - 10), end))?.[0].length ?? 0;
}

// The same starting at `at`.
function bracketAfter(text: string, at: number): number {
  return FIGURE_AFTER.exec(text.slice(at, at + 10))?.[0].length ?? 0;
}
