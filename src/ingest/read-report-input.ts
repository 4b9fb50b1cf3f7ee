import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ReportOrigin } from '../seed/seed-schema.ts';
import { decodeText, readDeclaredCharset } from './decode-text.ts';
import { detectInputFormat } from './detect-input-format.ts';
import { InputError, MAX_INPUT_BYTES } from './input-problem.ts';
import { readDocxText } from './read-docx-text.ts';
import { readHtmlPage } from './read-html-page.ts';
import type { PageFacts } from './read-page-facts.ts';
import { readPdfText } from './read-pdf-text.ts';

/** A report as the extractor takes it: the text the evidence will refer to, what the file said about it, and what it was made from. */
export interface ReportInput {
  /** The text to extract from and to store as report.txt. */
  text: string;
  /** Facts the file states outside its text (a page's title, date, author, source, URL). */
  facts: PageFacts;
  origin: ReportOrigin;
}

/**
 * Reads a report from a file's bytes, whatever it is: plain text or a web page in UTF-8, UTF-16, GB18030
 * (GBK, GB2312) or Big5, a PDF with a text layer, or a Word .docx. Anything else (binary, an old .doc, a
 * scan, an encrypted PDF, a page with no article, a text with no Chinese) is refused with an InputError.
 */
export async function readReportInput(input: { bytes: Uint8Array; name: string }): Promise<ReportInput> {
  const { bytes, name } = input;
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new InputError({ code: 'too-large', source: name, bytes: bytes.byteLength, limit: MAX_INPUT_BYTES });
  if (bytes.byteLength === 0) throw new InputError({ code: 'empty', source: name });
  // The origin names the file, not where it lay on the user's disk; messages use the name as given.
  const origin = { file: path.basename(name), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength };
  const detected = detectInputFormat(bytes);
  if ('refused' in detected) {
    throw new InputError(
      detected.refused === 'binary'
        ? { code: 'binary', source: name, kind: detected.kind }
        : { code: 'unsupported-format', source: name, format: detected.kind },
    );
  }
  if (detected.format === 'pdf') {
    const { text, pages } = await readPdfText(bytes, name);
    return { text: checkReportText(text, name), facts: {}, origin: { ...origin, format: 'pdf', pages } };
  }
  if (detected.format === 'docx') {
    const { text } = await readDocxText(bytes, name);
    return { text: checkReportText(text, name), facts: {}, origin: { ...origin, format: 'docx' } };
  }
  const { text, encoding } = decodeText(bytes, { source: name, declared: readDeclaredCharset(bytes) });
  return readDecodedText(text, { ...origin, encoding }, name);
}

/** Reads a report that arrives as a string (the API's `text`): plain text, or a web page pasted whole. */
export function readReportText(text: string, name: string): ReportInput {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new InputError({ code: 'too-large', source: name, bytes: bytes.byteLength, limit: MAX_INPUT_BYTES });
  return readDecodedText(text, { file: name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength, encoding: 'utf-8' });
}

function readDecodedText(decoded: string, origin: Omit<ReportOrigin, 'format'>, source = origin.file): ReportInput {
  const text = decoded.replace(/^\uFEFF/, '');
  if (hasControlCharacters(text)) throw new InputError({ code: 'binary', source, kind: 'control characters' });
  if (text.trim() === '') throw new InputError({ code: 'empty', source });
  if (looksLikeHtml(text)) {
    const page = readHtmlPage(text, source);
    return {
      text: checkReportText(page.text, source),
      facts: page.facts,
      origin: { ...origin, format: 'html', ...(Object.keys(page.facts).length > 0 && { facts: page.facts }) },
    };
  }
  return { text: checkReportText(text, source), facts: {}, origin: { ...origin, format: 'text' } };
}

// What every format's text must be to extract from: not empty, no control characters, some Chinese.
function checkReportText(text: string, source: string): string {
  if (text.trim() === '') throw new InputError({ code: 'empty', source });
  if (hasControlCharacters(text)) throw new InputError({ code: 'binary', source, kind: 'control characters' });
  if (!/\p{Script=Han}/u.test(text)) throw new InputError({ code: 'no-chinese', source });
  return text;
}

// Control characters other than tab, line feed, form feed and carriage return (or characters a decoder could
// not map) mean a binary file.
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd) return true;
  }
  return false;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<!doctype html)/i.test(text) ||
    (/<(?:p|div|body|br|span|h[1-6]|article|table)[\s>/]/i.test(text) && /<\/(?:p|div|body|span|h[1-6]|article|table)>/i.test(text))
  );
}
