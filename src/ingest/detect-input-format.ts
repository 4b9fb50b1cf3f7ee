/** The formats the extractor reads, decided by a file's bytes: text (plain or a web page, told apart once decoded), PDF, Word .docx. */
export type InputFormat = 'text' | 'pdf' | 'docx';

/** What a file's first bytes say it is: a format the extractor reads, or what it is instead. */
export type DetectedFormat = { format: InputFormat } | { refused: 'binary' | 'unsupported-format'; kind: string };

// Signatures of files people have beside their reports, named so the refusal says what the file is.
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; kind: string; unsupported?: true }> = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old Word .doc or Excel .xls file', unsupported: true },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'an RTF document', unsupported: true },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'a 7z archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable' },
];

/**
 * Tells a report's format from its bytes, not its name: `%PDF-` is a PDF, a ZIP holding word/document.xml is a
 * .docx (another ZIP, such as .xlsx or .pptx, is refused by name), known signatures of images, archives and old
 * Office files are refused by name, and anything else is text to decode, unless NUL bytes show it is binary.
 */
export function detectInputFormat(bytes: Uint8Array): DetectedFormat {
  const starts = (signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  // A PDF may have a few bytes of junk before its header; readers look in the first kilobyte.
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return { format: 'pdf' };
  if (starts([0x50, 0x4b, 0x03, 0x04])) return detectZip(bytes);
  const known = SIGNATURES.find((signature) => starts(signature.bytes));
  if (known) return { refused: known.unsupported ? 'unsupported-format' : 'binary', kind: known.kind };
  const utf16 = starts([0xff, 0xfe]) || starts([0xfe, 0xff]);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return { refused: 'binary', kind: 'NUL bytes' };
  return { format: 'text' };
}

// A ZIP's entry names stand in plain bytes in its headers, so the package's kind shows without unpacking it
// (mammoth unpacks a .docx later and says so when it is damaged).
function detectZip(bytes: Uint8Array): DetectedFormat {
  const names = new TextDecoder('latin1').decode(bytes);
  if (names.includes('word/document.xml')) return { format: 'docx' };
  if (names.includes('xl/workbook.xml')) return { refused: 'unsupported-format', kind: 'an Excel workbook' };
  if (names.includes('ppt/presentation.xml')) return { refused: 'unsupported-format', kind: 'a PowerPoint presentation' };
  if (names.includes('mimetypeapplication/')) return { refused: 'unsupported-format', kind: 'an EPUB or OpenDocument file' };
  return { refused: 'unsupported-format', kind: 'a ZIP archive' };
}
