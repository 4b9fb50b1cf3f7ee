/**
 * Half-width marks that reposted Chinese text carries for the full-width ones (the corpus of real reports
 * normalizes ， ： ； ？ ！ （ ） to , : ; ? ! ( )). Each is read as its full-width form when it stands next to
 * Chinese text, so that 姜异康指出,保护… reads as 姜异康指出，保护…; between digits (1,000, 10:30) or in a URL
 * it stays what it is. Every mark maps to one character, so offsets into the original text are unchanged.
 * Source: GB/T 15834-2011 (标点符号用法) for the full-width forms.
 */
export const HALF_TO_FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Straight double quotes read as “ and ” in turn within a line, when the line holds them in pairs. */
export const STRAIGHT_QUOTE = '"';

/**
 * Full-width digits and the marks of a figure (９５．２％, ５６微克／立方米), as pages typeset in full width and PDFs
 * print them: read as half-width, the way GB/T 15835-2011 (出版物上数字用法) writes figures. The decimal point only
 * between digits; every mark maps to one character, so offsets are unchanged.
 */
export const FULL_TO_HALF_WIDTH_FIGURES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Array.from('０１２３４５６７８９', (digit, value) => [digit, String(value)])),
  '％': '%',
  '／': '/',
};

/** The full-width decimal point, read as a point between two digits (９５．２). */
export const FULL_WIDTH_POINT = '．';
