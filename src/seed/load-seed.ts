import type { GatewayTransaction, GraphGateway } from '../db/graph-gateway.ts';
import type { QueryName } from '../db/query-names.ts';
import { DocumentExistsError, type ExistingDocument, findExistingDocuments, findExistingDocumentsIn } from './existing-documents.ts';
import { removeDocumentIn } from './remove-document.ts';
import type { ReviewDecision } from './review-decision.ts';
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
  /** Called after each document commits, with what became of it. */
  onDocument?: (document: PreparedDocument, counts: { nodes: number; relationships: number }, outcome: LoadOutcome) => void;
  /**
   * What to do with a report the graph already holds (the same text, URL or id, existing-documents.ts): refuse it
   * with a DocumentExistsError, or replace that copy in the same transaction. A report loaded again exactly as the
   * graph holds it is left as it is either way. @default 'refuse'
   */
  existing?: 'refuse' | 'replace';
}

/** What became of one document: written new, written over the copy the graph held, or found already there as it is. */
export type LoadOutcome = { status: 'loaded' } | { status: 'replaced'; replaced: string[] } | { status: 'unchanged' };

/** What a load wrote. */
export interface LoadSummary {
  documents: number;
  nodes: number;
  relationships: number;
  /** Documents the graph held already exactly as given: nothing was written for them. */
  unchanged: number;
  /** Records loaded with their review note, still to review (the API lists them: Document.unreviewed). */
  unreviewed: number;
}

/**
 * Writes validated documents, one transaction per document: a document is in the graph whole or not at
 * all, with its review decisions. One report is one document: a report the graph already holds under this id, this
 * text or this URL is refused (DocumentExistsError), or replaced in the same transaction when asked, its review
 * decisions carried over unless new ones are given; loading exactly what the graph holds changes nothing.
 */
export async function loadSeedDocuments(gateway: GraphGateway, documents: PreparedDocument[], options: LoadSeedOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 2000;
  const summary: LoadSummary = { documents: 0, nodes: 0, relationships: 0, unchanged: 0, unreviewed: 0 };
  for (const doc of documents) {
    const documentId = doc.document.id;
    const outcome = await gateway.writeTransaction(
      async (tx): Promise<LoadOutcome> => {
        await tx.run('document-load-lock', {});
        const existing = await findExistingDocumentsIn(tx, {
          id: documentId,
          textChecksum: String(doc.document.properties.textChecksum),
          url: doc.document.properties.url as string | undefined,
        });
        const found = compareWithExisting(doc, existing);
        if (found === 'unchanged') return { status: 'unchanged' };
        if (found === 'exists' && options.existing !== 'replace') throw new DocumentExistsError(doc.file, existing);
        // The decisions of the copies replaced stay with the report, unless the load brings the whole log anew.
        const keptDecisions: ReviewDecision[] = [];
        for (const copy of existing) {
          if (!doc.decisions) keptDecisions.push(...(await readDecisionsIn(tx, copy.id)));
          await removeDocumentIn(tx, copy.id);
        }
        await tx.run('seed-merge-document', { id: documentId, properties: doc.document.properties });
        await refuseLabelConflicts(tx, doc);
        const { publishedAt } = doc.document;
        const writeBatches = async (step: BatchProgress['step'], query: QueryName, rows: object[]) => {
          for (let start = 0; start < rows.length; start += batchSize) {
            const batch = rows.slice(start, start + batchSize);
            const [result] = await tx.run(query, { rows: batch, documentId, publishedAt });
            // A relationship whose end the graph lacks would be dropped silently by the MATCH.
            if (result !== undefined && 'merged' in result && result.merged !== batch.length) {
              throw new Error(`${query} wrote ${String(result.merged)} of ${batch.length} rows of ${documentId}: an end is missing`);
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
          'seed-create-sources',
          doc.nodes.map(({ id, evidence, properties, aliases, review }) => ({
            id,
            properties: { ...evidence, source: documentId, publishedAt, aliases, contributed: JSON.stringify(properties), review: review ?? null },
          })),
        );
        await writeBatches('relationships', 'seed-create-relationships', doc.relationships);
        const decisions = doc.decisions ?? keptDecisions;
        await tx.run('document-write-decisions', { documentId, decisions: decisions.map(toDecisionRow) });
        // Last, so the version's lock is held only until the commit; every worker's response cache sees the change.
        await tx.run('graph-version-bump', {});
        return existing.length > 0 ? { status: 'replaced', replaced: existing.map((copy) => copy.id) } : { status: 'loaded' };
      },
      { timeoutMs: options.transactionTimeoutMs ?? 600_000, label: `seed ${documentId}` },
    );
    const counts = { nodes: doc.nodes.length + 1, relationships: doc.relationships.length + doc.nodes.length };
    if (outcome.status === 'unchanged') summary.unchanged += 1;
    else {
      summary.documents += 1;
      summary.nodes += counts.nodes;
      summary.relationships += counts.relationships;
      summary.unreviewed += Number(doc.document.properties.unreviewedCount ?? 0);
    }
    options.onDocument?.(doc, counts, outcome);
  }
  return summary;
}

/**
 * Whether a report is new to the graph, held already exactly as given (same id, same graph, a single copy, no new
 * decisions), or held in another version or under another id.
 */
export function compareWithExisting(doc: PreparedDocument, existing: readonly ExistingDocument[]): 'new' | 'unchanged' | 'exists' {
  const [only] = existing;
  if (!only) return 'new';
  const same = existing.length === 1 && only.id === doc.document.id && only.graphChecksum === doc.document.properties.graphChecksum;
  return same && !doc.decisions ? 'unchanged' : 'exists';
}

/**
 * Refuses, before anything is written, the documents of a load that the graph holds already (a DocumentExistsError
 * for the first); the load checks again in each document's transaction, for a loader that comes in between.
 */
export async function refuseExistingDocuments(gateway: GraphGateway, documents: readonly PreparedDocument[]): Promise<void> {
  for (const doc of documents) {
    const existing = await findExistingDocuments(gateway, {
      id: doc.document.id,
      textChecksum: String(doc.document.properties.textChecksum),
      url: doc.document.properties.url as string | undefined,
    });
    if (compareWithExisting(doc, existing) === 'exists') throw new DocumentExistsError(doc.file, existing);
  }
}

/** A document's decision log as the graph keeps it, oldest first (an empty list for a curated or unknown document). */
export async function readDecisions(gateway: GraphGateway, documentId: string): Promise<ReviewDecision[]> {
  return (await gateway.read('document-review-decisions', { documentId })).map((row) => JSON.parse(String(row.details)) as ReviewDecision);
}

async function readDecisionsIn(tx: GatewayTransaction, documentId: string): Promise<ReviewDecision[]> {
  return (await tx.run('document-review-decisions', { documentId })).map((row) => JSON.parse(String(row.details)) as ReviewDecision);
}

// One ReviewDecision node: who, when, what and on which record as properties, the whole decision as JSON.
function toDecisionRow(decision: ReviewDecision) {
  return {
    record: decision.record,
    name: decision.name,
    action: decision.action,
    by: decision.by ?? null,
    at: decision.at ?? null,
    details: JSON.stringify(decision),
  };
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
