import { createRequire } from 'node:module';
import path from 'node:path';
import { composeReportText, trimLine } from './compose-report-text.ts';
import { InputError } from './input-problem.ts';

/** One line of a PDF page's text layer, with where it stands (PDF units, y upwards). */
interface PdfLine {
  text: string;
  page: number;
  x0: number;
  x1: number;
  y: number;
  /** The font size of the line's text. */
  size: number;
  /** Where the line stands on its page, 0 at the bottom and 1 at the top. */
  height: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

// pdfjs reads CJK fonts with predefined CMaps (UniGB-UCS2-H …) from these files, which pdfjs-dist ships.
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// Lines in the top or bottom 8% of a page are where running headers, footers and page numbers stand.
const MARGIN_BAND = 0.08;
// A page number alone: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 10 页, 3/10, Page 3.
const PAGE_NUMBER = /^(?:[-—–·\s]*\d+[-—–·\s]*|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/**
 * Reads the text layer of a PDF with Mozilla's pdf.js: lines rebuilt from positioned text, running headers
 * and footers (the same words at the top or bottom of several pages) and page numbers dropped, and the lines
 * of a paragraph joined (a paragraph starts after a wider gap, at an indent or after a short line), laid out as
 * the team's plain reports are. An encrypted PDF and one without a text layer (a scan) are refused.
 */
export async function readPdfText(bytes: Uint8Array, source: string): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (transfers it); it gets a copy so the caller's bytes stay whole.
    data: new Uint8Array(bytes),
    cMapUrl: `${PDFJS_ROOT}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_ROOT}/standard_fonts/`,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError({ code: 'pdf-encrypted', source });
    throw new InputError({ code: 'unreadable', source, format: 'PDF', reason: (error as Error).message });
  }
  try {
    const lines: PdfLine[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [, bottom, , top] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      lines.push(...readLines(content.items as TextItem[], number, bottom, top));
      page.cleanup();
    }
    if (!lines.some((line) => /\S/.test(line.text))) throw new InputError({ code: 'pdf-scanned', source, pages: pdf.numPages });
    const body = dropRunningLines(lines, pdf.numPages);
    const paragraphs = joinParagraphs(body);
    const [title = '', ...rest] = paragraphs;
    return {
      text: composeReportText(
        title,
        rest.map((paragraph) => [paragraph]),
      ),
      pages: pdf.numPages,
    };
  } finally {
    await task.destroy();
  }
}

// A page's text items grouped into lines: items whose baselines are within half a font size make one line,
// read left to right, with a space where the gap between two items is wider than a quarter of the font size
// (pdf.js leaves spaces out of the text layer when the PDF places words apart instead of writing them).
function readLines(items: TextItem[], page: number, bottom: number, top: number): PdfLine[] {
  const placed = items
    .filter((item) => item.str !== '')
    .map((item) => ({ item, x: item.transform[4]!, y: item.transform[5]!, size: Math.hypot(item.transform[2]!, item.transform[3]!) || item.height }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: (typeof placed)[number][] = [];
  const flush = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.x - b.x);
    let text = '';
    let end = current[0]!.x;
    for (const { item, x, size } of current) {
      const gap = x - end;
      // A gap of a full em is an ideographic space (Chinese typesetting's), a narrower one a Latin space.
      if (text !== '' && gap > size * 0.25 && !/\s$/.test(text)) text += gap > size * 0.75 ? '\u3000'.repeat(Math.round(gap / size)) : ' ';
      // pdf.js gives an ideographic space as " " an em wide.
      text += /^\s+$/.test(item.str) && item.width > size * 0.75 ? '\u3000'.repeat(Math.round(item.width / size)) : item.str;
      end = Math.max(end, x + item.width);
    }
    const size = Math.max(...current.map((part) => part.size));
    const y = current[0]!.y;
    lines.push({ text: trimLine(text), page, x0: current[0]!.x, x1: end, y, size, height: (y - bottom) / (top - bottom || 1) });
    current = [];
  };
  for (const part of placed) {
    if (current.length > 0 && Math.abs(current[0]!.y - part.y) > Math.max(part.size, current[0]!.size) * 0.5) flush();
    current.push(part);
  }
  flush();
  return lines.filter((line) => line.text !== '');
}

// Running headers and footers: lines in a page's top or bottom band that are page numbers, or whose words
// (figures aside, so "第3页" and "第4页" agree) stand in the same band on at least two pages and on half of them.
function dropRunningLines(lines: PdfLine[], pages: number): PdfLine[] {
  const band = (line: PdfLine) => (line.height >= 1 - MARGIN_BAND ? 'top' : line.height <= MARGIN_BAND ? 'bottom' : null);
  const key = (line: PdfLine) => `${band(line)}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!band(line)) continue;
    const seen = pagesOf.get(key(line)) ?? new Set<number>();
    seen.add(line.page);
    pagesOf.set(key(line), seen);
  }
  return lines.filter((line) => {
    if (!band(line)) return true;
    if (PAGE_NUMBER.test(line.text)) return false;
    const on = pagesOf.get(key(line))?.size ?? 0;
    return !(on >= 2 && on >= pages / 2);
  });
}

// The lines of a paragraph joined: Chinese lines run on with nothing between them, Latin words with a space.
// A new paragraph starts after a gap wider than the text's usual line spacing, at an indented line, after a
// sentence that stops short of the right edge, or where the font size changes (a heading); a centred title that
// wraps stays one paragraph.
function joinParagraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const left = mode(lines.map((line) => Math.round(line.x0)));
  const right = percentile(
    lines.map((line) => line.x1),
    0.9,
  );
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) if (lines[i]!.page === lines[i - 1]!.page) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  const spacing = gaps.length > 0 ? percentile(gaps, 0.5) : 0;

  // A centred line (a title that wraps) stands well in from both edges, as far from one as from the other.
  const centred = (line: PdfLine) => line.x0 - left > line.size * 3 && Math.abs(line.x0 - left - (right - line.x1)) < line.size;
  const full = (line: PdfLine) => line.x1 >= right - line.size * 2;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const sameSize = previous !== undefined && Math.abs(previous.size - line.size) <= Math.min(previous.size, line.size) * 0.15;
    const wrappedTitle = previous !== undefined && sameSize && centred(line) && (centred(previous) || full(previous));
    const starts =
      !previous ||
      !sameSize ||
      (previous.page === line.page && spacing > 0 && previous.y - line.y > spacing * 1.4) ||
      (!wrappedTitle && (line.x0 > left + line.size * 0.8 || (!full(previous) && SENTENCE_END.test(previous.text))));
    if (starts) {
      if (current) paragraphs.push(current);
      current = line.text;
    } else {
      current += /[A-Za-z]$/.test(current) && /^[A-Za-z]/.test(line.text) ? ` ${line.text}` : line.text;
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

// A line that stops short ends its paragraph when it ends a sentence; otherwise a word too long for the line
// (a figure, a URL) was carried over, and the paragraph goes on.
const SENTENCE_END = /[。！？；：:!?.…”’」』）)】]$/;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
