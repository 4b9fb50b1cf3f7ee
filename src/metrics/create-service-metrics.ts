import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { WaitOutcome } from '../db/concurrency-limiter.ts';

/** The HTTP routes metrics tell apart; anything else is `other`, so a scan of random paths adds no series. */
export type HttpRoute = 'graphql' | 'health' | 'ready' | 'metrics' | 'admin' | 'browser-files' | 'pages' | 'other';

/** Where the Neo4j pool gauges read from: the gateway's limiter, whose slots are the connections in use. */
export interface PoolSource {
  load: { running: number; waiting: number };
  maxConnections: number;
}

/** A GraphQL operation's name as a metrics label: the client's name when it is a plain name, else a placeholder. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
// Clients choose operation names; past this many distinct ones per process, new names count as `_other`.
const MAX_OPERATION_LABELS = 200;

// Seconds; from an answer out of the response cache (well under 1 ms) to a request at the transaction timeout.
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The service's metrics, in one registry per service (tests run several services in one process). */
export interface ServiceMetrics {
  registry: Registry;
  /** Counts an HTTP request by route, method and status, as its answer's headers are written. */
  countHttp(route: HttpRoute, method: string, status: number): void;
  /** Observes how long an HTTP request took, once its answer is complete (or its connection closed). */
  observeHttpDuration(route: HttpRoute, seconds: number): void;
  observeGraphQL(operationName: string | null | undefined, seconds: number, errorCodes: readonly string[]): void;
  observeQueueWait(outcome: WaitOutcome, waitedMs: number): void;
  countResponseCache(result: 'hit' | 'miss'): void;
  /** Reads the pool gauges from `source` at every scrape. */
  watchPool(source: PoolSource): void;
}

/** Creates the Prometheus metrics of one service: HTTP, GraphQL by operation, the Neo4j pool and queue, the response cache, the process. */
export function createServiceMetrics(): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const httpRequests = new Counter({
    name: 'ecokg_http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers,
  });
  const httpDuration = new Histogram({
    name: 'ecokg_http_request_duration_seconds',
    help: 'Time from a request arriving to its response ending, by route.',
    labelNames: ['route'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const graphqlRequests = new Counter({
    name: 'ecokg_graphql_requests_total',
    help: 'GraphQL requests, by operation name.',
    labelNames: ['operation'],
    registers,
  });
  const graphqlDuration = new Histogram({
    name: 'ecokg_graphql_request_duration_seconds',
    help: 'GraphQL request latency from parsing to the response, by operation name.',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const graphqlErrors = new Counter({
    name: 'ecokg_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and error code (extensions.code).',
    labelNames: ['operation', 'code'],
    registers,
  });
  const queueWait = new Histogram({
    name: 'ecokg_neo4j_queue_wait_seconds',
    help: 'How long queries waited for a free Neo4j connection slot before running (0 when one was free).',
    buckets: [0, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5],
    registers,
  });
  const queueRefusals = new Counter({
    name: 'ecokg_neo4j_queue_refusals_total',
    help: 'Queries that never ran: the wait list was full, the wait timed out, or the client went away while waiting.',
    labelNames: ['reason'],
    registers,
  });
  const responseCache = new Counter({
    name: 'ecokg_response_cache_requests_total',
    help: 'Query operations looked up in the response cache, by result (hit or miss).',
    labelNames: ['result'],
    registers,
  });

  const pools: PoolSource[] = [];
  const sumOf = (pick: (pool: PoolSource) => number) => pools.reduce((sum, pool) => sum + pick(pool), 0);
  new Gauge({
    name: 'ecokg_neo4j_connections_in_use',
    help: 'Neo4j connections running a query now (the limiter slots taken).',
    registers,
    collect() {
      this.set(sumOf((pool) => pool.load.running));
    },
  });
  new Gauge({
    name: 'ecokg_neo4j_connections_max',
    help: 'Neo4j connections queries may use at once (NEO4J_MAX_POOL_SIZE per process).',
    registers,
    collect() {
      this.set(sumOf((pool) => pool.maxConnections));
    },
  });
  new Gauge({
    name: 'ecokg_neo4j_queries_waiting',
    help: 'Queries waiting for a free Neo4j connection now.',
    registers,
    collect() {
      this.set(sumOf((pool) => pool.load.waiting));
    },
  });

  const operations = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return '_anonymous';
    if (!OPERATION_NAME.test(name)) return '_invalid';
    if (operations.has(name)) return name;
    if (operations.size >= MAX_OPERATION_LABELS) return '_other';
    operations.add(name);
    return name;
  };

  return {
    registry,
    countHttp(route, method, status) {
      httpRequests.inc({ route, method: /^(GET|POST|HEAD|OPTIONS)$/.test(method) ? method : 'other', status: String(status) });
    },
    observeHttpDuration(route, seconds) {
      httpDuration.observe({ route }, seconds);
    },
    observeGraphQL(operationName, seconds, errorCodes) {
      const operation = operationLabel(operationName);
      graphqlRequests.inc({ operation });
      graphqlDuration.observe({ operation }, seconds);
      for (const code of errorCodes) graphqlErrors.inc({ operation, code });
    },
    observeQueueWait(outcome, waitedMs) {
      if (outcome === 'granted') queueWait.observe(waitedMs / 1000);
      else queueRefusals.inc({ reason: outcome });
    },
    countResponseCache(result) {
      responseCache.inc({ result });
    },
    watchPool(source) {
      pools.push(source);
    },
  };
}
