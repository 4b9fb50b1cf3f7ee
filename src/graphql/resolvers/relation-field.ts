import type { QueryName } from '../../db/query-names.ts';
import type { RequestContext } from '../context.ts';
import type { EntityRecord, EvidenceRecord } from '../records.ts';
import { requireIntInRange } from '../validate-args.ts';

/** The largest `first` a nested list accepts; the cost limit counts nested lists at this size when not given. */
export const MAX_NESTED_FIRST = 100;

type RelationParams = Record<string, string | number | boolean | string[] | null>;

/** Starts loading a field of an entity whose id is known before the entity itself is loaded. */
export type Prefetch = (ctx: RequestContext, id: string, args: Record<string, unknown>) => void;

const prefetches = new WeakMap<object, Prefetch>();

/** The prefetch of a field's resolver, when it has one (see prefetch-selections.ts). */
export function prefetchOf(resolver: unknown): Prefetch | undefined {
  return typeof resolver === 'function' ? prefetches.get(resolver) : undefined;
}

// A prefetch only warms the loader's cache; a failure surfaces when the field's resolver awaits the same load.
function withPrefetch<R extends object>(resolver: R, load: (ctx: RequestContext, id: string, args: never) => Promise<unknown>): R {
  prefetches.set(resolver, (ctx, id, args) => {
    try {
      load(ctx, id, args as never).catch(() => undefined);
    } catch {
      // Arguments the resolver will refuse, with its message, when it runs.
    }
  });
  return resolver;
}

/**
 * A resolver for a relation list: it validates `first` and loads the parent's list through the
 * request's loader for `query`, so sibling parents share one query.
 */
export function relationField<T, Args extends { first: number }>(query: QueryName, params?: (args: Args) => RelationParams) {
  const load = (ctx: RequestContext, id: string, args: Args): Promise<T[]> =>
    ctx.loaders.relation<T>(query).load({
      id,
      params: { first: requireIntInRange('first', args.first, 1, MAX_NESTED_FIRST), ...params?.(args) },
    });
  return withPrefetch((parent: { id: string }, args: Args, ctx: RequestContext) => load(ctx, parent.id, args), load);
}

/** A resolver for a relation with at most one item (a statement's speaker), null when there is none. */
export function singleRelationField<T>(query: QueryName) {
  const load = (ctx: RequestContext, id: string) => ctx.loaders.relation<T>(query).load({ id, params: {} });
  return withPrefetch(async (parent: { id: string }, _args: unknown, ctx: RequestContext): Promise<T | null> => {
    const [item] = await load(ctx, parent.id);
    return item ?? null;
  }, load);
}

/** The fields every entity type resolves the same way (aliases need none: the loader always stores a list). */
export const entityFields = {
  mentions: withPrefetch(
    async (entity: EntityRecord, _args: unknown, ctx: RequestContext): Promise<EvidenceRecord[]> =>
      (await ctx.loaders.mentions.load(entity.id)) ?? [],
    (ctx, id) => ctx.loaders.mentions.load(id),
  ),
};

/** The evidence of a node that carries its own (Statement, Statistic). */
export function ownEvidence(record: { evidence: string; evidenceStart: number; evidenceEnd: number; source: string }): EvidenceRecord {
  return { excerpt: record.evidence, start: record.evidenceStart, end: record.evidenceEnd, documentId: record.source };
}

/** Keeps the first `first` statements of a list that arrived with its parent. */
export function firstStatements<T>(parent: { statements: T[] }, args: { first: number }): T[] {
  return parent.statements.slice(0, requireIntInRange('first', args.first, 1, MAX_NESTED_FIRST));
}
