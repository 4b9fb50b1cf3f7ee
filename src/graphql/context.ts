import type { GraphGateway, RequestMetrics } from '../db/graph-gateway.ts';
import { createLoaders, createRequestDb, type Loaders, type RequestDb } from './create-loaders.ts';

/** What every resolver of one request gets: read access, the request's loaders, and its metrics. */
export interface RequestContext {
  db: RequestDb;
  loaders: Loaders;
  metrics: RequestMetrics;
}

/** Creates a fresh context per request, so loader caches never outlive the request. */
export function createRequestContext(gateway: GraphGateway): RequestContext {
  const metrics: RequestMetrics = { roundTrips: 0, queries: 0 };
  const db = createRequestDb(gateway, metrics);
  return { db, loaders: createLoaders(db), metrics };
}
