import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, isObjectType, Kind, type SelectionSetNode } from 'graphql';
import type { RequestContext } from './context.ts';
import { type Prefetch, prefetchOf } from './resolvers/relation-field.ts';

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
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const field = fields[selection.name.value];
        const prefetch = table.get(`${typeName}.${selection.name.value}`);
        if (field && prefetch) prefetch(ctx, id, argumentsOf(field, selection, info));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(selection.typeCondition?.name.value, typeName, info)) visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = info.fragments[selection.name.value];
        if (fragment && appliesTo(fragment.typeCondition.name.value, typeName, info))
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
}

function argumentsOf(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, info.variableValues);
  } catch {
    return {};
  }
}

function appliesTo(condition: string | undefined, typeName: string, info: GraphQLResolveInfo): boolean {
  if (condition === undefined || condition === typeName) return true;
  const type = info.schema.getType(typeName);
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === condition);
}
