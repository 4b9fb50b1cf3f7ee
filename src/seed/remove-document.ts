import type { GatewayTransaction, GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { PropertyValue } from './validate-seed.ts';

/** What removing a document took out of the graph and what it rebuilt. */
export interface RemovalSummary {
  documentId: string;
  /** Relationships the document stated, SOURCE ones included. */
  deletedRelationships: number;
  /** Entities no other document names, deleted with it. */
  deletedNodes: number;
  /** Entities other documents name too, rebuilt from what those say. */
  rebuiltNodes: number;
}

/** What one remaining document says of an entity, as its SOURCE relationship keeps it. */
interface RemainingSource {
  source: string;
  publishedAt: string | null;
  contributed: string | null;
  aliases: string[] | null;
}

/**
 * Takes a document out of the graph in one transaction: the relationships it states and their evidence, the
 * entities no other document names, its review decisions, and the document itself; the entities other documents
 * name too are rebuilt from what those documents say, exactly as if this one had never been loaded. An unknown id
 * is a NOT_FOUND error and changes nothing.
 */
export function removeDocument(gateway: GraphGateway, documentId: string): Promise<RemovalSummary> {
  return gateway.writeTransaction(
    async (tx) => {
      await tx.run('document-load-lock', {});
      const removed = await removeDocumentIn(tx, documentId);
      // Last, as in a load: every worker's and replica's response cache sees the change.
      await tx.run('graph-version-bump', {});
      return removed;
    },
    { label: `remove ${documentId}` },
  );
}

/** Removes a document inside a transaction the caller holds (a load that replaces it uses this); see removeDocument. */
export async function removeDocumentIn(tx: GatewayTransaction, documentId: string): Promise<RemovalSummary> {
  const [removed] = await tx.run('document-remove-statements', { documentId });
  if (!removed) throw new EcokgError(ErrorCode.NOT_FOUND, `No document ${documentId} in the graph; nothing was removed.`);
  const ids = removed.ids as string[];
  const [orphans] = await tx.run('document-remove-orphans', { ids });
  const remaining = await tx.run('document-remaining-sources', { ids });
  const rows = remaining.map((row) => rebuiltEntity(row.id as string, row.sources as RemainingSource[]));
  await tx.run('document-rebuild-entities', { rows });
  await tx.run('document-write-decisions', { documentId, decisions: [] });
  await tx.run('document-delete', { documentId });
  return {
    documentId,
    deletedRelationships: removed.deletedRelationships as number,
    deletedNodes: (orphans?.deletedNodes as number | undefined) ?? 0,
    rebuiltNodes: rows.length,
  };
}

/**
 * An entity's properties as its remaining documents define them: those of the earliest (the sources come
 * ordered by date, then document id, as seed-merge-nodes.cypher decides when loading), with the aliases of all.
 */
export function rebuiltEntity(id: string, sources: RemainingSource[]) {
  const defining = sources[0]!;
  const aliases = [...new Set(sources.flatMap((source) => source.aliases ?? []))].sort(compareCodeUnits);
  return {
    id,
    properties: defining.contributed === null ? null : (JSON.parse(defining.contributed) as Record<string, PropertyValue>),
    definedBy: defining.source,
    definedAt: defining.publishedAt,
    aliases,
  };
}

// Cypher's ORDER BY on strings compares UTF-16 code units, as this does; localeCompare would not.
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
