import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { ErrorCode } from '../errors/error-codes.ts';

/** The ceilings every operation is checked against before it runs. */
export interface QueryLimits {
  /** Deepest nesting of fields. @default 10 */
  maxDepth: number;
  /** Most aliased fields in one operation. @default 200 */
  maxAliases: number;
  /** Most nodes an operation could touch, with list sizes multiplied down the tree. @default 50000 */
  maxCost: number;
}

/** The limits the service runs with. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 200, maxCost: 50_000 };

/** What an operation could cost. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

// Lists without a size argument, and how many items each can hold at most (the queries cap evidence at 20
// excerpts). Connection edges and the nodes of a path or subgraph are already counted by the field that
// returned them (first, limit, maxLength).
const FIXED_LIST_SIZES: Record<string, number> = { Evidence: 20 };
const COUNTED_BY_PARENT = new Set(['edges', 'nodes']);

/**
 * Measures an operation the way GitHub's API does: each list multiplies the cost of what is under it by
 * its size (its `first`, `limit`, or a known ceiling), and every entity counts as a node it could touch.
 * Introspection fields are left out, so GraphiQL's schema query is never refused.
 */
export function measureOperation(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}): OperationMeasure {
  const { schema, document, operation, variables } = options;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { depth: 0, aliases: 0, cost: 0 };

  let aliases = 0;
  const visit = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType, multiplier: number, depth: number, seen: Set<string>) => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const name = selection.name.value;
        const fields = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields() : undefined;
        const field = name.startsWith('__') ? undefined : fields?.[name];
        if (!field) continue;
        const namedType = getNamedType(field.type);
        const size = listSize(field, selection, parentType, variables);
        const nodes = multiplier * size;
        if (selection.selectionSet) {
          // Only entities are nodes; wrappers (links, edges, evidence) multiply but touch no node themselves.
          if (isEntityType(namedType)) cost += nodes;
          const child = visit(selection.selectionSet, namedType, nodes, depth + 1, seen);
          cost += child.cost;
          maxDepth = Math.max(maxDepth, child.depth);
        } else {
          maxDepth = Math.max(maxDepth, depth + 1);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parentType) : parentType;
        const child = visit(selection.selectionSet, type, multiplier, depth, seen);
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else {
        const fragment = fragments.get(selection.name.value);
        // Validation refuses fragment cycles; the guard keeps this function total whatever it is given.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) ?? parentType;
        const child = visit(fragment.selectionSet, type, multiplier, depth, new Set([...seen, fragment.name.value]));
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      }
    }
    return { cost, depth: maxDepth };
  };
  const { cost, depth } = visit(operation.selectionSet, rootType, 1, 0, new Set());
  return { depth, aliases, cost };
}

function isEntityType(type: GraphQLNamedType): boolean {
  return type.name === 'Entity' || (isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Entity'));
}

function listSize(field: GraphQLField<unknown, unknown>, node: FieldNode, parentType: GraphQLNamedType, variables: Record<string, unknown>): number {
  const sizeArgument = field.args.find((arg) => arg.name === 'first' || arg.name === 'limit');
  if (sizeArgument) return Math.max(0, Number(argumentValue(node, sizeArgument.name, sizeArgument.defaultValue, variables)) || 0);
  if (field.name === 'path') return Number(argumentValue(node, 'maxLength', 4, variables)) + 1;
  if (!isListType(getNullableType(field.type))) return 1;
  if (COUNTED_BY_PARENT.has(field.name) && parentType.name !== 'Query') return 1;
  return FIXED_LIST_SIZES[getNamedType(field.type).name] ?? 1;
}

function argumentValue(node: FieldNode, name: string, defaultValue: unknown, variables: Record<string, unknown>): unknown {
  const argument = node.arguments?.find((arg) => arg.name.value === name);
  return (argument && valueFromASTUntyped(argument.value, variables)) ?? defaultValue;
}

/**
 * Refuses, before execution, an operation deeper than `maxDepth`, with more than `maxAliases` aliases,
 * or that could touch more than `maxCost` nodes, with QUERY_TOO_COMPLEX and what is allowed.
 */
export function createQueryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const measure = measureOperation({ schema, document, operation, variables: request.variables ?? {} });
          const refuse = (message: string) => {
            throw new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
          };
          if (measure.depth > limits.maxDepth) refuse(`Query depth must be at most ${limits.maxDepth}, got ${measure.depth}`);
          if (measure.aliases > limits.maxAliases) refuse(`A query may use at most ${limits.maxAliases} aliases, got ${measure.aliases}`);
          if (measure.cost > limits.maxCost) {
            refuse(
              `Query could touch ${measure.cost} nodes; at most ${limits.maxCost} are allowed (each list's first or limit multiplies what is under it: ask for smaller pages or fewer nested lists)`,
            );
          }
        },
      };
    },
  };
}
