import autocannon from 'autocannon';
import { matchesChunkDecodedBody } from '../measure/match-chunk-decoded-body.ts';
import { readProcessUsage } from '../measure/read-process-usage.ts';
import type { BenchServers } from '../servers/start-bench-servers.ts';
import { acceptsAnswerOf, postGraphQL } from './check-answers.ts';
import { OPERATIONS } from './operations.ts';

/** What the soak run found. */
export interface SoakResult {
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  rssAfterWarmupBytes: number;
  rssAfterRunBytes: number;
  /** RSS after the run divided by RSS after warm-up. */
  rssRatio: number;
}

/**
 * Sends every operation in turn from `connections` clients to uncached ecokg for `seconds`, counting every answer
 * that is not the expected one as an error, and reads the service's RSS after a warm-up and after the run.
 */
export async function runSoak(options: { servers: BenchServers; connections: number; warmupSeconds: number; seconds: number }): Promise<SoakResult> {
  const expected: Array<{ body: string; accepts: (answer: string) => boolean }> = [];
  for (const operation of OPERATIONS) {
    const answer = await postGraphQL(options.servers.ecokg.url, operation.ecokg);
    const accepts = operation.answersVary
      ? acceptsAnswerOf(operation.normalize.ecokg, answer)
      : (body: string) => matchesChunkDecodedBody(body, answer);
    expected.push({ body: JSON.stringify(operation.ecokg), accepts });
  }
  let mismatches = 0;
  const run = (seconds: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        {
          url: options.servers.ecokg.url,
          connections: options.connections,
          duration: seconds,
          timeout: 30,
          requests: expected.map(({ body, accepts }) => ({
            method: 'POST' as const,
            headers: { 'content-type': 'application/json' },
            body,
            onResponse: (_status: number, responseBody: string) => {
              if (!accepts(responseBody)) mismatches += 1;
            },
          })),
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
  await run(options.warmupSeconds);
  mismatches = 0;
  const rssAfterWarmupBytes = (await readProcessUsage(options.servers.ecokg.pid)).rssBytes;
  const result = await run(options.seconds);
  const rssAfterRunBytes = (await readProcessUsage(options.servers.ecokg.pid)).rssBytes;
  const errors = result.errors + result.timeouts + result.non2xx + mismatches;
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    errors,
    requestsPerSecond: Math.round(result.requests.total / options.seconds),
    rssAfterWarmupBytes,
    rssAfterRunBytes,
    rssRatio: Math.round((rssAfterRunBytes / rssAfterWarmupBytes) * 1000) / 1000,
  };
}
