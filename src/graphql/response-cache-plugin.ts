import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { GraphGateway, GraphVersion } from '../db/graph-gateway.ts';
import type { ServiceMetrics } from '../metrics/create-service-metrics.ts';
import type { RequestContext } from './context.ts';

/** How the response cache behaves. */
export interface ResponseCacheOptions {
  gateway: GraphGateway;
  /** Memory the cached responses of this process may take, counted as the length of their JSON. */
  maxBytes: number;
  metrics?: ServiceMetrics;
}

// Answers never expire by age: a write bumps the graph's version, which is part of every key, so answers of an
// older version are never read again and the LRU drops them. The TTL only bounds how long such leftovers stay.
const MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * Keeps whole responses of query operations in memory, keyed by the query text, operation name, variables and
 * the graph's version. The graph changes only when a document is loaded or removed, and every such write
 * transaction bumps the version kept in Neo4j (cypher/queries/graph-version-bump.cypher), so a write through any
 * worker or replica makes every cached answer unreachable at once. The version is read per request, one tiny
 * index-backed query that requests arriving meanwhile share (see GraphVersionReader), and the request's reads
 * then carry that read's bookmarks, so a cluster follower that lags cannot put an older answer under the newer
 * version. When the version cannot be read the request bypasses the cache and fails or answers as it would
 * without one.
 */
export function createResponseCachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<RequestContext>[] {
  const versions = new GraphVersionReader(options.gateway);
  const bypass = new WeakSet<RequestContext>();
  return [
    // Every field may be cached (the API serves one public graph to everyone); no Cache-Control header from this.
    ApolloServerPluginCacheControl({ defaultMaxAge: MAX_AGE_SECONDS, calculateHttpHeaders: false }),
    responseCachePlugin<RequestContext>({
      cache: new InMemoryLRUCache<string>({ maxSize: options.maxBytes }),
      async extraCacheKeyData({ contextValue }) {
        try {
          const { version, bookmarks } = await versions.read();
          contextValue.scope.bookmarks = bookmarks;
          return version;
        } catch {
          bypass.add(contextValue);
          return null;
        }
      },
      shouldReadFromCache: async ({ contextValue }) => !bypass.has(contextValue),
      shouldWriteToCache: async ({ contextValue }) => !bypass.has(contextValue),
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ operation, metrics, response, contextValue }) {
            // As without the cache: answers are fresh per request, so HTTP caches keep none.
            if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
            if (operation?.operation !== 'query' || bypass.has(contextValue)) return;
            options.metrics?.countResponseCache(metrics.responseCacheHit ? 'hit' : 'miss');
          },
        };
      },
    },
  ];
}

/**
 * Reads the graph's version for the requests of one process. Requests that arrive while a read is on its way
 * share it instead of starting their own, so under load the check costs one round trip per round trip's worth of
 * requests, not one per request. A request never reuses a read that finished before it arrived, so the version
 * it sees is at most one round trip older than the request.
 */
export class GraphVersionReader {
  readonly #gateway: GraphGateway;
  #pending: Promise<GraphVersion> | undefined;

  constructor(gateway: GraphGateway) {
    this.#gateway = gateway;
  }

  /** The version, from a read in flight now or one started by this call. */
  read(): Promise<GraphVersion> {
    this.#pending ??= this.#gateway.readGraphVersion().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }
}
