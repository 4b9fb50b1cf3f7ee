/**
 * `npm start`: validates the configuration, starts a local Neo4j when NEO4J_URI is not set, prepares the graph
 * (schema, seed) once, then serves until Ctrl-C or SIGTERM: in this process when WORKERS is 1, else in WORKERS
 * cluster workers sharing the port. The first signal drains requests in flight and stops the workers, then the
 * Neo4j it started; the copies of that signal the other processes of the group and npm pass on are the same stop,
 * and a second signal a moment later exits at once (handle-stop-signals.ts). Any start-up failure ends with one line naming the problem
 * and a non-zero exit; an unhandled rejection is logged and ends the process with exit code 1.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:net';
import path from 'node:path';
import { type Config, ConfigError, LOCAL_NEO4J_DEV_PASSWORD, loadConfig } from './config/load-config.ts';
import { createGateway, type Neo4jConnection } from './db/create-gateway.ts';
import { ensureWebBuild } from './http/ensure-web-build.ts';
import { browserSetupFor } from './http/serve-browser-files.ts';
import { createPagesHandler } from './http/serve-pages.ts';
import { createLogger, type Logger } from './logging/create-logger.ts';
import { parseLocalPort } from './neo4j-local/parse-local-port.ts';
import { type LocalNeo4j, startLocalNeo4j } from './neo4j-local/start-local-neo4j.ts';
import { SeedValidationError } from './seed/validate-seed.ts';
import { handleStopSignals } from './service/handle-stop-signals.ts';
import { runClusterWorker } from './service/run-cluster-worker.ts';
import { prepareGraph, type RunningService, StartupError, startService } from './service/start-service.ts';
import { startWorkerPool, type WorkerPool } from './service/start-worker-pool.ts';

let localNeo4j: LocalNeo4j | undefined;
let service: RunningService | undefined;
let pool: WorkerPool | undefined;
let stopping = false;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  // A rejection nobody handled leaves the process in a state nobody planned for: log it and let the
  // supervisor (or the primary, for a worker) start a fresh process.
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandledRejection: exiting');
    process.exit(1);
  });
  const serveStatic = createPagesHandler({ playground: config.playground });
  if (cluster.isWorker) {
    await runClusterWorker({ config, logger: logger.child({ worker: cluster.worker?.id }), serveStatic });
    return;
  }
  handleStopSignals({
    onStop: (signal) => void shutdown(signal),
    onAgain: forceExit,
    onArmed: () => {
      if (stopping) console.log('ecokg: still waiting for requests in flight; a second Ctrl-C or SIGTERM now exits at once');
    },
  });

  // Production serves the pages its image's build stage made; a checkout rebuilds them when web/ changed.
  if (config.nodeEnv !== 'production') await ensureWebBuild({ log: (line) => console.log(`ecokg: ${line}`) });
  if (config.workers > 1) await requireFreePort(config);
  const connection = config.neo4jUri ? configuredConnection(config) : await startLocal(config);
  let url: string;
  if (config.workers > 1) {
    await prepareOnce(config, connection, logger);
    pool = await startWorkerPool({ workers: config.workers, connection, logger });
    void pool.failed.then((error) => {
      console.error(`ecokg: ${error.message}; stopping`);
      void shutdown('worker-failure', 1);
    });
    url = pool.url;
  } else {
    service = await startService({ config, connection, logger, serveStatic });
    url = service.url;
  }
  console.log(`ecokg ready: GraphQL at ${url}/graphql`);
  console.log(`Graph explorer at ${url}/explore${config.playground ? `, GraphQL playground at ${url}/` : ''}`);
  if (config.workers > 1) console.log(`Serving from ${config.workers} worker processes (WORKERS); metrics of all at ${url}/metrics`);
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
    boltPort: parseLocalPort(process.env.NEO4J_LOCAL_BOLT_PORT ?? '7687', 'NEO4J_LOCAL_BOLT_PORT'),
    httpPort: parseLocalPort(process.env.NEO4J_LOCAL_HTTP_PORT ?? '7474', 'NEO4J_LOCAL_HTTP_PORT'),
    password,
    log: (line) => console.log(line),
    browser: browserSetupFor(config),
  });
  void localNeo4j.exited.then((exit) => {
    if (!stopping) {
      console.error(`ecokg: the local Neo4j stopped unexpectedly (${exit.signal ?? `exit code ${exit.code}`})`);
      void shutdown('neo4j-exit', 1);
    }
  });
  return { uri: localNeo4j.boltUri, user: 'neo4j', password };
}

/** The primary's share of start-up when workers serve: connect, migrate and seed once, before any worker forks. */
async function prepareOnce(config: Config, connection: Neo4jConnection, logger: Logger): Promise<void> {
  const gateway = await createGateway(config, connection);
  try {
    await prepareGraph(gateway, connection, { migrate: config.migrateOnStart, seed: config.seedOnStart, logger });
  } finally {
    await gateway.close();
  }
}

/** Fails before any slow work when the port is taken; workers bind it only once they are ready. */
async function requireFreePort(config: Config): Promise<void> {
  if (config.port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${config.port} on ${config.host} is already in use; stop what uses it or set PORT`)
          : new StartupError(`Cannot listen on ${config.host}:${config.port}: ${error.message}`),
      ),
    );
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`ecokg: stopping (${reason}): draining the requests in flight`);
  await pool?.stop().catch((error: unknown) => console.error(`ecokg: error while stopping the workers: ${String(error)}`));
  await service?.stop().catch((error: unknown) => console.error(`ecokg: error while stopping the server: ${String(error)}`));
  await localNeo4j?.stop().catch((error: unknown) => console.error(`ecokg: error while stopping Neo4j: ${String(error)}`));
  process.exit(exitCode);
}

/** A second signal: no more waiting. The local Neo4j stops cleanly by itself when its stdin (our pipe) closes. */
function forceExit(signal: string): void {
  console.error(`ecokg: ${signal} again: exiting without waiting for requests in flight`);
  pool?.kill();
  process.exit(1);
}

main().catch(async (error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError || error instanceof SeedValidationError;
  console.error(known ? `ecokg: ${(error as Error).message}` : `ecokg: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  stopping = true;
  pool?.kill();
  await localNeo4j?.stop().catch(() => undefined);
  process.exit(1);
});
