import { type DocumentKindValue, STORED_ENUM_VALUES } from './stored-values.ts';

/** The kinds a document may have, from schema.graphql's DocumentKind (its stored values): the one list the CLI, the API and the extractor use. */
export const DOCUMENT_KINDS: readonly DocumentKindValue[] = Object.values(STORED_ENUM_VALUES.DocumentKind);

/** Whether a string is one of the document kinds. */
export function isDocumentKind(value: string): value is DocumentKindValue {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
