import type { BundleName } from '../db/query-names.ts';
import type { RequestContext } from './context.ts';
import type { EntityRecord } from './records.ts';
import type { PlannedLoad } from './resolvers/relation-field.ts';

/**
 * Looks an entity up by id together with the relation lists the query asks of it, in one query: its kind's bundle
 * with just the parts asked for (cypher-catalog.ts). Each list goes into the loader its field reads, so the
 * fields resolve without another trip. Without a list to load, or without a bundle, the entity loader batches the
 * lookup with any other of the same turn, and the lists load on their own beside it.
 */
export async function loadEntityWithRelations(
  ctx: RequestContext,
  options: { bundle: BundleName; id: string; loads: PlannedLoad[] },
): Promise<EntityRecord | null> {
  const { bundle, id, loads } = options;
  const parts = ctx.db.bundleParts(bundle);
  if (!parts || loads.length === 0) {
    for (const load of loads) load.start();
    return ctx.loaders.entity.load(id);
  }
  // A field asked twice with different arguments (under two aliases) is one part of the bundle: the first one.
  const chosen = new Map<number, PlannedLoad>();
  for (const load of loads) {
    const index = parts.findIndex((part) => part.query === load.query);
    if (index >= 0 && !chosen.has(index)) chosen.set(index, load);
    else load.start();
  }
  const indexes = [...chosen.keys()].sort((a, b) => a - b);
  const params: Record<string, unknown> = { ids: [id] };
  for (const index of indexes) {
    for (const [name, renamed] of parts[index]!.params) params[renamed] = chosen.get(index)!.params[name] ?? null;
  }
  const [row] = await ctx.db.read(indexes.length > 0 ? `${bundle}#${indexes.join(',')}` : 'entities-by-id', params);
  if (!row) return null;
  const entity = row.node as EntityRecord;
  ctx.loaders.entity.prime(id, entity);
  const relations = (row.relations ?? []) as Array<unknown[] | null>;
  for (const [position, index] of indexes.entries()) chosen.get(index)!.prime(relations[position] ?? null);
  return entity;
}
