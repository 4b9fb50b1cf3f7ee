/**
 * What the review page says when the service refuses a report: the API gives a reason and a field beside
 * its code (src/ingest/input-problem.ts), and the page words it for a person, naming the page's own fields.
 */
const SENTENCES: Readonly<Record<string, (name: string) => string>> = {
  'invalid-option': () => 'One of the facts about the report is not valid; the field is named below.',
  binary: (name) => `${name} is not a report (a picture, an archive or another binary file): open its text, web page, PDF or Word file.`,
  'unsupported-format': (name) => `${name} is a kind of file the extractor does not read (such as an old .doc): save it as Word .docx or PDF first.`,
  'unknown-encoding': (name) => `${name} is in a text encoding the extractor does not know: save it as UTF-8 text.`,
  'no-chinese': (name) => `${name} has no Chinese text; the extractor reads Chinese reports.`,
  empty: (name) => `${name} is empty: open the file that holds the report.`,
  'empty-page': (name) => `${name} is a web page with no text.`,
  'no-article': (name) => `The article of ${name} could not be found (only menus and links): save the article’s own page, or paste its text.`,
  'pdf-encrypted': (name) => `${name} is protected by a password: open it and save a copy without one.`,
  'pdf-scanned': (name) => `${name} is a scan (pictures of pages, no text to read): run text recognition (OCR) on it first.`,
  unreadable: (name) => `${name} is damaged or not what its name says, so it could not be read.`,
  'too-large': (name) => `${name} is too large: a report can be at most 5 MB.`,
};

const FIELDS: Readonly<Record<string, string>> = { date: 'Published on', kind: 'Kind', url: 'URL', title: 'Title', publisher: 'Publisher' };

/** One sentence for a refused extraction, or undefined when the reason is not one the page knows (the service's own words then). */
export function describeExtractError(reason: string | undefined, options: { name: string; field?: string; message?: string }): string | undefined {
  if (!reason) return undefined;
  if (reason === 'invalid-option' && options.field) {
    const detail = options.message?.replace(/^"\w+" /, '') ?? 'is not valid';
    return `“${FIELDS[options.field] ?? options.field}” ${detail}.`;
  }
  return SENTENCES[reason]?.(options.name);
}
