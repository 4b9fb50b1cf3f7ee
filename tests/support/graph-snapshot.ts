import { createHash } from 'node:crypto';
import { withDriver } from './test-service.ts';

/** Counts and a checksum of every label and property of the nodes (and their relationships) whose id contains `marker`. */
export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  checksum: string;
}

// Neo4j 5.26 now and then plans `id CONTAINS` on the id constraint's RANGE index and then fails the query with
// "A STRING_CONTAINS predicate is not allowed for a RANGE index"; a label scan is what the test data needs anyway.
const SCAN_HINT = (variable: string) => `USING SCAN ${variable}:Entity`;

/** Deletes every node whose id contains `marker` (a test's own prefix), with its relationships. */
export function deleteMarkedEntities(marker: string): Promise<void> {
  return withDriver(async (run) => {
    await run(`MATCH (n:Entity) ${SCAN_HINT('n')} WHERE n.id CONTAINS $marker DETACH DELETE n`, { marker });
  });
}

/** Reads every node whose id contains `marker`, and every relationship from one, and digests them. */
export function snapshotGraph(marker: string): Promise<GraphSnapshot> {
  return snapshot(
    `MATCH (n:Entity) ${SCAN_HINT('n')} WHERE n.id CONTAINS $key RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    `MATCH (a:Entity)-[r]->(b:Entity) ${SCAN_HINT('a')} WHERE a.id CONTAINS $key
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to, r.source`,
    marker,
  );
}

/** Reads a document, every entity it mentions and every relationship it states, and digests them. */
export function snapshotDocument(documentId: string): Promise<GraphSnapshot> {
  return snapshot(
    `MATCH (d:Document {id: $key}) OPTIONAL MATCH (n:Entity)-[:SOURCE]->(d)
     WITH d, collect(n) AS mentioned UNWIND [d] + mentioned AS n
     RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.source = $key
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to`,
    documentId,
  );
}

function snapshot(nodeQuery: string, relationshipQuery: string, key: string): Promise<GraphSnapshot> {
  return withDriver(async (run) => {
    const nodes = await run(nodeQuery, { key });
    const relationships = await run(relationshipQuery, { key });
    const hash = createHash('sha256');
    for (const row of [...nodes, ...relationships]) hash.update(stableJson(row)).update('\n');
    return { nodes: nodes.length, relationships: relationships.length, checksum: hash.digest('hex') };
  });
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
