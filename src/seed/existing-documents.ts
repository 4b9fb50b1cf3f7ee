import type { GatewayTransaction, GraphGateway, Row } from '../db/graph-gateway.ts';
import type { ExistingDocument, ReportKeys } from './document-identity.ts';
import { checksumText } from './validate-seed.ts';

export type { ExistingDocument, ReportKeys };

/**
 * Raised when a report being loaded is already in the graph (same text, same URL or same id) and the load was not
 * asked to replace it; nothing has been written. Its message is one line; each entry point says how to replace.
 */
export class DocumentExistsError extends Error {
  override readonly name = 'DocumentExistsError';
  readonly file: string;
  readonly existing: ExistingDocument[];

  constructor(file: string, existing: ExistingDocument[]) {
    super(`${file}: ${describeExisting(existing)}`);
    this.file = file;
    this.existing = existing;
  }
}

/** One sentence naming the copy the graph holds: `the report is already in the graph as document:x (“…”, 2021-06-04): same text`. */
export function describeExisting(existing: readonly ExistingDocument[]): string {
  const [first] = existing;
  if (!first) return 'the report is not in the graph';
  const others = existing.length > 1 ? ` and ${existing.length - 1} more` : '';
  const how = first.matches.map((match) => ({ id: 'same id', text: 'same text', url: 'same URL' })[match]).join(', ');
  return `the report is already in the graph as ${first.id} (“${first.name}”, ${first.publishedAt})${others}: ${how}`;
}

/** Finds the documents a report already is in the graph, in a read transaction (POST /admin/extract asks before drafting). */
export async function findExistingDocuments(gateway: GraphGateway, keys: ReportKeys): Promise<ExistingDocument[]> {
  return (await gateway.read('document-find-existing', findParams(keys))).map(toExisting);
}

/** The same, inside a load's write transaction, after it took the load lock (load-seed.ts). */
export async function findExistingDocumentsIn(tx: GatewayTransaction, keys: ReportKeys): Promise<ExistingDocument[]> {
  return (await tx.run('document-find-existing', findParams(keys))).map(toExisting);
}

function findParams(keys: ReportKeys) {
  return { id: keys.id, textChecksum: keys.textChecksum, url: keys.url ?? null };
}

function toExisting(row: Row): ExistingDocument {
  return {
    id: row.id as string,
    name: row.name as string,
    publishedAt: row.publishedAt as string,
    matches: row.matches as ExistingDocument['matches'],
    extracted: row.extracted as boolean,
    decisions: Number(row.decisions),
    textChecksum: (row.textChecksum as string | null) ?? null,
    graphChecksum: (row.graphChecksum as string | null) ?? null,
  };
}

/**
 * Gives the documents loaded before reports were known by their checksum one, so that loading such a report again
 * finds it; run with the schema at start-up and by `npm run seed`. Returns how many it updated.
 */
export async function backfillTextChecksums(gateway: GraphGateway): Promise<number> {
  const missing = await gateway.read('documents-without-checksum');
  if (missing.length === 0) return 0;
  const rows = missing.map((row) => ({ id: row.id as string, textChecksum: checksumText(String(row.text ?? '')) }));
  await gateway.writeTransaction((tx) => tx.run('document-set-checksums', { rows }), { label: 'document checksums' });
  return rows.length;
}
