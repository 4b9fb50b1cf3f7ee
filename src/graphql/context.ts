import type { GraphGateway, RequestMetrics, RequestScope } from '../db/graph-gateway.ts';
import type { Logger } from '../logging/create-logger.ts';
import { createLoaders, createRequestDb, type Loaders, type RequestDb } from './create-loaders.ts';

/** What every resolver of one request gets: read access, the request's loaders, and its metrics. */
export interface RequestContext {
  db: RequestDb;
  loaders: Loaders;
  metrics: RequestMetrics;
  /** Lent to every query of the request: its metrics, its cancellation, and the bookmarks its reads must see. */
  scope: RequestScope;
  /** The request's logger, carrying its request id; absent when an operation is executed in-process. */
  logger?: Logger;
}

/** What the HTTP layer knows of a request when it creates its context. */
export interface RequestContextOptions {
  /** Aborted when the client goes away, which cancels the request's queries. */
  signal?: AbortSignal;
  logger?: Logger;
}

/** Creates a fresh context per request, so loader caches never outlive the request. */
export function createRequestContext(gateway: GraphGateway, options: RequestContextOptions = {}): RequestContext {
  const metrics: RequestMetrics = { roundTrips: 0, queries: 0 };
  const scope: RequestScope = { metrics, signal: options.signal };
  const db = createRequestDb(gateway, scope);
  return { db, loaders: createLoaders(db), metrics, scope, logger: options.logger };
}
