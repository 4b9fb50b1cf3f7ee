import type { GatewayTransaction, GraphGateway } from '../db/graph-gateway.ts';
import type { QueryName } from '../db/query-names.ts';
import { type PreparedDocument, SeedValidationError } from './validate-seed.ts';

/** What one batch of a load wrote, reported to `onBatch`. */
export interface BatchProgress {
  documentId: string;
  step: 'nodes' | 'sources' | 'relationships';
  rows: number;
}

/** How a load runs. */
export interface LoadSeedOptions {
  /** Rows per UNWIND statement. @default 2000 */
  batchSize?: number;
  /** Timeout of each document's transaction; a large document needs more than an API query. @default 600000 */
  transactionTimeoutMs?: number;
  /** Called after each batch inside the document's transaction; throwing from it rolls the document back. */
  onBatch?: (progress: BatchProgress) => void | Promise<void>;
  /** Called after each document commits. */
  onDocument?: (document: PreparedDocument, counts: { nodes: number; relationships: number }) => void;
}

/** What a load wrote. */
export interface LoadSummary {
  documents: number;
  nodes: number;
  relationships: number;
}

/**
 * Writes validated documents, one transaction per document: a document is in the graph whole or not at
 * all. Every write is a MERGE on ids, so loading the same documents again changes nothing.
 */
export async function loadSeedDocuments(gateway: GraphGateway, documents: PreparedDocument[], options: LoadSeedOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 2000;
  const summary: LoadSummary = { documents: 0, nodes: 0, relationships: 0 };
  for (const doc of documents) {
    const documentId = doc.document.id;
    await gateway.writeTransaction(
      async (tx) => {
        await tx.run('seed-merge-document', { id: documentId, properties: doc.document.properties });
        await refuseLabelConflicts(tx, doc);
        const { publishedAt } = doc.document;
        const writeBatches = async (step: BatchProgress['step'], query: QueryName, rows: object[]) => {
          for (let start = 0; start < rows.length; start += batchSize) {
            const batch = rows.slice(start, start + batchSize);
            const [result] = await tx.run(query, { rows: batch, documentId, publishedAt });
            // The relationship query has one branch per type; a type missing there would drop rows silently.
            if (result !== undefined && 'merged' in result && result.merged !== batch.length) {
              throw new Error(`${query} merged ${String(result.merged)} of ${batch.length} rows of ${documentId}: a relationship type has no branch`);
            }
            await options.onBatch?.({ documentId, step, rows: batch.length });
          }
        };
        await writeBatches(
          'nodes',
          'seed-merge-nodes',
          doc.nodes.map(({ id, label, properties, aliases }) => ({ id, label, properties, aliases })),
        );
        await writeBatches(
          'sources',
          'seed-merge-sources',
          doc.nodes.map(({ id, evidence, properties, aliases }) => ({
            id,
            properties: { ...evidence, source: documentId, publishedAt, aliases, contributed: JSON.stringify(properties) },
          })),
        );
        await writeBatches('relationships', 'seed-merge-relationships', doc.relationships);
        // Last, so the version's lock is held only until the commit; every worker's response cache sees the change.
        await tx.run('graph-version-bump', {});
      },
      { timeoutMs: options.transactionTimeoutMs ?? 600_000, label: `seed ${documentId}` },
    );
    const counts = { nodes: doc.nodes.length + 1, relationships: doc.relationships.length + doc.nodes.length };
    summary.documents += 1;
    summary.nodes += counts.nodes;
    summary.relationships += counts.relationships;
    options.onDocument?.(doc, counts);
  }
  return summary;
}

// An id the graph holds under another label would give one node two kinds; the document is refused whole.
async function refuseLabelConflicts(tx: GatewayTransaction, doc: PreparedDocument): Promise<void> {
  const conflicts = await tx.run('seed-label-conflicts', { rows: doc.nodes.map(({ id, label }) => ({ id, label })) });
  if (conflicts.length === 0) return;
  throw new SeedValidationError(
    conflicts.map((conflict) => ({
      file: doc.file,
      record: conflict.id as string,
      field: 'label',
      message: `${String(conflict.label)} here, but the graph already holds ${String(conflict.id)} as a ${String(conflict.existing)}`,
    })),
  );
}

/** Deletes every ecokg node and relationship, in batches, then bumps the graph's version. */
export async function resetGraph(gateway: GraphGateway): Promise<void> {
  await gateway.runInBatches('seed-reset');
  await gateway.writeTransaction((tx) => tx.run('graph-version-bump', {}), { label: 'graph version after reset' });
}

/** Whether the graph holds no ecokg node yet, so start-up knows to seed it. */
export async function isGraphEmpty(gateway: GraphGateway): Promise<boolean> {
  const [row] = await gateway.read('graph-has-entities');
  return row?.hasEntities !== true;
}
