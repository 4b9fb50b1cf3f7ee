import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { GraphGateway, GraphVersion } from '../db/graph-gateway.ts';
import type { ServiceMetrics } from '../metrics/create-service-metrics.ts';
import type { RequestContext } from './context.ts';
import { noStorePlugin } from './no-store-plugin.ts';

/** How the response cache behaves. */
export interface ResponseCacheOptions {
  gateway: GraphGateway;
  /** Memory the cached responses of this process may take, counted as the length of their JSON. */
  maxBytes: number;
  metrics?: ServiceMetrics;
}

// Answers never expire by age: a write bumps the graph's version, which is part of every key, so answers of an
// older version are never read again and the LRU drops them. The TTL only bounds how long such leftovers stay.
export const RESPONSE_CACHE_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * Keeps whole responses of query operations in memory, keyed by the query text, operation name, variables and
 * the graph's version. The graph changes only when a document is loaded or removed, and every such write
 * transaction bumps the version kept in Neo4j (cypher/queries/graph-version-bump.cypher), so a write through any
 * worker or replica makes every cached answer unreachable at once. The version is read per request, one tiny
 * index-backed query that requests arriving together share (see GraphVersionReader), and the request's reads
 * then carry that read's bookmarks, so a cluster follower that lags cannot put an older answer under the newer
 * version. When the version cannot be read the request bypasses the cache and fails or answers as it would
 * without one.
 */
export function createResponseCachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<RequestContext>[] {
  const versions = new GraphVersionReader(options.gateway);
  const bypass = new WeakSet<RequestContext>();
  return [
    // Every field may be cached (the API serves one public graph to everyone); no Cache-Control header from this.
    ApolloServerPluginCacheControl({ defaultMaxAge: RESPONSE_CACHE_MAX_AGE_SECONDS, calculateHttpHeaders: false }),
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
    // As without the cache: answers are fresh per request, so HTTP caches keep none.
    noStorePlugin,
    {
      async requestDidStart() {
        return {
          async willSendResponse({ operation, metrics, contextValue }) {
            if (operation?.operation !== 'query' || bypass.has(contextValue)) return;
            options.metrics?.countResponseCache(metrics.responseCacheHit ? 'hit' : 'miss');
          },
        };
      },
    },
  ];
}

/**
 * Reads the graph's version for the requests of one process. Every request's answer comes from a read that
 * started after the request arrived, so a write committed before a request arrives is never missed (on a
 * cluster, as far as the follower that answers has caught up, as for any read). Requests that arrive while a
 * read is on its way share the next one, which starts when that read ends: under load the check costs one
 * round trip per round trip's worth of requests, not one per request.
 */
export class GraphVersionReader {
  readonly #gateway: GraphGateway;
  #running: Promise<GraphVersion> | undefined;
  #queued: Promise<GraphVersion> | undefined;

  constructor(gateway: GraphGateway) {
    this.#gateway = gateway;
  }

  /** The version, from a read that starts now or as soon as the read on its way ends. */
  read(): Promise<GraphVersion> {
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running.then(
      () => this.#start(),
      () => this.#start(),
    );
    return this.#queued;
  }

  #start(): Promise<GraphVersion> {
    this.#queued = undefined;
    const read = this.#gateway.readGraphVersion();
    this.#running = read;
    read.then(
      () => this.#done(read),
      () => this.#done(read),
    );
    return read;
  }

  #done(read: Promise<GraphVersion>): void {
    if (this.#running === read) this.#running = undefined;
  }
}
