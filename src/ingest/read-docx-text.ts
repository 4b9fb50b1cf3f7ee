import { parseHTML } from 'linkedom';
import { composeReportText } from './compose-report-text.ts';
import { InputError } from './input-problem.ts';
import { readHtmlParagraphs } from './read-html-paragraphs.ts';
import type { NodeLike } from './read-page-facts.ts';

/**
 * Reads a Word .docx with mammoth: its paragraphs, headings, line breaks and table rows, through the HTML
 * mammoth makes of it, laid out as the team's plain reports are (the first paragraph is the title). Images,
 * comments and styles play no part. A damaged file is refused with mammoth's reason.
 */
export async function readDocxText(bytes: Uint8Array, source: string): Promise<{ text: string }> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw new InputError({ code: 'unreadable', source, format: 'a Word .docx', reason: (error as Error).message });
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const paragraphs = readHtmlParagraphs(document.body as unknown as NodeLike);
  const [title, ...rest] = paragraphs;
  if (!title) throw new InputError({ code: 'empty', source });
  return { text: composeReportText(title.join('\n'), rest) };
}
