import type { DocumentOptions } from '../extract/read-document-facts.ts';
import { DOCUMENT_KINDS, isDocumentKind } from '../graph-model/document-kinds.ts';
import { isCalendarDate } from '../seed/seed-schema.ts';
import { InputError } from './input-problem.ts';

/** The document facts as a caller gives them, unchecked: flags of the command line, fields of the API's body. */
export interface GivenDocumentOptions {
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
  kind?: string;
}

/**
 * Checks the facts a caller gives about a report: a date must be a real YYYY-MM-DD, a kind one of the
 * schema's DocumentKind values, a URL a URL. Throws an InputError naming the field; blank values count as not given.
 */
export function readDocumentOptions(given: GivenDocumentOptions): DocumentOptions {
  const value = (field: keyof GivenDocumentOptions) => {
    const raw = given[field]?.trim();
    return raw ? raw : undefined;
  };
  const date = value('date');
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && isCalendarDate(date))) {
    throw new InputError({ code: 'invalid-option', field: 'date', value: date, expected: 'a real date as YYYY-MM-DD, such as 2020-01-13' });
  }
  const kind = value('kind');
  if (kind !== undefined && !isDocumentKind(kind)) {
    throw new InputError({ code: 'invalid-option', field: 'kind', value: kind, expected: `one of ${DOCUMENT_KINDS.join(', ')}` });
  }
  const url = value('url');
  if (url !== undefined && !URL.canParse(url)) throw new InputError({ code: 'invalid-option', field: 'url', value: url, expected: 'a URL' });
  return withoutUndefined({ title: value('title'), date, url, publisher: value('publisher'), kind });
}

/** The caller's facts over the ones read from the file (a page's metadata): what the user says wins. */
export function mergeDocumentOptions(read: DocumentOptions, given: DocumentOptions): DocumentOptions {
  return { ...withoutUndefined(read), ...withoutUndefined(given) };
}

function withoutUndefined<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as T;
}
