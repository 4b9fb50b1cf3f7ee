import { FULL_TO_HALF_WIDTH_FIGURES, FULL_WIDTH_POINT, HALF_TO_FULL_WIDTH, STRAIGHT_QUOTE } from './rules/punctuation-widths.ts';

// Chinese characters and full-width punctuation: a half-width mark beside one of them is Chinese punctuation.
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》、]/u;

/**
 * The text as the finders read it: half-width , : ; ? ! ( ) beside Chinese text become full-width, straight
 * double quotes paired in a line become “ ”, and full-width digits and figure marks become half-width (９５．２％ is
 * 95.2%). The result has the same length in code units as the input, so every offset found in it is an offset into
 * the original text, where evidence is cut.
 */
export function readPunctuation(text: string): string {
  if (!/[,:;?!()"０-９％／．]/u.test(text)) return text;
  const out = Array.from({ length: text.length }, (_, i) => FULL_TO_HALF_WIDTH_FIGURES[text[i]!] ?? text[i]!);
  for (let i = 1; i < text.length - 1; i += 1) if (text[i] === FULL_WIDTH_POINT && /\d/.test(out[i - 1]!) && /\d/.test(out[i + 1]!)) out[i] = '.';
  for (let i = 0; i < text.length; i += 1) {
    const full = HALF_TO_FULL_WIDTH[text[i]!];
    if (!full) continue;
    if (CHINESE.test(neighbour(text, i, -1)) || CHINESE.test(neighbour(text, i, 1))) out[i] = full;
  }
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const quotes = [...line[0].matchAll(new RegExp(STRAIGHT_QUOTE, 'gu'))].map((m) => line.index + m.index);
    if (quotes.length === 0 || quotes.length % 2 !== 0) continue;
    quotes.forEach((at, k) => {
      out[at] = k % 2 === 0 ? '“' : '”';
    });
  }
  return out.join('');
}

// The nearest character before (-1) or after (1) a position, over spaces.
function neighbour(text: string, at: number, step: -1 | 1): string {
  let i = at + step;
  while (i >= 0 && i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i += step;
  return text[i] ?? '';
}
