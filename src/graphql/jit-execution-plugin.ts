import { type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { RequestContext } from './context.ts';

/** How the plugin answers. */
export interface JitExecutionOptions {
  /**
   * With the response cache: the max age every answer gets, as Apollo's cache-control plugin gives each field when no
   * field has a hint of its own (it sets the policy while graphql-js executes, and this path runs no graphql-js).
   */
  cacheMaxAgeSeconds?: number;
}

/**
 * Executes query operations with graphql-jit, which compiles each document into a function that builds its answer,
 * instead of graphql-js's walk that calls a resolver and builds a resolve info per field. Every root field reads the
 * request's one statement (compile/answer-request.ts) and every other field reads the maps it returned, so an answer of
 * thousands of fields (a person's posts with each report's words) costs graphql-js four times the CPU it costs the
 * compiled function. Apollo Server 5 has no executor option for a single schema; `responseForOperation` is the hook its
 * own response cache answers from, run after validation and the limits' checks, and before execution.
 *
 * Only an answer without errors is given: an operation that errs (a refused argument, a null where the schema allows
 * none, Neo4j out of reach, a variable jit coerces otherwise) goes on to graphql-js as before, which reads the same
 * statement's answer kept on the request's context, so every error keeps its shape, code and formatting.
 */
export function createJitExecutionPlugin(schema: GraphQLSchema, options: JitExecutionOptions = {}): ApolloServerPlugin<RequestContext> {
  // Apollo Server keeps one parsed document per query text, and its operation node with it, so each operation is
  // compiled once (about 1.5 ms for a person's posts); the query limits, checked before, bound what one can cost.
  const compiledByOperation = new WeakMap<OperationDefinitionNode, CompiledQuery | null>();
  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode): CompiledQuery | null => {
    if (!compiledByOperation.has(operation)) compiledByOperation.set(operation, compile(schema, document, operation.name?.value));
    return compiledByOperation.get(operation) ?? null;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext: GraphQLRequestContextResponseForOperation<RequestContext>) {
          const { document, operation, request, contextValue } = requestContext;
          // No operation of the name the request gives: graphql-js says so.
          if (operation?.operation !== 'query' || selectsIntrospection(operation)) return null;
          const compiled = compiledFor(document, operation);
          if (!compiled) return null;
          const result = await compiled.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length || !result.data) return null;
          contextValue.executor = 'graphql-jit';
          if (options.cacheMaxAgeSeconds !== undefined) requestContext.overallCachePolicy.restrict({ maxAge: options.cacheMaxAgeSeconds });
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}

// A document graphql-jit cannot compile (it answers with errors, or throws on a value graphql-js's validation let
// through) is left to graphql-js, which says what is wrong with it.
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

// graphql-js answers the schema's own fields (__schema, __type), and a fragment at the root, which may hold them; a root
// __typename is cheap and common.
function selectsIntrospection(operation: GraphQLRequestContextResponseForOperation<RequestContext>['operation']): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== 'Field' || (selection.name.value.startsWith('__') && selection.name.value !== '__typename'),
  );
}
