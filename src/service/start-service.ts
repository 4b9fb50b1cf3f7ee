import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/load-config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { createGateway, type Neo4jConnection } from '../db/create-gateway.ts';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { warmQueryPlans } from '../db/warm-query-plans.ts';
import { EcokgError } from '../errors/error-codes.ts';
import { createRequestContext } from '../graphql/context.ts';
import { createApolloServer } from '../graphql/create-apollo-server.ts';
import { createAdminHandler } from '../http/create-admin-handler.ts';
import { createHttpServer, type Readiness, type StaticHandler } from '../http/create-http-server.ts';
import type { Logger } from '../logging/create-logger.ts';
import { isGraphEmpty, loadSeedDocuments } from '../seed/load-seed.ts';
import { listSeedFolders, validateSeedFolders } from '../seed/validate-seed.ts';

/** The seed/ folder of this checkout. */
export const SEED_ROOT = fileURLToPath(new URL('../../seed/', import.meta.url));

/** Raised when the service cannot start; its message is the one line to show. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** A running service. */
export interface RunningService {
  /** Base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  gateway: GraphGateway;
  /** Stops accepting requests, waits for those in flight, and closes the driver. */
  stop(): Promise<void>;
}

/** How to start the service. */
export interface StartServiceOptions {
  config: Config;
  connection: Neo4jConnection;
  logger: Logger;
  /** Load seed/ when the graph has no entity yet. @default true */
  seedWhenEmpty?: boolean;
  serveStatic?: StaticHandler;
}

/**
 * Starts the service: binds the HTTP port first (so a busy port fails before any slow work), connects to
 * Neo4j, applies the Cypher schema, seeds an empty graph, and only then serves GraphQL.
 */
export async function startService(options: StartServiceOptions): Promise<RunningService> {
  const { config, connection, logger } = options;
  const gateway = await createGateway(config, connection);
  const apollo = createApolloServer({
    logger,
    production: config.nodeEnv === 'production',
    introspection: config.introspection,
  });
  let started = false;
  let schemaApplied = false;
  const httpServer = createHttpServer({
    apollo,
    createContext: () => createRequestContext(gateway),
    isStarted: () => started,
    checkReadiness: () => checkReadiness(gateway, schemaApplied),
    corsOrigins: config.corsOrigins,
    logger,
    serveStatic: options.serveStatic,
    admin: config.adminToken ? createAdminHandler({ token: config.adminToken, gateway, logger }) : undefined,
  });

  await listen(httpServer, config.port, config.host).catch(async (error: NodeJS.ErrnoException) => {
    await gateway.close();
    if (error.code === 'EADDRINUSE') throw new StartupError(`Port ${config.port} on ${config.host} is already in use; stop what uses it or set PORT`);
    if (error.code === 'EACCES') throw new StartupError(`Not allowed to listen on ${config.host}:${config.port}; choose a PORT above 1023`);
    throw new StartupError(`Cannot listen on ${config.host}:${config.port}: ${error.message}`);
  });

  try {
    await connect(gateway, connection);
    await applySchema(gateway);
    schemaApplied = true;
    if (options.seedWhenEmpty !== false && (await isGraphEmpty(gateway))) await seedFromFolder(gateway, logger);
    await apollo.start();
    started = true;
    // Plans every query once while the service already answers, so no user's first question waits for a plan.
    void warmQueryPlans(gateway).then((summary) => logger.info(summary, 'query plans warmed'));
  } catch (error) {
    await new Promise((resolve) => httpServer.close(resolve));
    await gateway.close();
    throw error;
  }

  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  return {
    url,
    gateway,
    async stop() {
      started = false;
      httpServer.closeIdleConnections();
      await new Promise((resolve) => httpServer.close(resolve));
      await apollo.stop();
      await gateway.close();
    },
  };
}

/** Validates and loads every document under seed/, logging what was written. */
export async function seedFromFolder(gateway: GraphGateway, logger: Logger, root: string = SEED_ROOT): Promise<void> {
  const documents = await validateSeedFolders(await listSeedFolders(root));
  const summary = await loadSeedDocuments(gateway, documents);
  logger.info({ ...summary, from: path.relative(process.cwd(), root) || '.' }, 'seeded the empty graph');
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

async function checkReadiness(gateway: GraphGateway, schemaApplied: boolean): Promise<Readiness> {
  if (!schemaApplied) return { ready: false, reason: 'the Cypher schema is not applied yet' };
  try {
    await gateway.ping();
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
