/**
 * `npm start`: validates the configuration, starts a local Neo4j when NEO4J_URI is not set, then runs the
 * service until Ctrl-C or SIGTERM, which stop the server and the Neo4j it started. Any start-up failure
 * ends with one line naming the problem and a non-zero exit.
 */
import path from 'node:path';
import { type Config, ConfigError, LOCAL_NEO4J_DEV_PASSWORD, loadConfig } from './config/load-config.ts';
import type { Neo4jConnection } from './db/create-gateway.ts';
import { ensureWebBuild } from './http/ensure-web-build.ts';
import { createPagesHandler } from './http/serve-pages.ts';
import { createLogger } from './logging/create-logger.ts';
import { type LocalNeo4j, startLocalNeo4j } from './neo4j-local/start-local-neo4j.ts';
import { SeedValidationError } from './seed/validate-seed.ts';
import { type RunningService, StartupError, startService } from './service/start-service.ts';

let localNeo4j: LocalNeo4j | undefined;
let service: RunningService | undefined;
let stopping = false;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandledRejection'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));

  // Production serves the pages its image's build stage made; a checkout rebuilds them when web/ changed.
  if (config.nodeEnv !== 'production') await ensureWebBuild({ log: (line) => console.log(`ecokg: ${line}`) });
  const connection = config.neo4jUri ? configuredConnection(config) : await startLocal(config);
  service = await startService({ config, connection, logger, serveStatic: createPagesHandler({ playground: config.playground }) });
  console.log(`ecokg ready: GraphQL at ${service.url}/graphql`);
  console.log(`Graph explorer at ${service.url}/explore${config.playground ? `, GraphQL playground at ${service.url}/` : ''}`);
  if (localNeo4j?.browserUrl) console.log(`Neo4j Browser at ${localNeo4j.browserUrl} (bolt ${localNeo4j.boltUri}, user neo4j)`);
}

function configuredConnection(config: Config): Neo4jConnection {
  return { uri: config.neo4jUri as string, user: config.neo4jUser, password: config.neo4jPassword as string };
}

async function startLocal(config: Config): Promise<Neo4jConnection> {
  const dataDir = path.resolve(config.dataDir, 'neo4j');
  const password = config.neo4jPassword ?? LOCAL_NEO4J_DEV_PASSWORD;
  console.log(`NEO4J_URI is not set: starting a local Neo4j with its data in ${dataDir}`);
  localNeo4j = await startLocalNeo4j({
    dataDir,
    boltPort: Number(process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687),
    httpPort: Number(process.env.NEO4J_LOCAL_HTTP_PORT ?? 7474),
    password,
    log: (line) => console.log(line),
  });
  void localNeo4j.exited.then((exit) => {
    if (!stopping) {
      console.error(`ecokg: the local Neo4j stopped unexpectedly (${exit.signal ?? `exit code ${exit.code}`})`);
      void shutdown('neo4j-exit', 1);
    }
  });
  return { uri: localNeo4j.boltUri, user: 'neo4j', password };
}

async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`ecokg: stopping (${reason})`);
  await service?.stop().catch((error: unknown) => console.error(`ecokg: error while stopping the server: ${String(error)}`));
  await localNeo4j?.stop().catch((error: unknown) => console.error(`ecokg: error while stopping Neo4j: ${String(error)}`));
  process.exit(exitCode);
}

main().catch(async (error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError || error instanceof SeedValidationError;
  console.error(known ? `ecokg: ${(error as Error).message}` : `ecokg: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  stopping = true;
  await localNeo4j?.stop().catch(() => undefined);
  process.exit(1);
});
