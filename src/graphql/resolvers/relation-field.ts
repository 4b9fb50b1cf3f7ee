import type { QueryName } from '../../db/query-names.ts';
import type { RequestContext } from '../context.ts';
import type { EntityRecord, EvidenceRecord } from '../records.ts';
import { requireIntInRange } from '../validate-args.ts';

/** The largest `first` a nested list accepts; the cost limit counts nested lists at this size when not given. */
export const MAX_NESTED_FIRST = 100;

type RelationParams = Record<string, string | number | boolean | null>;

/**
 * A resolver for a relation list: it validates `first` and loads the parent's list through the
 * request's loader for `query`, so sibling parents share one query.
 */
export function relationField<T, Args extends { first: number }>(query: QueryName, params?: (args: Args) => RelationParams) {
  return (parent: { id: string }, args: Args, ctx: RequestContext): Promise<T[]> =>
    ctx.loaders.relation<T>(query).load({
      id: parent.id,
      params: { first: requireIntInRange('first', args.first, 1, MAX_NESTED_FIRST), ...params?.(args) },
    });
}

/** A resolver for a relation with at most one item (a statement's speaker), null when there is none. */
export function singleRelationField<T>(query: QueryName) {
  return async (parent: { id: string }, _args: unknown, ctx: RequestContext): Promise<T | null> => {
    const [item] = await ctx.loaders.relation<T>(query).load({ id: parent.id, params: {} });
    return item ?? null;
  };
}

/** The fields every entity type resolves the same way (aliases need none: the loader always stores a list). */
export const entityFields = {
  mentions: async (entity: EntityRecord, _args: unknown, ctx: RequestContext): Promise<EvidenceRecord[]> =>
    (await ctx.loaders.mentions.load(entity.id)) ?? [],
};

/** The evidence of a node that carries its own (Statement, Statistic). */
export function ownEvidence(record: { evidence: string; evidenceStart: number; evidenceEnd: number; source: string }): EvidenceRecord {
  return { excerpt: record.evidence, start: record.evidenceStart, end: record.evidenceEnd, documentId: record.source };
}

/** Keeps the first `first` statements of a list that arrived with its parent. */
export function firstStatements<T>(parent: { statements: T[] }, args: { first: number }): T[] {
  return parent.statements.slice(0, requireIntInRange('first', args.first, 1, MAX_NESTED_FIRST));
}
