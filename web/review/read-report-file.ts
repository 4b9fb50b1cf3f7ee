/**
 * The largest report the page takes: the extractor's MAX_INPUT_BYTES (src/extract/read-input-text.ts, a
 * Node module the page cannot bundle), which tests/unit/review-draft.test.ts keeps equal to this.
 */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** A report the page refuses, with the one sentence that says why. */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
}

/**
 * Reads a .txt file a reviewer opened, refusing in one sentence what the extractor would refuse: over
 * 5 MB (before reading it), not UTF-8, binary (control characters), or empty.
 */
export async function readReportFile(file: File): Promise<string> {
  if (file.size > MAX_REPORT_BYTES) {
    throw new ReportFileError(
      `${file.name} is ${file.size.toLocaleString('en')} bytes; a report can be at most 5 MB (${MAX_REPORT_BYTES.toLocaleString('en')} bytes), so it was not read.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ReportFileError(
      `${file.name} is not UTF-8 text (a binary file, or another encoding such as GBK); open the report saved as UTF-8 .txt.`,
    );
  }
  if (hasControlCharacters(text)) {
    throw new ReportFileError(`${file.name} is a binary file, not text; open the report as a plain .txt file.`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ReportFileError(`${file.name} is empty; open the file that holds the report’s text.`);
  return text.replace(/^\uFEFF/, '');
}

// Control characters other than tab, line feed, form feed and carriage return (or bytes UTF-8 replaced) mean a
// binary file, as the extractor's own check (src/extract/read-input-text.ts) has it.
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd) return true;
  }
  return false;
}
