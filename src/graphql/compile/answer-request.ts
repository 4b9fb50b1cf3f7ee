import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { type FragmentCatalog, loadFragmentCatalog } from '../../db/cypher-fragments.ts';
import type { RequestAnswer, RequestContext } from '../context.ts';
import { answerError, type CompiledRequest, compileRequest } from './compile-request.ts';

let catalog: Promise<FragmentCatalog> | undefined;

/** The fragments of cypher/fields, read once per process on first use (start-up reads them through checkFragments). */
export function fragmentCatalog(): Promise<FragmentCatalog> {
  catalog ??= loadFragmentCatalog();
  return catalog;
}

/**
 * Compiles the request's operation into one statement and runs it, once per request: the first root field to
 * resolve starts it and every other waits for the same answer.
 */
export function answerRequest(ctx: RequestContext, info: GraphQLResolveInfo): Promise<RequestAnswer> {
  ctx.answer ??= (async () => {
    const compiled = compileRequest({
      schema: info.schema,
      operation: info.operation,
      fragments: info.fragments,
      variableValues: info.variableValues,
      catalog: await fragmentCatalog(),
    });
    const row = compiled.cypher
      ? ((
          await ctx.gateway.readComposed(
            { cypher: compiled.cypher, params: compiled.params, name: info.operation.name?.value ?? 'anonymous' },
            ctx.scope,
          )
        )[0] ?? {})
      : {};
    return toAnswer(compiled, row);
  })();
  return ctx.answer;
}

function toAnswer(compiled: CompiledRequest, row: Record<string, unknown>): RequestAnswer {
  return {
    errors: compiled.errors,
    rootValue(key) {
      const root = compiled.roots.get(key);
      if (!root) throw new Error(`The request has no root field ${key}`);
      if ('error' in root) throw root.error;
      const value = row[root.column] ?? null;
      const error = answerError(value, compiled.errors);
      if (error) throw error;
      return root.finish && value !== null ? root.finish(value) : value;
    },
  };
}

/** Resolves every root field: its value in the request's answer. */
export const resolveRootField: GraphQLFieldResolver<unknown, RequestContext> = async (_root, _args, ctx, info) =>
  (await answerRequest(ctx, info)).rootValue(String(info.path.key));

/**
 * Resolves every other field: the answer's maps are keyed by response key (so two aliases of one field with different
 * arguments stay apart); objects the resolvers build (a page's edges) by field name. A value standing for refused
 * arguments throws their error.
 */
export const readAnswerField: GraphQLFieldResolver<unknown, RequestContext> = async (source, _args, ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const record = source as Record<string, unknown>;
  const key = String(info.path.key);
  const value = Object.hasOwn(record, key) ? record[key] : record[info.fieldName];
  if (value !== null && typeof value === 'object' && '__error' in value && ctx.answer) {
    throw answerError(value, (await ctx.answer).errors);
  }
  return value;
};
