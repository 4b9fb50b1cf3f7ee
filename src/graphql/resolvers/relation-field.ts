import type { QueryName } from '../../db/query-names.ts';
import type { RequestContext } from '../context.ts';
import type { RelationKey } from '../create-loaders.ts';
import type { RequireFields } from '../generated/resolvers-types.ts';
import type { EntityRecord, EvidenceRecord } from '../records.ts';
import { requireIntInRange } from '../validate-args.ts';

/** The largest `first` a nested list accepts; the cost limit counts nested lists at this size when not given. */
export const MAX_NESTED_FIRST = 100;

/** The parameters of a relation query besides the ids. */
export type RelationParams = Record<string, string | number | boolean | string[] | null>;

/**
 * A load a field makes of an entity whose id is known: its query and parameters, so a lookup can make it inside the
 * entity's bundle query (create-loaders.ts), and how to hand the bundle's answer to the loader the field reads.
 */
export interface PlannedLoad {
  query: QueryName;
  params: RelationParams;
  /** Gives the loader the field reads this answer; null when there was nothing to list. */
  prime(items: unknown[] | null): void;
  /** Starts the load on its own, when no bundle makes it. */
  start(): void;
}

/** The load a field would make for the entity `id` with `args`; throws for arguments the field refuses. */
export type LoadPlan = (ctx: RequestContext, id: string, args: Record<string, unknown>) => PlannedLoad;

const plans = new WeakMap<object, LoadPlan>();

/** The load plan of a field's resolver, when it has one (see prefetch-selections.ts). */
export function loadPlanOf(resolver: unknown): LoadPlan | undefined {
  return typeof resolver === 'function' ? plans.get(resolver) : undefined;
}

/** Marks a field's resolver with the load it would make, so a lookup of its entity can make it early. */
export function withPlan<R extends object>(resolver: R, plan: LoadPlan): R {
  plans.set(resolver, plan);
  return resolver;
}

/** The planned load of a relation list through the request's loader for `query`. */
export function plannedRelation(ctx: RequestContext, query: QueryName, key: RelationKey): PlannedLoad {
  const loader = ctx.loaders.relation<unknown>(query);
  return {
    query,
    params: key.params,
    prime: (items) => loader.prime(key, items ?? []),
    // A load started early only warms the cache; a failure surfaces when the field's resolver awaits the same load.
    start: () => void loader.load(key).catch(() => undefined),
  };
}

/**
 * A resolver for a relation list: it validates `first` and loads the parent's list through the
 * request's loader for `query`, so sibling parents share one query.
 */
export function relationField<T, FieldArgs extends { first?: number | null }>(
  query: QueryName,
  params?: (args: RequireFields<FieldArgs, 'first'>) => RelationParams,
) {
  // Args as resolvers get them: GraphQL has filled in `first` from its default in schema.graphql.
  type Args = RequireFields<FieldArgs, 'first'>;
  const keyOf = (id: string, args: Args): RelationKey => ({
    id,
    params: { first: requireIntInRange('first', args.first, 1, MAX_NESTED_FIRST), ...params?.(args) },
  });
  return withPlan(
    (parent: { id: string }, args: Args, ctx: RequestContext) => ctx.loaders.relation<T>(query).load(keyOf(parent.id, args)),
    (ctx, id, args) => plannedRelation(ctx, query, keyOf(id, args as Args)),
  );
}

/** A resolver for a relation with at most one item (a statement's speaker), null when there is none. */
export function singleRelationField<T>(query: QueryName) {
  return withPlan(
    async (parent: { id: string }, _args: unknown, ctx: RequestContext): Promise<T | null> => {
      const [item] = await ctx.loaders.relation<T>(query).load({ id: parent.id, params: {} });
      return item ?? null;
    },
    (ctx, id) => plannedRelation(ctx, query, { id, params: {} }),
  );
}

/** The fields every entity type resolves the same way (aliases need none: the loader always stores a list). */
export const entityFields = {
  mentions: withPlan(
    async (entity: EntityRecord, _args: unknown, ctx: RequestContext): Promise<EvidenceRecord[]> =>
      (await ctx.loaders.mentions.load(entity.id)) ?? [],
    (ctx, id) => ({
      query: 'entity-mentions',
      params: {},
      prime: (items) => ctx.loaders.mentions.prime(id, (items ?? []) as EvidenceRecord[]),
      start: () => void ctx.loaders.mentions.load(id).catch(() => undefined),
    }),
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
