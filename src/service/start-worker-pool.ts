import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { Neo4jConnection } from '../db/create-gateway.ts';
import type { Logger } from '../logging/create-logger.ts';

/** What a worker tells the primary, and the primary a worker, over the cluster's IPC channel. */
export type ClusterMessage =
  | { type: 'ecokg:ready'; url: string }
  | { type: 'ecokg:metrics-request'; id: number }
  | { type: 'ecokg:metrics'; id: number; text?: string; error?: string }
  | { type: 'ecokg:stop' };

/** Workers serving HTTP on one shared port. */
export interface WorkerPool {
  /** Base URL the workers serve, e.g. http://127.0.0.1:4000. */
  url: string;
  /** Asks every worker to stop gracefully and resolves once all have exited. */
  stop(): Promise<void>;
  /** Kills every worker at once (a second Ctrl-C). */
  kill(): void;
  /** Settles when a worker fails to start after the pool was up, which leaves the pool unable to heal. */
  failed: Promise<Error>;
}

/** How to run the pool. */
export interface WorkerPoolOptions {
  workers: number;
  /** The Neo4j the workers use: the primary has connected, migrated and seeded it already. */
  connection: Neo4jConnection;
  logger: Logger;
}

/**
 * Forks `workers` processes that each run the service on the same port (node:cluster shares it; the primary
 * hands each connection to a worker in turn). The primary has prepared the graph, so workers neither migrate
 * nor seed. A worker that dies after it was ready is logged and replaced; a worker that dies before it was
 * ready is a start-up failure. /metrics on any worker answers for all of them: the worker asks the primary,
 * which gathers every worker's registry (prom-client's AggregatorRegistry).
 */
export async function startWorkerPool(options: WorkerPoolOptions): Promise<WorkerPool> {
  const { connection, logger } = options;
  const aggregator = new AggregatorRegistry();
  const env = {
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
  };
  const ready = new Set<Worker>();
  let stopping = false;
  let reportFailure: (error: Error) => void = () => {};
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));

  cluster.on('message', (worker, message: ClusterMessage) => {
    if (message?.type !== 'ecokg:metrics-request') return;
    aggregator.clusterMetrics().then(
      (text) => send(worker, { type: 'ecokg:metrics', id: message.id, text }),
      (error: unknown) => send(worker, { type: 'ecokg:metrics', id: message.id, error: String(error) }),
    );
  });

  const fork = () =>
    new Promise<string>((resolve, reject) => {
      const worker = cluster.fork(env);
      worker.on('message', (message: ClusterMessage) => {
        if (message?.type !== 'ecokg:ready') return;
        ready.add(worker);
        resolve(message.url);
      });
      worker.once('exit', (code, signal) => {
        const wasReady = ready.delete(worker);
        if (stopping) return;
        const how = signal ?? `exit code ${code}`;
        if (!wasReady) {
          const error = new Error(`a worker (pid ${worker.process.pid}) exited before it was ready (${how})`);
          reject(error);
          reportFailure(error);
          return;
        }
        logger.warn({ worker: worker.id, pid: worker.process.pid, code, signal }, 'a worker exited; starting another');
        fork().then(
          (url) => logger.info({ url }, 'replacement worker ready'),
          () => {},
        );
      });
    });

  let url: string;
  try {
    [url] = (await Promise.all(Array.from({ length: options.workers }, fork))) as [string];
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGKILL');
    throw error;
  }

  return {
    url,
    failed,
    async stop() {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              send(worker, { type: 'ecokg:stop' });
            }),
        ),
      );
    },
    kill() {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
    },
  };
}

function send(worker: Worker, message: ClusterMessage): void {
  // A worker that is exiting may have closed its channel; it needs no answer then.
  if (worker.isConnected()) worker.send(message);
}
