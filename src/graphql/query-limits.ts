import type { ApolloServerPlugin } from '@apollo/server';
import {
  DirectiveLocation,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLDirective,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLNonNull,
  type GraphQLSchema,
  GraphQLString,
  getDirectiveValues,
  getNamedType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
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

/**
 * Measures an operation: its depth and aliases by walking its selections, and its cost with
 * graphql-query-complexity, the way GitHub's API counts: every entity is a node it could touch, and each list
 * multiplies what is under it by the size its `@cost` directive in schema.graphql names (its `first`, `limit` or
 * `maxLength`, or a fixed bound). The library honours fragments, interfaces and @skip/@include. Introspection
 * fields cost nothing, so GraphiQL's schema query is never refused.
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
  let aliases = 0;
  const depthOf = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, selection.selectionSet ? depthOf(selection.selectionSet, depth + 1, seen) : depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
      } else {
        const fragment = fragments.get(selection.name.value);
        // Validation refuses fragment cycles; the guard keeps this function total whatever it is given.
        if (fragment && !seen.has(fragment.name.value))
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...seen, fragment.name.value])));
      }
    }
    return deepest;
  };
  const depth = depthOf(operation.selectionSet, 0, new Set());
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    operationName: operation.name?.value,
    estimators: [costDirectiveEstimator],
  });
  return { depth, aliases, cost };
}

// The @cost directive of schema.graphql, read from each field's definition.
const COST_DIRECTIVE = new GraphQLDirective({
  name: 'cost',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { multipliers: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) }, size: { type: GraphQLInt } },
});

function costDirectiveEstimator({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const directive = field.astNode ? getDirectiveValues(COST_DIRECTIVE, field.astNode) : undefined;
  const ownNodes = isEntityType(getNamedType(field.type)) ? 1 : 0;
  const multipliers = (directive?.multipliers as string[] | undefined) ?? [];
  const length = multipliers.reduce((product, name) => product * Math.max(0, Number(args[name]) || 0), (directive?.size as number | undefined) ?? 1);
  return (ownNodes + childComplexity) * length;
}

function isEntityType(type: GraphQLNamedType): boolean {
  return type.name === 'Entity' || (isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Entity'));
}

/**
 * Refuses, before execution, an operation deeper than `maxDepth`, with more than `maxAliases` aliases,
 * or that could touch more than `maxCost` nodes, with QUERY_TOO_COMPLEX and what is allowed.
 */
export function createQueryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  // Apollo Server keeps one parsed document per query text, so a request repeated with the same variables finds its
  // measure here instead of walking the document again; a few variable sets per operation are kept.
  const measured = new WeakMap<OperationDefinitionNode, Map<string, OperationMeasure>>();
  const measureOnce = (options: Parameters<typeof measureOperation>[0]) => {
    const byVariables = measured.get(options.operation) ?? new Map<string, OperationMeasure>();
    measured.set(options.operation, byVariables);
    const key = JSON.stringify(options.variables);
    let measure = byVariables.get(key);
    if (!measure) {
      measure = measureOperation(options);
      if (byVariables.size >= 32) byVariables.delete(byVariables.keys().next().value!);
      byVariables.set(key, measure);
    }
    return measure;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          let measure: OperationMeasure;
          try {
            measure = measureOnce({ schema, document, operation, variables: request.variables ?? {} });
          } catch (error) {
            // The cost depends on the arguments, so variables that do not fit the schema cannot be costed: they are
            // the client's mistake, refused here with the message execution would give.
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
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
