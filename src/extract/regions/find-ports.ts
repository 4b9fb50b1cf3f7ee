import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_PORT_AFTER, PORT_ENDING } from '../rules/place-kinds.ts';
import { type PlacesFound, placeMention } from './place-mention.ts';

// The divisions a port is named after: the cities, and the municipalities (天津港, 上海港) of the province's level.
const PORT_CITY_LEVELS = new Set(['province', 'city']);
const MUNICIPALITY = /市$/u;

/**
 * Ports named after their city (天津港, 青岛港; rules/place-kinds.ts, PORT_ENDING): a city's or a municipality's name,
 * full or short, with 港 right after it, where a word starts before the city and ends after 港. The segmenter reads
 * such a port as one word (天津港/ns), so the city inside it was read as no place; mentions inside it are returned in
 * `inside` for the caller to drop.
 */
export function findPorts(context: ExtractionContext, mentions: readonly RegionMention[]): PlacesFound {
  const found: RegionMention[] = [];
  const inside = new Set<RegionMention>();
  for (const sentence of context.sentences) {
    const text = sentence.text;
    const tokens = context.tokens[sentence.index]!;
    for (let at = text.indexOf(PORT_ENDING, 2); at >= 0; at = text.indexOf(PORT_ENDING, at + 1)) {
      if (NOT_PORT_AFTER.some((word) => text.startsWith(word, at + 1))) continue;
      const end = sentenceSpan(context, sentence, at + 1, 0).start;
      if (!isTokenBoundary(tokens, end)) continue;
      const start = [4, 3, 2]
        .map((length) => at - length)
        .find((from) => isPortCity(context, text.slice(from, at), tokens, sentenceSpan(context, sentence, from, 0).start));
      if (start === undefined || start < 0) continue;
      const span = sentenceSpan(context, sentence, start, at + 1 - start);
      const name = text.slice(start, at + 1);
      for (const mention of mentions) if (mention.start >= span.start && mention.end <= span.end) inside.add(mention);
      found.push(
        placeMention(span, sentence, name, { level: 'landmark', rule: 'region/port', confidence: 0.6, review: 'a port named after its city' }),
      );
    }
  }
  return { found, inside };
}

// Whether `name` is a city's or a municipality's name, full (天津市) or short (天津), starting a word at `point`.
function isPortCity(context: ExtractionContext, name: string, tokens: Parameters<typeof isTokenBoundary>[0], point: number): boolean {
  if (name.length < 2 || !isTokenBoundary(tokens, point)) return false;
  const divisions = [...(context.gazetteer.byName.get(name) ?? []), ...(context.gazetteer.byShort.get(name) ?? [])];
  return divisions.some((division) => PORT_CITY_LEVELS.has(division.level) && (division.level === 'city' || MUNICIPALITY.test(division.name)));
}
