import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, isObjectType } from 'graphql';
import type { RequestContext } from './context.ts';
import { type Prefetch, prefetchOf } from './resolvers/relation-field.ts';
import { selectedFields } from './selected-fields.ts';

/** The prefetch of each field that has one, by `Type.field`. */
export type PrefetchTable = ReadonlyMap<string, Prefetch>;

/**
 * Finds the fields of a resolver map that can be prefetched. The map's own functions are read here because
 * the executable schema wraps them, so the schema's `resolve` functions do not carry the mark.
 */
export function collectPrefetches(resolvers: Record<string, unknown>): PrefetchTable {
  const table = new Map<string, Prefetch>();
  for (const [typeName, fields] of Object.entries(resolvers)) {
    for (const [fieldName, resolver] of Object.entries(fields as Record<string, unknown>)) {
      const prefetch = prefetchOf(resolver);
      if (prefetch) table.set(`${typeName}.${fieldName}`, prefetch);
    }
  }
  return table;
}

/**
 * Starts, in the same turn as the lookup of an entity by id, the loads of the relation fields the query
 * asks of it. The reads of one turn share one transaction (create-loaders.ts), so `person(id) { organizations
 * themes statements }` costs one trip to Neo4j instead of the lookup first and its lists after it.
 */
export function prefetchSelections(table: PrefetchTable, ctx: RequestContext, info: GraphQLResolveInfo, typeName: string, id: string): void {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return;
  const fields = type.getFields();
  for (const nodes of selectedFields(info, type).values()) {
    for (const node of nodes) {
      const field = fields[node.name.value];
      const prefetch = table.get(`${typeName}.${node.name.value}`);
      if (field && prefetch) prefetch(ctx, id, argumentsOf(field, node, info));
    }
  }
}

function argumentsOf(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, info.variableValues);
  } catch {
    return {};
  }
}
