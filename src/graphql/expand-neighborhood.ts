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

  const ringRows = rows as unknown as RingRow[];
  const nodes = new Map<string, GraphNodeRecord>([[id, { entity: center, distance: 0 }]]);
  const edges = new Map<string, GraphEdgeRecord>();
  // The query keeps only the rows whose far node is drawn, ring by ring in first-seen order; here they become the
  // subgraph: each node at the ring that first reached it, each relationship once.
  for (const { distance, node, edge } of ringRows) {
    if (distance === null) continue;
    if (!nodes.has(node.id)) nodes.set(node.id, { entity: node, distance });
    edges.set(edge.id, edge);
  }
  return { centerId: id, nodes: [...nodes.values()], edges: [...edges.values()], truncated: ringRows[0]?.truncated ?? false };
}

/** One relationship of a ring and the node at its far end. */
interface RingRow {
  /** Whether the limit or a ring's row limit left anything out; the same on every row. */
  truncated: boolean;
  /** Null on the one row of a neighborhood with nothing kept but the centre. */
  distance: number | null;
  node: EntityStub;
  edge: GraphEdgeRecord;
}
