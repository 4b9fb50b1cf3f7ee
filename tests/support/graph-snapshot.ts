import { createHash } from 'node:crypto';
import { withDriver } from './test-service.ts';

/** Counts and a checksum of every label and property of the nodes (and their relationships) whose id contains `marker`. */
export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  checksum: string;
}

/** Reads every node whose id contains `marker`, and every relationship from one, and digests them. */
export async function snapshotGraph(marker: string): Promise<GraphSnapshot> {
  return withDriver(async (run) => {
    const nodes = await run(`MATCH (n:Entity) WHERE n.id CONTAINS $marker RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`, {
      marker,
    });
    const relationships = await run(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id CONTAINS $marker
       RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
       ORDER BY from, type, to, r.source`,
      { marker },
    );
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
