import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { GOING_TO_WORDS, NOT_IN_PLACE_NAME, TOWN_CATEGORY_WORDS, TOWNSHIP_ENDINGS, VISITED_SITES_CLOSE } from '../rules/place-kinds.ts';
import type { Token } from '../tag-tokens.ts';
import { type PlacesFound, placeMention } from './place-mention.ts';

// Tags of words no township's own name is made of: adjectives, adverbs, pronouns, numbers, prepositions, places of
// direction and of kind (偏远, 附近, 当地).
const NOT_NAME_TAGS = /^(a|d|r|m|q|p|c|u|f|s)/;
// Tags of a dictionary's common word: a township's own name is none.
const COMMON_WORD_TAGS = /^(n|vn|v|a)$/;
const NOT_IN_NAME = new Set(Array.from(NOT_IN_PLACE_NAME));
const TOWN_CATEGORIES = new Set(TOWN_CATEGORY_WORDS);
// What a township's ending followed by one of these is part of: 乡镇, 乡村, 镇村, 乡镇街道 name the levels.
const LEVEL_WORD_AFTER = new Set(Array.from('镇村街'));

/**
 * Townships and subdistricts named where officials go or meet (到某某镇开展调研, 在某某乡召开座谈会, 前往某某镇等地):
 * two or three characters of a proper name, then the level word (镇, 乡, 街道) at a word boundary, right after a word
 * of going or being there. The segmenter often splits a township's name it does not know into common words, so the
 * kind finder (find-place-kinds.ts), which asks for a proper noun, misses them; the word before the place is the
 * anchor here. Returns the places found and the mentions inside them (朝阳 of 朝阳川镇) for the caller to drop.
 */
export function findTownsVisited(context: ExtractionContext, mentions: readonly RegionMention[]): PlacesFound {
  const found: RegionMention[] = [];
  const inside = new Set<RegionMention>();
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    const text = sentence.text;
    for (const nameAt of townStarts(text)) {
      const town = townAt(text, nameAt);
      if (!town) continue;
      const span = sentenceSpan(context, sentence, town.at, town.length);
      if (!isTownName(tokens, span.start, sentenceSpan(context, sentence, town.at, town.nameLength).end, span.end)) continue;
      if (TOWN_CATEGORIES.has(text.slice(town.at, town.at + town.nameLength))) continue;
      if (found.some((other) => other.start < span.end && span.start < other.end)) continue;
      const same = mentions.find((mention) => mention.start === span.start && mention.end === span.end);
      if (same) continue;
      for (const mention of mentions) if (mention.start >= span.start && mention.end <= span.end) inside.add(mention);
      const name = text.slice(town.at, town.at + town.length);
      found.push(
        placeMention(span, sentence, name, {
          level: 'area',
          rule: 'region/town-visited',
          confidence: 0.6,
          review: 'place not in the division dataset',
        }),
      );
    }
  }
  return { found, inside };
}

// Where a township's name may start: right after a word of going or being there, and after each 、 of a list of the
// sites visited closed by 等地 within one clause (走访了甲公司、乙镇丙小区等地).
function townStarts(text: string): number[] {
  const starts: number[] = [];
  for (const word of GOING_TO_WORDS)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) starts.push(at + word.length);
  for (let close = text.indexOf(VISITED_SITES_CLOSE); close >= 0; close = text.indexOf(VISITED_SITES_CLOSE, close + 1)) {
    const clauseStart = Math.max(...Array.from('，,。；;：:').map((mark) => text.lastIndexOf(mark, close))) + 1;
    for (let comma = text.indexOf('、', clauseStart); comma >= 0 && comma < close; comma = text.indexOf('、', comma + 1)) starts.push(comma + 1);
  }
  return starts;
}

// A township's name of two or three characters and its ending, starting at `at`.
function townAt(text: string, at: number): { at: number; length: number; nameLength: number } | undefined {
  for (let nameLength = 2; nameLength <= 3; nameLength += 1) {
    const name = text.slice(at, at + nameLength);
    if (!/^\p{Script=Han}+$/u.test(name) || name.length < nameLength || Array.from(name).some((ch) => NOT_IN_NAME.has(ch))) return undefined;
    const ending = TOWNSHIP_ENDINGS.find((candidate) => text.startsWith(candidate, at + nameLength));
    if (!ending) continue;
    if (LEVEL_WORD_AFTER.has(text[at + nameLength + ending.length] ?? '')) return undefined;
    return { at, length: nameLength + ending.length, nameLength };
  }
  return undefined;
}

// The name starts a word and holds no adjective, adverb, pronoun, number or function word (在偏远乡, 到附近镇, 在当地镇);
// the segmenter may join the ending to the name (宣风镇), to the word after it (天堂 + 镇源石) or guess the name a
// verb (大成 + 镇南), so the ending's side is not asked. A common word of the whole (小城镇/n) is no township.
function isTownName(tokens: readonly Token[], start: number, nameEnd: number, end: number): boolean {
  if (!isTokenBoundary(tokens, start)) return false;
  if (tokens.some((token) => token.start === start && token.end === end && COMMON_WORD_TAGS.test(token.tag))) return false;
  return !tokens.some((token) => token.start >= start && token.end <= nameEnd && NOT_NAME_TAGS.test(token.tag));
}
