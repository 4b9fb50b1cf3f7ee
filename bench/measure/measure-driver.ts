import type { Driver } from 'neo4j-driver';
import { type LatencySummary, summarizeLatencies } from './summarize-latencies.ts';

/** What a timed run of hand-written Cypher did. */
export interface DriverRun {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
}

/**
 * Runs one Cypher statement in read transactions through neo4j-driver from `concurrency` loops that each
 * start the next query when the last one's records have arrived, for `amount` queries or `seconds`:
 * the closed loop autocannon runs over HTTP, with the driver in place of the HTTP client.
 */
export async function runDriverLoop(
  driver: Driver,
  cypher: { statement: string; params: Record<string, unknown> },
  options: { concurrency: number; amount?: number; seconds?: number },
): Promise<DriverRun> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = options.seconds === undefined ? Number.POSITIVE_INFINITY : started + options.seconds * 1000;
  const more = () => (options.amount === undefined ? performance.now() < deadline : issued < options.amount);
  const loop = async () => {
    while (more()) {
      issued += 1;
      const begin = performance.now();
      try {
        const result = await driver.executeQuery(cypher.statement, cypher.params, { database: 'neo4j', routing: 'READ' });
        // Materialise the rows as the GraphQL servers do before answering.
        result.records.map((record) => record.toObject());
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    seconds,
    requestsPerSecond: Math.round((latencies.length - errors) / seconds),
    latency: summarizeLatencies(latencies),
  };
}
