import type { Gazetteer } from './division-gazetteer.ts';
import type { KnownGraph } from './known-graph.ts';
import type { Sentence } from './split-sentences.ts';
import type { Token, TokenTagger } from './tag-tokens.ts';
import type { Span, TextIndex } from './text-index.ts';

/** What every stage reads: the text with its sentences and tokens, the division dataset and the known graph. */
export interface ExtractionContext {
  index: TextIndex;
  sentences: Sentence[];
  /** Tokens of each sentence, by sentence index. */
  tokens: Token[][];
  gazetteer: Gazetteer;
  known: KnownGraph;
  tagger: TokenTagger;
  /** The year of the report (from its date), for 去年 and 今年. */
  year?: number;
}

/** Whether a code-point offset is a token boundary in its sentence (a word starts or ends there). */
export function isTokenBoundary(tokens: readonly Token[], offset: number): boolean {
  for (const token of tokens) {
    if (token.start === offset || token.end === offset) return true;
    if (token.start > offset) return false;
  }
  return false;
}

/** The token that covers a code-point offset, if any. */
export function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  for (const token of tokens) if (token.start <= offset && offset < token.end) return token;
  return undefined;
}

/** The span of a match found by a regular expression in a sentence's text (code units) as code points. */
export function sentenceSpan(context: ExtractionContext, sentence: Sentence, unitIndex: number, unitLength: number): Span {
  const start = sentence.unitStart + unitIndex;
  return context.index.spanOfUnits(start, start + unitLength);
}

/** Mentions grouped by the sentence they stand in, each group in the order given. */
export function groupBySentence<T extends { sentence: number }>(mentions: Iterable<T>): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const mention of mentions) {
    const group = groups.get(mention.sentence);
    if (group) group.push(mention);
    else groups.set(mention.sentence, [mention]);
  }
  return groups;
}
