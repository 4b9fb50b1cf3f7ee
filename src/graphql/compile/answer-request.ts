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
    const compiled = await compiledRequest(info);
    const row = compiled.cypher
      ? ((
          await ctx.gateway.readComposed(
            { cypher: compiled.cypher, params: compiled.params, name: info.operation.name?.value ?? 'anonymous' },
            ctx.scope,
          )
        )[0] ?? {})
      : {};
    ctx.answerErrors = compiled.errors;
    return toAnswer(compiled, row);
  })();
  return ctx.answer;
}

// Apollo Server keeps one parsed document per query text, so a request repeated with the same variables finds its
// statement here instead of compiling it again; a few variable sets per operation are kept, the oldest dropped first.
const COMPILED_PER_OPERATION = 32;
const compiledByOperation = new WeakMap<object, Map<string, CompiledRequest>>();

async function compiledRequest(info: GraphQLResolveInfo): Promise<CompiledRequest> {
  const byVariables = compiledByOperation.get(info.operation) ?? new Map<string, CompiledRequest>();
  compiledByOperation.set(info.operation, byVariables);
  const key = JSON.stringify(info.variableValues);
  let compiled = byVariables.get(key);
  if (!compiled) {
    compiled = compileRequest({
      schema: info.schema,
      operation: info.operation,
      fragments: info.fragments,
      variableValues: info.variableValues,
      catalog: await fragmentCatalog(),
    });
    if (byVariables.size >= COMPILED_PER_OPERATION) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, compiled);
  }
  return compiled;
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
// Synchronous, as graphql-js's own default resolver: a promise per field would cost every field of every answer.
export const readAnswerField: GraphQLFieldResolver<unknown, RequestContext> = (source, _args, ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const record = source as Record<string, unknown>;
  const key = info.path.key as string;
  const value = Object.hasOwn(record, key) ? record[key] : record[info.fieldName];
  if (value !== null && typeof value === 'object' && '__error' in value) throw answerError(value, ctx.answerErrors ?? []);
  return value;
};
