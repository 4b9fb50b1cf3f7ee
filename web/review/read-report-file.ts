/**
 * The largest report the page takes: the extractor's MAX_INPUT_BYTES (src/ingest/input-problem.ts, a
 * Node module the page cannot bundle), which tests/unit/review-draft.test.ts keeps equal to this.
 */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** A report the page refuses, with the one sentence that says why. */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
}

/** A file as the page sends it to POST /admin/extract: its name and its bytes in base64. */
export interface ReportFileBody {
  name: string;
  data: string;
}

/**
 * Reads a file a reviewer opened or dropped, whatever its format (the service reads text and web pages in any
 * of the usual encodings, PDF and Word .docx, one code path with the command line), refusing in one sentence
 * only what needs no service to judge: over 5 MB (before reading it), or empty.
 */
export async function readReportFile(file: File): Promise<ReportFileBody> {
  if (file.size > MAX_REPORT_BYTES) {
    throw new ReportFileError(
      `${file.name} is ${file.size.toLocaleString('en')} bytes; a report can be at most 5 MB (${MAX_REPORT_BYTES.toLocaleString('en')} bytes), so it was not read.`,
    );
  }
  if (file.size === 0) throw new ReportFileError(`${file.name} is empty; open the file that holds the report.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  // btoa takes a binary string; built in slices, since one call per byte would be slow and one call for all too deep.
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return { name: file.name, data: btoa(binary) };
}
