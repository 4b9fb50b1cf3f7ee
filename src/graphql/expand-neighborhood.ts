import type { RequestContext } from './context.ts';
import type { EntityStub, GraphEdgeRecord, GraphNodeRecord, SubgraphRecord } from './records.ts';
import type { ReportScope } from './validate-args.ts';

// Each ring reads at most this many relationships per node allowed, so a hub cannot make one ring unbounded.
const ROWS_PER_NODE = 10;

/**
 * Expands a neighborhood breadth first, keeping at most `limit` nodes: the rings come from one query
 * (cypher/queries/neighborhood.cypher), read in the same turn as the centre itself. Documents other than the centre
 * are not expanded: every entity has a SOURCE relationship to its document, so going through one would pull in the
 * whole report. A scope (a period, some reports) keeps only the relationships those reports state; the centre stays.
 */
export async function expandNeighborhood(
  ctx: RequestContext,
  options: { id: string; depth: number; limit: number; scope: ReportScope },
): Promise<SubgraphRecord> {
  const { id, depth, limit, scope } = options;
  const rowLimit = limit * ROWS_PER_NODE;
  const [center, rows] = await Promise.all([ctx.loaders.entity.load(id), ctx.db.read('neighborhood', { id, depth, limit, rowLimit, ...scope })]);
  if (center === null) return { centerId: id, nodes: [], edges: [], truncated: false };

  const rings = new Map<number, RingRow[]>();
  for (const row of rows as unknown as RingRow[]) rings.set(row.distance, [...(rings.get(row.distance) ?? []), row]);
  const nodes = new Map<string, GraphNodeRecord>([[id, { entity: center, distance: 0 }]]);
  const edges = new Map<string, GraphEdgeRecord>();
  let truncated = false;
  // The query kept nodes by this same rule to choose each ring's frontier; here the rule decides what is drawn.
  for (let distance = 1; distance <= depth; distance += 1) {
    const ring = rings.get(distance) ?? [];
    if (ring.length >= rowLimit) truncated = true;
    for (const { node, edge } of ring) {
      if (!nodes.has(node.id)) {
        if (nodes.size >= limit) {
          truncated = true;
          continue;
        }
        nodes.set(node.id, { entity: node, distance });
      }
      if (nodes.has(edge.from) && nodes.has(edge.to)) edges.set(edge.id, edge);
    }
  }
  return { centerId: id, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/** One relationship of a ring and the node at its far end. */
interface RingRow {
  distance: number;
  node: EntityStub;
  edge: GraphEdgeRecord;
}
