import type { QueryName } from '../db/query-names.ts';
import type { RequestContext } from './context.ts';
import type { EntityRecord } from './records.ts';
import type { PlannedLoad } from './resolvers/relation-field.ts';

/**
 * Looks an entity up by id together with the relation lists the query asks of it, in one query: its label's bundle
 * (cypher-catalog.ts), which runs only the parts asked for. Each list goes into the loader its field reads, so the
 * fields resolve without another trip. Without a list to load, or without a bundle, the entity loader batches the
 * lookup with any other of the same turn, and the lists load on their own beside it.
 */
export async function loadEntityWithRelations(
  ctx: RequestContext,
  options: { bundle: QueryName; id: string; loads: PlannedLoad[] },
): Promise<EntityRecord | null> {
  const { bundle, id, loads } = options;
  const parts = ctx.db.bundleParts(bundle);
  if (!parts || loads.length === 0) {
    for (const load of loads) load.start();
    return ctx.loaders.entity.load(id);
  }
  // A field asked twice with different arguments (under two aliases) is one part of the bundle: the first one.
  const chosen = new Map<string, PlannedLoad>();
  for (const load of loads) if (parts.some((part) => part.query === load.query) && !chosen.has(load.query)) chosen.set(load.query, load);
  for (const load of loads) if (chosen.get(load.query) !== load) load.start();
  const params: Record<string, unknown> = { ids: [id] };
  for (const part of parts) {
    const load = chosen.get(part.query);
    params[part.want] = load !== undefined;
    for (const [name, renamed] of part.params) params[renamed] = load?.params[name] ?? null;
  }
  const [row] = await ctx.db.read(bundle, params);
  if (!row) return null;
  const entity = row.node as EntityRecord;
  ctx.loaders.entity.prime(id, entity);
  const relations = row.relations as Array<unknown[] | null>;
  for (const [index, part] of parts.entries()) chosen.get(part.query)?.prime(relations[index] ?? null);
  return entity;
}
