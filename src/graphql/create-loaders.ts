import DataLoader from 'dataloader';
import type { BundlePart } from '../db/cypher-catalog.ts';
import type { GraphGateway, NamedRead, RequestScope, Row } from '../db/graph-gateway.ts';
import type { QueryName } from '../db/query-names.ts';
import { EcokgError } from '../errors/error-codes.ts';
import type { EntityRecord, EvidenceRecord } from './records.ts';

/** Read access for one request: named queries only, each counted as a round trip. */
export interface RequestDb {
  read(query: QueryName, params?: Record<string, unknown>): Promise<Row[]>;
  /** The parts of a bundle query, or undefined for a query that is not one. */
  bundleParts(query: QueryName): readonly BundlePart[] | undefined;
}

/**
 * Binds the gateway to one request's metrics, and sends the reads a request makes in the same turn of the
 * event loop (the loaders of sibling fields dispatch together) in one read transaction: a region with its
 * sub-regions, policies and statistics costs one transaction for the three lists instead of three. The batching is
 * DataLoader's own, scheduled with setImmediate so that it runs after the microtasks and nextTicks in which the
 * other loaders dispatch their batches.
 */
export function createRequestDb(gateway: GraphGateway, scope: RequestScope): RequestDb {
  const readAlone = (read: NamedRead) => gateway.read(read.query, read.params, scope).catch((error: unknown) => toError(error));
  const reads = new DataLoader<NamedRead, Row[]>(
    async (batch) => {
      if (batch.length === 1) return [await readAlone(batch[0]!)];
      try {
        return await gateway.readAll([...batch], scope);
      } catch (error) {
        // The database being unavailable, busy or slow concerns every query alike: all fail with that error.
        if (error instanceof EcokgError) return batch.map(() => error);
        // A query's own error fails the whole transaction; each query runs alone again, so only its field fails.
        return Promise.all(batch.map(readAlone));
      }
    },
    { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch) },
  );
  return { read: (query, params = {}) => reads.load({ query, params }), bundleParts: (query) => gateway.bundleParts(query) };
}

// DataLoader passes an Error instance on to the one load it belongs to; anything else thrown is wrapped.
function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** A relation list of one entity, with the arguments that shape it (first, filters). */
export interface RelationKey {
  id: string;
  params: Record<string, string | number | boolean | string[] | null>;
}

/** Loads the relation lists of many entities with one query per distinct set of arguments. */
export type RelationLoader<T> = DataLoader<RelationKey, T[], string>;

/**
 * Creates one loader per relation query. All keys collected in one tick become one query per distinct
 * argument set (usually one), so a page of 20 people with their organizations costs one round trip.
 */
export function createRelationLoader<T>(db: RequestDb, query: QueryName): RelationLoader<T> {
  return new DataLoader<RelationKey, T[], string>(
    async (keys) => {
      const groups = new Map<string, { params: RelationKey['params']; ids: Set<string> }>();
      for (const key of keys) {
        const groupKey = JSON.stringify(key.params);
        const group = groups.get(groupKey) ?? { params: key.params, ids: new Set<string>() };
        group.ids.add(key.id);
        groups.set(groupKey, group);
      }
      const itemsByKey = new Map<string, T[]>();
      await Promise.all(
        [...groups.entries()].map(async ([groupKey, group]) => {
          const rows = await db.read(query, { ...group.params, ids: [...group.ids] });
          for (const row of rows) itemsByKey.set(`${row.id as string}|${groupKey}`, row.items as T[]);
        }),
      );
      return keys.map((key) => itemsByKey.get(`${key.id}|${JSON.stringify(key.params)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.id}|${JSON.stringify(key.params)}` },
  );
}

/** Loads entities by id; an unknown id loads as null. */
function createEntityLoader(db: RequestDb): DataLoader<string, EntityRecord | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('entities-by-id', { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row.node as EntityRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads one value per id from a query returning `id` and `field`. */
function createValueLoader<T>(db: RequestDb, query: QueryName, field: string): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(query, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row[field] as T]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Every loader of one request; made fresh per request so nothing is cached across users. */
export function createLoaders(db: RequestDb) {
  const relation = <T>(query: QueryName) => createRelationLoader<T>(db, query);
  return {
    entity: createEntityLoader(db),
    mentions: createValueLoader<EvidenceRecord[]>(db, 'entity-mentions', 'items'),
    documentText: createValueLoader<string>(db, 'document-text', 'text'),
    relation: memoize(relation),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;

// One loader per query name for the whole request, created on first use.
function memoize<T>(make: (query: QueryName) => RelationLoader<T>): <U>(query: QueryName) => RelationLoader<U> {
  const loaders = new Map<QueryName, RelationLoader<T>>();
  return <U>(query: QueryName) => {
    let loader = loaders.get(query);
    if (!loader) {
      loader = make(query);
      loaders.set(query, loader);
    }
    return loader as unknown as RelationLoader<U>;
  };
}
