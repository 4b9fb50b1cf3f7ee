/**
 * Every named query in cypher/queries: the writes of the seed loader and of document removal, the graph's version,
 * and the reads of start-up and extraction. GraphQL requests are compiled from cypher/fields instead
 * (cypher-fragments.ts). Start-up fails when one has no file, and a test fails on a file not listed.
 */
export const QUERY_NAMES = [
  'document-delete',
  'document-find-existing',
  'document-load-lock',
  'document-loaded-version',
  'document-own-entities',
  'document-rebuild-entities',
  'document-remaining-sources',
  'document-remove-orphans',
  'document-remove-statements',
  'document-review-decisions',
  'document-set-checksums',
  'document-write-decisions',
  'documents-extracted',
  'documents-without-checksum',
  'extract-known-entities',
  'graph-has-entities',
  'graph-version',
  'graph-version-bump',
  'seed-create-relationships',
  'seed-create-sources',
  'seed-label-conflicts',
  'seed-merge-document',
  'seed-merge-nodes',
  'seed-reset',
] as const;

/** The name of a query file in cypher/queries, without .cypher. */
export type QueryName = (typeof QUERY_NAMES)[number];
