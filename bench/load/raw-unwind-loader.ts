import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_RULES } from '../../src/seed/seed-schema.ts';
import type { PreparedDocument } from '../../src/seed/validate-seed.ts';

/** What a load wrote: the same counts as the seed CLI prints. */
export interface RawLoadSummary {
  documents: number;
  nodes: number;
  relationships: number;
  seconds: number;
}

// Labels and types come from the seed schema's allow-lists; writing them into the text is what a hand-written
// loader does, and it lets the planner see a static label and type in every statement.
const MERGE_DOCUMENT = 'MERGE (d:Entity {id: $id}) SET d:Document, d += $properties';
const mergeNodes = (label: string) => `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${label}, n += row.properties, n.aliases = coalesce(n.aliases, []) + [alias IN row.properties.aliases WHERE NOT alias IN coalesce(n.aliases, [])]`;
const MERGE_SOURCES = `MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MERGE (n)-[s:SOURCE]->(d)
SET s += row.properties`;
const mergeRelationships = (type: string) => `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {source: row.properties.source}]->(b)
SET r += row.properties`;

const NODE_STATEMENTS = new Map(NODE_LABELS.map((label) => [label, mergeNodes(label)]));
const RELATIONSHIP_STATEMENTS = new Map(Object.keys(RELATIONSHIP_RULES).map((type) => [type, mergeRelationships(type)]));

/**
 * The baseline of the load benchmark: plain `UNWIND … MERGE` Cypher through neo4j-driver, with the same
 * documents, batch size and one transaction per document as ecokg's loader, but one statement per label and
 * relationship type instead of ecokg's dynamic labels, and no gateway in between.
 */
export async function loadWithRawUnwind(
  driver: Driver,
  documents: PreparedDocument[],
  options: { batchSize: number; database?: string },
): Promise<RawLoadSummary> {
  const started = performance.now();
  const summary = { documents: 0, nodes: 0, relationships: 0 };
  for (const doc of documents) {
    const session = driver.session({ database: options.database ?? 'neo4j' });
    try {
      await session.executeWrite(async (tx) => {
        const documentId = doc.document.id;
        const runBatches = async (statement: string, rows: object[]) => {
          for (let start = 0; start < rows.length; start += options.batchSize) {
            await tx.run(statement, { rows: rows.slice(start, start + options.batchSize), documentId });
          }
        };
        await tx.run(MERGE_DOCUMENT, { id: documentId, properties: doc.document.properties });
        for (const [label, rows] of groupBy(doc.nodes, (node) => node.label)) {
          await runBatches(
            NODE_STATEMENTS.get(label)!,
            rows.map(({ id, properties }) => ({ id, properties })),
          );
        }
        await runBatches(
          MERGE_SOURCES,
          doc.nodes.map(({ id, evidence }) => ({ id, properties: { ...evidence, source: documentId } })),
        );
        for (const [type, rows] of groupBy(doc.relationships, (rel) => rel.type)) {
          await runBatches(
            RELATIONSHIP_STATEMENTS.get(type)!,
            rows.map(({ from, to, properties }) => ({ from, to, properties })),
          );
        }
      });
    } finally {
      await session.close();
    }
    summary.documents += 1;
    summary.nodes += doc.nodes.length + 1;
    summary.relationships += doc.relationships.length + doc.nodes.length;
  }
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
