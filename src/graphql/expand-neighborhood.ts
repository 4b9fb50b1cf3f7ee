import type { RequestContext } from './context.ts';
import type { EntityStub, GraphEdgeRecord, GraphNodeRecord, SubgraphRecord } from './records.ts';

// Each ring reads at most this many relationships per node allowed, so a hub cannot make one ring unbounded.
const ROWS_PER_NODE = 10;

/**
 * Expands a neighborhood one ring at a time (one query per ring), breadth first, keeping at most
 * `limit` nodes. Documents other than the centre are not expanded: every entity has a SOURCE
 * relationship to its document, so going through one would pull in the whole report.
 */
export async function expandNeighborhood(ctx: RequestContext, options: { id: string; depth: number; limit: number }): Promise<SubgraphRecord> {
  const { id, depth, limit } = options;
  const rowLimit = limit * ROWS_PER_NODE;
  const [center, firstRing] = await Promise.all([ctx.loaders.entity.load(id), readRing(ctx, [id], rowLimit)]);
  if (center === null) return { centerId: id, nodes: [], edges: [], truncated: false };

  const nodes = new Map<string, GraphNodeRecord>([[id, { entity: center, distance: 0 }]]);
  const edges = new Map<string, GraphEdgeRecord>();
  let truncated = false;
  let ring = firstRing;
  for (let distance = 1; distance <= depth; distance += 1) {
    if (ring.rows.length >= rowLimit) truncated = true;
    const frontier: string[] = [];
    for (const { node, edge } of ring.rows) {
      if (!nodes.has(node.id)) {
        if (nodes.size >= limit) {
          truncated = true;
          continue;
        }
        nodes.set(node.id, { entity: node, distance });
        if (node.label !== 'Document') frontier.push(node.id);
      }
      if (nodes.has(edge.from) && nodes.has(edge.to)) edges.set(edge.id, edge);
    }
    if (distance === depth || frontier.length === 0) break;
    ring = await readRing(ctx, frontier, rowLimit);
  }
  return { centerId: id, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

async function readRing(ctx: RequestContext, frontier: string[], limit: number) {
  const rows = await ctx.db.read('neighborhood-step', { frontier, limit });
  return { rows: rows as Array<{ node: EntityStub; edge: GraphEdgeRecord }> };
}
