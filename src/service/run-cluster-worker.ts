import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from '../config/load-config.ts';
import type { MetricsSource } from '../http/create-http-server.ts';
import type { StaticHandler } from '../http/http-responses.ts';
import type { Logger } from '../logging/create-logger.ts';
import { createServiceMetrics } from '../metrics/create-service-metrics.ts';
import { handleStopSignals } from './handle-stop-signals.ts';
import { type RunningService, startService } from './start-service.ts';
import type { ClusterMessage } from './start-worker-pool.ts';

// How long a worker's /metrics waits for the primary to gather every worker's metrics.
const METRICS_TIMEOUT_MS = 5_000;

/**
 * Runs the service in a cluster worker: it listens only once GraphQL answers (so the primary never hands it a
 * connection it cannot serve), tells the primary it is ready, answers /metrics for the whole pool through the
 * primary, and stops gracefully when the primary asks, on SIGINT or SIGTERM, or when the primary is gone.
 */
export async function runClusterWorker(options: { config: Config; logger: Logger; serveStatic?: StaticHandler }): Promise<RunningService> {
  const { config, logger } = options;
  const metrics = createServiceMetrics();
  // Registers the worker's answer to the primary's requests for its metrics, from this registry.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([metrics.registry]);
  const service = await startService({
    config,
    connection: { uri: config.neo4jUri as string, user: config.neo4jUser, password: config.neo4jPassword as string },
    logger,
    seedWhenEmpty: false,
    listenWhenReady: true,
    serveStatic: options.serveStatic,
    metrics,
    metricsText: poolMetrics(metrics.registry.contentType),
  });
  process.send?.({ type: 'ecokg:ready', url: service.url } satisfies ClusterMessage);

  const stop = (exitCode: number) =>
    void service.stop().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  process.on('message', (message: ClusterMessage) => {
    if (message?.type === 'ecokg:stop') stop(0);
  });
  // Without its primary nobody restarts or stops this worker: it leaves too.
  process.on('disconnect', () => stop(0));
  // A Ctrl-C or a kill of the process group reaches the worker as well as the primary, which asks it to stop too:
  // one drain; only a second signal later on exits at once.
  handleStopSignals({ onStop: () => stop(0), onAgain: () => process.exit(1) });
  logger.debug({ worker: cluster.worker?.id, url: service.url }, 'worker ready');
  return service;
}

/** Asks the primary for every worker's metrics, aggregated. */
function poolMetrics(contentType: string): MetricsSource {
  let nextId = 0;
  return () =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        process.off('message', onMessage);
        reject(new Error(`the primary did not send the pool's metrics within ${METRICS_TIMEOUT_MS} ms`));
      }, METRICS_TIMEOUT_MS);
      const onMessage = (message: ClusterMessage) => {
        if (message?.type !== 'ecokg:metrics' || message.id !== id) return;
        clearTimeout(timer);
        process.off('message', onMessage);
        if (message.text === undefined) reject(new Error(`the primary could not gather the pool's metrics: ${message.error}`));
        else resolve({ contentType, text: message.text });
      };
      process.on('message', onMessage);
      process.send?.({ type: 'ecokg:metrics-request', id } satisfies ClusterMessage);
    });
}
