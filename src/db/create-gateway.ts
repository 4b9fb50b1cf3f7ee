import neo4j from 'neo4j-driver';
import type { Config } from '../config/load-config.ts';
import type { WaitObserver } from './concurrency-limiter.ts';
import { loadCypherCatalog } from './cypher-catalog.ts';
import { loadFragmentCatalog } from './cypher-fragments.ts';
import { GraphGateway } from './graph-gateway.ts';
import { QUERY_NAMES } from './query-names.ts';

/** Where and as whom to connect: the configured Neo4j, or the local one `npm start` launched. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/**
 * Creates the driver (once per process) and the gateway over it, after checking that every query the
 * code names has its file in cypher/queries and that every fragment of cypher/fields parses.
 */
export async function createGateway(
  config: Config,
  connection: Neo4jConnection,
  options: { observeWait?: WaitObserver } = {},
): Promise<GraphGateway> {
  const catalog = await loadCypherCatalog();
  const missing = QUERY_NAMES.filter((name) => !catalog.has(name));
  if (missing.length > 0) throw new Error(`Missing Cypher files in cypher/queries: ${missing.map((name) => `${name}.cypher`).join(', ')}`);
  // The fragments GraphQL requests are compiled from: a file that does not parse stops start-up, not a request.
  await loadFragmentCatalog();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Counts and offsets stay far below 2^53, so plain numbers are exact and spare every resolver a conversion.
    disableLosslessIntegers: true,
    // One connection beyond the limiter's slots, for the readiness probe, which must never wait behind queries.
    maxConnectionPoolSize: config.maxPoolSize + 1,
    connectionAcquisitionTimeout: config.acquisitionTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    // Managed transactions retry transient errors (a leader switch, a deadlock) for this long, then fail.
    maxTransactionRetryTime: config.maxRetryTimeMs,
    userAgent: 'ecokg/0.1',
  });
  return new GraphGateway({
    driver,
    database: config.neo4jDatabase,
    catalog,
    transactionTimeoutMs: config.transactionTimeoutMs,
    maxRetryTimeMs: config.maxRetryTimeMs,
    maxConcurrent: config.maxPoolSize,
    maxQueued: config.maxQueued,
    // A query waits for a slot no longer than the driver would wait for a connection.
    maxWaitMs: config.acquisitionTimeoutMs,
    observeWait: options.observeWait,
  });
}
