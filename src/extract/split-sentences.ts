import type { Span, TextIndex } from './text-index.ts';

/** One sentence of the text: its span, its words, and the paragraph it stands in. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  /** Code-unit offset of its start, for regular expressions run on `text`. */
  unitStart: number;
}

// Ends of a sentence; a closing quote or bracket right after one belongs to the same sentence.
const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);
// A quote left open longer than this is a typo or a quote of several paragraphs: stop waiting for its end.
const OPEN_QUOTE_LIMIT = 400;

/**
 * Splits a text into sentences. A sentence ends at 。！？ outside a quotation, or at a line break; a quote
 * that a line break interrupts (a page break in the middle of a word) stays in one sentence when it closes
 * soon after. Blank lines separate paragraphs.
 */
export function splitSentences(index: TextIndex): Sentence[] {
  const text = index.readable;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let newParagraph = false;
  let start = 0;
  let quoteDepth = 0;
  let quoteOpenedAt = -1;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s += 1;
    while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
    if (e > s) {
      if (newParagraph && sentences.length > 0) paragraph += 1;
      newParagraph = false;
      sentences.push({ index: sentences.length, paragraph, text: text.slice(s, e), unitStart: s, ...index.spanOfUnits(s, e) });
    }
    start = end;
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '“' || ch === '「') {
      if (quoteDepth === 0) quoteOpenedAt = i;
      quoteDepth += 1;
    } else if ((ch === '”' || ch === '」') && quoteDepth > 0) {
      quoteDepth -= 1;
    }
    if (quoteDepth > 0 && i - quoteOpenedAt > OPEN_QUOTE_LIMIT) quoteDepth = 0;
    if (ch === '\n') {
      if (quoteDepth > 0 && closesSoon(text, i)) continue;
      quoteDepth = 0;
      push(i);
      newParagraph = true;
      continue;
    }
    if (TERMINATORS.has(ch) && quoteDepth === 0) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]!) || TERMINATORS.has(text[end]!))) end += 1;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

// Whether an open quote closes within a short distance after a line break (a break inside a quote).
function closesSoon(text: string, at: number): boolean {
  const ahead = text.slice(at, at + 120);
  const close = ahead.indexOf('”');
  const open = ahead.indexOf('“');
  return close >= 0 && (open < 0 || close < open);
}
