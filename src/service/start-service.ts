import type { AddressInfo } from 'node:net';
import type { Config } from '../config/load-config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { createGateway, type Neo4jConnection } from '../db/create-gateway.ts';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError } from '../errors/error-codes.ts';
import { createRequestContext } from '../graphql/context.ts';
import { createApolloServer } from '../graphql/create-apollo-server.ts';
import { createAdminHandler } from '../http/create-admin-handler.ts';
import { createHttpServer, type HttpServerOptions, type MetricsSource, type Readiness } from '../http/create-http-server.ts';
import type { StaticHandler } from '../http/http-responses.ts';
import { createBrowserFilesHandler } from '../http/serve-browser-files.ts';
import type { Logger } from '../logging/create-logger.ts';
import { createServiceMetrics, type ServiceMetrics } from '../metrics/create-service-metrics.ts';
import { backfillTextChecksums } from '../seed/existing-documents.ts';
import { isGraphEmpty } from '../seed/load-seed.ts';
import { seedFromFolder } from '../seed/seed-from-folder.ts';

/** Raised when the service cannot start; its message is the one line to show. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** A running service. */
export interface RunningService {
  /** Base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  gateway: GraphGateway;
  metrics: ServiceMetrics;
  /**
   * Stops: /ready turns 503, the server takes no new connections, requests in flight finish (for at most
   * SHUTDOWN_GRACE_MS, then their connections close and their queries are cancelled), and the driver closes.
   */
  stop(): Promise<void>;
}

/** How to start the service. */
export interface StartServiceOptions {
  config: Config;
  connection: Neo4jConnection;
  logger: Logger;
  /** Load seed/ when the graph has no entity yet. @default config.seedOnStart */
  seedWhenEmpty?: boolean;
  serveStatic?: StaticHandler;
  /**
   * Bind the port only once GraphQL answers. A cluster worker does, because the primary hands connections only
   * to workers that listen. Otherwise the port is bound first, so a busy port fails before any slow work, and
   * /ready says 503 until GraphQL answers. @default false
   */
  listenWhenReady?: boolean;
  /** This process's metrics. @default new ones */
  metrics?: ServiceMetrics;
  /** What /metrics answers. @default this process's metrics */
  metricsText?: MetricsSource;
}

/**
 * Starts the service: binds the HTTP port (first, unless `listenWhenReady`), connects to Neo4j, applies the
 * Cypher schema and seeds an empty graph (each when configured), and only then serves GraphQL and says ready.
 */
export async function startService(options: StartServiceOptions): Promise<RunningService> {
  const { config, connection, logger } = options;
  const metrics = options.metrics ?? createServiceMetrics();
  const gateway = await createGateway(config, connection, { observeWait: metrics.observeQueueWait });
  metrics.watchPool({
    get load() {
      return gateway.load;
    },
    maxConnections: config.maxPoolSize,
  });
  let state: 'starting' | 'started' | 'stopping' = 'starting';
  const httpOptions: HttpServerOptions = {
    createContext: (request) => createRequestContext(gateway, request),
    // While stopping, requests already on their way still get answers: the drain waits for them.
    isStarted: () => state !== 'starting',
    checkReadiness: () => checkReadiness(gateway, state),
    corsOrigins: config.corsOrigins,
    logger,
    serveStatic: options.serveStatic,
    admin: config.adminToken ? createAdminHandler({ token: config.adminToken, gateway, logger }) : undefined,
    browserFiles: await createBrowserFilesHandler(),
    metrics,
    metricsText: options.metricsText ?? (async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() })),
  };
  const httpServer = createHttpServer(httpOptions);
  const apollo = createApolloServer({
    logger,
    production: config.nodeEnv === 'production',
    introspection: config.introspection,
    metrics,
    drain: { httpServer, gracePeriodMs: config.shutdownGraceMs },
    responseCache: config.responseCache ? { gateway, maxBytes: config.responseCacheMaxBytes } : undefined,
  });
  httpOptions.apollo = apollo;

  const bind = () =>
    listen(httpServer, config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new StartupError(`Port ${config.port} on ${config.host} is already in use; stop what uses it or set PORT`);
      if (error.code === 'EACCES') throw new StartupError(`Not allowed to listen on ${config.host}:${config.port}; choose a PORT above 1023`);
      throw new StartupError(`Cannot listen on ${config.host}:${config.port}: ${error.message}`);
    });

  try {
    if (!options.listenWhenReady) await bind();
    await prepareGraph(gateway, connection, { migrate: config.migrateOnStart, seed: options.seedWhenEmpty ?? config.seedOnStart, logger });
    await apollo.start();
    state = 'started';
    if (options.listenWhenReady) await bind();
  } catch (error) {
    if (state === 'started') await apollo.stop();
    if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
    await gateway.close();
    throw error;
  }

  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    gateway,
    metrics,
    stop() {
      stopped ??= (async () => {
        state = 'stopping';
        await apollo.stop();
        await gateway.close();
      })();
      return stopped;
    },
  };
}

/**
 * Connects to Neo4j (failing with one line that names the problem), then applies the Cypher schema and seeds
 * an empty graph when asked: what start-up does once, in the only process or in the primary before its workers.
 */
export async function prepareGraph(
  gateway: GraphGateway,
  connection: Neo4jConnection,
  options: { migrate: boolean; seed: boolean; logger: Logger },
): Promise<void> {
  await connect(gateway, connection);
  if (options.migrate) {
    await applySchema(gateway);
    await backfillTextChecksums(gateway);
  }
  if (options.seed && (await isGraphEmpty(gateway))) await seedFromFolder(gateway, options.logger);
}

async function connect(gateway: GraphGateway, connection: Neo4jConnection): Promise<void> {
  try {
    await gateway.ping();
  } catch (error) {
    const cause = error instanceof EcokgError ? (error.cause as { code?: string } | undefined) : undefined;
    if (cause?.code?.startsWith('Neo.ClientError.Security.')) {
      throw new StartupError(`Neo4j at ${connection.uri} refused user "${connection.user}": check NEO4J_USER and NEO4J_PASSWORD`);
    }
    if (cause?.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      throw new StartupError(`Neo4j at ${connection.uri} has no database named by NEO4J_DATABASE`);
    }
    throw new StartupError(`Cannot reach Neo4j at ${connection.uri}: is it running? (set NEO4J_URI, or unset it to start a local Neo4j)`);
  }
}

/**
 * Ready means a GraphQL request would be answered now: the service has started (connected, schema applied,
 * seeded, Apollo started), is not stopping, and Neo4j answers a probe that never waits behind the query queue.
 */
async function checkReadiness(gateway: GraphGateway, state: 'starting' | 'started' | 'stopping'): Promise<Readiness> {
  if (state === 'starting') return { ready: false, reason: 'the service is starting: GraphQL does not answer yet' };
  if (state === 'stopping') return { ready: false, reason: 'the service is stopping' };
  try {
    await gateway.healthCheck();
    return { ready: true };
  } catch {
    return { ready: false, reason: 'Neo4j is unreachable' };
  }
}

function listen(server: ReturnType<typeof createHttpServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
