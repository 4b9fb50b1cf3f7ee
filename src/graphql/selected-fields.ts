import { collectFields } from '@graphql-tools/utils';
import { type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, getNamedType, isObjectType } from 'graphql';

/**
 * The fields a query selects on what the current field returns, by response key, as execution will run them:
 * fragments (also on interfaces) are expanded and @skip/@include honoured, through graphql-tools' collectFields.
 * `type` is the object type of the value (for a field returning an interface, the type of the entity at hand).
 */
export function selectedFields(info: GraphQLResolveInfo, type: GraphQLObjectType = returnedObjectType(info)): Map<string, FieldNode[]> {
  return selectedFieldsOf(info, info.fieldNodes, type);
}

/** Like selectedFields, one level down: what the query selects on the values of the given field nodes. */
export function selectedFieldsOf(info: GraphQLResolveInfo, fieldNodes: readonly FieldNode[], type: GraphQLObjectType): Map<string, FieldNode[]> {
  const merged = new Map<string, FieldNode[]>();
  for (const node of fieldNodes) {
    if (!node.selectionSet) continue;
    // graphql-tools takes variables in graphql 17's shape; with graphql 16 it reads the coerced values only.
    const variables = { coerced: info.variableValues, sources: {} };
    const { fields } = collectFields(info.schema, info.fragments, variables, type, node.selectionSet);
    for (const [key, nodes] of fields) merged.set(key, [...(merged.get(key) ?? []), ...nodes]);
  }
  return merged;
}

/** Whether the query asks for a field (by name, under any alias) of what the current field returns. */
export function selects(info: GraphQLResolveInfo, fieldName: string): boolean {
  for (const nodes of selectedFields(info).values()) if (nodes.some((node) => node.name.value === fieldName)) return true;
  return false;
}

function returnedObjectType(info: GraphQLResolveInfo): GraphQLObjectType {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) throw new Error(`${info.parentType.name}.${info.fieldName} does not return an object type`);
  return type;
}
