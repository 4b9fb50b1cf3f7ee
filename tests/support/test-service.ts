import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../../src/config/load-config.ts';
import { createGateway } from '../../src/db/create-gateway.ts';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { createPagesHandler } from '../../src/http/serve-pages.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { type RunningService, startService } from '../../src/service/start-service.ts';

/** The tests' Neo4j connection, as the global setup provided it. */
export function testConnection() {
  return inject('neo4j');
}

/** A gateway to the tests' Neo4j; close it in afterAll. */
export function createTestGateway(env: Record<string, string> = {}): Promise<GraphGateway> {
  return createGateway(loadConfig({ NODE_ENV: 'test', ...env }), testConnection());
}

/** One GraphQL response as a client sees it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
  extensions?: Record<string, unknown>;
}

/** A service running in this test process on a free port of 127.0.0.1, against the tests' Neo4j. */
export interface TestService {
  url: string;
  service: RunningService;
  /** Posts a GraphQL document (a string or a gql-tagged document) and returns status, data and errors. */
  graphql<T = Record<string, unknown>>(
    query: string | { loc?: { source: { body: string } } },
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts the service on port 0 (a free port) with the graph the global setup seeded. The response cache is off
 * unless `env` turns it on: most tests count what each request costs the database. `connection` reaches the
 * tests' Neo4j another way (through a relay a test can cut, tests/support/neo4j-proxy.ts).
 */
export async function startTestService(
  env: Record<string, string> = {},
  options: { connection?: ReturnType<typeof testConnection> } = {},
): Promise<TestService> {
  const config: Config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RESPONSE_CACHE: 'false', ...env });
  const logs: string[] = [];
  const logger = createLogger({ level: config.logLevel, destination: { write: (line: string) => void logs.push(line) } });
  const service = await startService({
    config,
    connection: options.connection ?? testConnection(),
    logger,
    seedWhenEmpty: false,
    serveStatic: createPagesHandler({ playground: config.playground }),
  });
  return {
    url: service.url,
    service,
    logs,
    async graphql(query, variables) {
      const text = typeof query === 'string' ? query : (query.loc?.source.body ?? '');
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    stop: () => service.stop(),
  };
}

/** Runs Cypher directly on the tests' Neo4j: tests check the graph itself, not only through the API. */
export async function withDriver<T>(
  work: (run: (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>) => Promise<T>,
): Promise<T> {
  const { uri, user, password } = testConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    return await work(async (cypher, params = {}) => {
      const result = await driver.executeQuery(cypher, params, { database: 'neo4j' });
      return result.records.map((record) => record.toObject());
    });
  } finally {
    await driver.close();
  }
}
