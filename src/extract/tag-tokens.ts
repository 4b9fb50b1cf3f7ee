import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Sentence } from './split-sentences.ts';
import type { Span } from './text-index.ts';

/** A word of a sentence with its part of speech (jieba's tag set: n, v, ns, nr, nt, x …) and its span. */
export interface Token extends Span {
  word: string;
  tag: string;
}

/** A word for the segmenter's user dictionary, with the part of speech it should get. */
export interface UserWord {
  word: string;
  tag: 'nr' | 'ns' | 'nt' | 'nz' | 'n';
}

/** Segments sentences into tagged tokens; one per known graph, since its dictionary includes the graph's names. */
export class TokenTagger {
  readonly #jieba: Jieba;

  constructor(userWords: readonly UserWord[]) {
    this.#jieba = Jieba.withDict(dict);
    const lines = userWords.filter((entry) => entry.word.length > 1 && !/\s/.test(entry.word)).map((entry) => `${entry.word} 100000 ${entry.tag}`);
    if (lines.length > 0) this.#jieba.loadDict(Buffer.from(`${lines.join('\n')}\n`));
  }

  /**
   * Tags one sentence. Offsets are code points; jieba returns every character of the input, so the tokens'
   * lengths add up to the sentence and each offset is the sum of the lengths before it.
   */
  tag(sentence: Sentence): Token[] {
    const tokens: Token[] = [];
    let offset = sentence.start;
    for (const { word, tag } of this.#jieba.tag(sentence.text, true)) {
      const length = codePointLength(word);
      tokens.push({ word, tag, start: offset, end: offset + length });
      offset += length;
    }
    return tokens;
  }

  /** The part of speech of a word said alone (a single character's, as the dictionary gives it). */
  tagAlone(word: string): string {
    return this.#jieba.tag(word, true)[0]?.tag ?? 'x';
  }

  /** Cuts a short piece of text without guessing new words, to ask whether a dictionary word starts there. */
  cutKnownWords(text: string): string[] {
    return this.#jieba.cut(text, false);
  }
}

function codePointLength(word: string): number {
  let length = 0;
  for (const _ of word) length += 1;
  return length;
}
