import autocannon from 'autocannon';
import { matchesChunkDecodedBody } from './match-chunk-decoded-body.ts';
import { type LatencySummary, summarizeLatencies } from './summarize-latencies.ts';

/** One GraphQL request to time, with the exact body every answer must have, or a test each answer must pass. */
export interface HttpTarget {
  url: string;
  body: string;
  expectedBody: string;
  /** When given, answers are checked with it instead of being compared with expectedBody (equal answers that differ byte for byte). */
  accepts?: (body: string) => boolean;
}

/** What a timed HTTP run did. */
export interface HttpRun {
  requests: number;
  /** Non-2xx answers, socket errors, timeouts, and answers that differ from the expected body. */
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
}

/**
 * Runs autocannon against a target: `connections` clients each sending the next request as soon as the
 * last is answered, for `amount` requests or `seconds`. Latencies are taken from autocannon's per-response
 * event (high-resolution, in ms) rather than its histogram, which rounds to whole milliseconds and has no p95.
 */
export async function runAutocannon(target: HttpTarget, options: { connections: number; amount?: number; seconds?: number }): Promise<HttpRun> {
  const latencies: number[] = [];
  let rejected = 0;
  const { accepts } = target;
  const check = accepts
    ? {
        requests: [
          {
            method: 'POST' as const,
            headers: { 'content-type': 'application/json' },
            body: target.body,
            onResponse: (_status: number, body: string) => {
              if (!accepts(body)) rejected += 1;
            },
          },
        ],
      }
    : // Not autocannon's expectBody: it compares the body as autocannon decoded it, chunk by chunk (see the matcher).
      { verifyBody: (body: string | Buffer | undefined) => typeof body === 'string' && matchesChunkDecodedBody(body, target.expectedBody) };
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: target.body,
        ...check,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
        timeout: 30,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  const seconds = (performance.now() - started) / 1000;
  const errors = result.errors + result.timeouts + result.non2xx + result.mismatches + rejected;
  return {
    requests: latencies.length,
    errors,
    seconds,
    requestsPerSecond: Math.round((latencies.length - errors) / seconds),
    // A run in which no answer came back (a question taking longer than the run at the largest scale) says so as NaN.
    latency:
      latencies.length > 0
        ? summarizeLatencies(latencies)
        : { samples: 0, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, mean: Number.NaN, stdev: Number.NaN },
  };
}
