import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceProcess, startServiceProcess } from '../support/service-process.ts';
import { testConnection } from '../support/test-service.ts';

// The limits this test runs the service with; the bound on any answer follows from them.
const LIMITS = {
  NEO4J_MAX_POOL_SIZE: '8',
  NEO4J_MAX_QUEUED: '16',
  NEO4J_TX_TIMEOUT_MS: '2000',
  NEO4J_ACQUISITION_TIMEOUT_MS: '2000',
  NEO4J_MAX_RETRY_TIME_MS: '1000',
};
// The longest a request can be kept by the service: a wait for a slot, the transaction, the driver's retries.
const CONFIGURED_BOUND_MS = 2000 + 2000 + 1000;
// What tells a bounded wait from a hang (a queue without a timeout waits for minutes): the client measures from its
// side of a machine running 32 clients, the service and a busy Neo4j, so a small slack would measure the machine.
const HANG_MS = 4 * CONFIGURED_BOUND_MS;
const CLIENTS = 32;
const DURATION_MS = Number(process.env.SLOW_DB_SECONDS ?? 30) * 1000;

const QUESTIONS = [
  '{ theme(id: "theme:precise-pollution-control") { discussedBy { person { name organizations { title } } statements { text } } } }',
  '{ search(text: "li ganjie", first: 5) { score entity { name } } }',
  '{ neighborhood(id: "organization:mee", depth: 2, limit: 200) { nodes { id } edges { type } } }',
  '{ regions(filter: { level: PROVINCE }, first: 20) { edges { node { name policies(includeSubRegions: true) { policy { name } } } } } }',
];

let service: ServiceProcess;
beforeAll(async () => {
  const { uri, user, password } = testConnection();
  // Uncached: the same few questions would otherwise come from the response cache and never meet the slow database.
  service = await startServiceProcess({
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NODE_ENV: 'production',
    RESPONSE_CACHE: 'false',
    ...LIMITS,
  });
});
afterAll(async () => {
  await service?.stop();
});

/** Keeps Neo4j's CPUs busy with heavy counting queries until `stop` resolves. */
async function burnDatabaseCpu(stop: Promise<void>): Promise<number> {
  const { uri, user, password } = testConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  let finished = false;
  let heavyQueries = 0;
  void stop.then(() => (finished = true));
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (!finished) {
        await driver
          .executeQuery('UNWIND range(1, 20000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n', {}, { database: 'neo4j' })
          .catch(() => undefined);
        heavyQueries += 1;
      }
    }),
  );
  await driver.close();
  return heavyQueries;
}

describe('32 clients while Neo4j is made slow by heavy queries beside them', () => {
  it('answers every request or refuses it clearly, none waiting without bound, with bounded memory', async () => {
    // Warm up, then note memory.
    for (const query of QUESTIONS)
      await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const rssAfterWarmUp = await service.rssBytes();

    let endLoad!: () => void;
    const loadOver = new Promise<void>((resolve) => (endLoad = resolve));
    const burner = burnDatabaseCpu(loadOver);
    const started = performance.now();
    const outcomes: Array<{ ms: number; code: string }> = [];
    let peakRss = rssAfterWarmUp;
    const sampler = setInterval(() => void service.rssBytes().then((rss) => (peakRss = Math.max(peakRss, rss))), 500);
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let i = client; performance.now() - started < DURATION_MS; i += 1) {
          const at = performance.now();
          const response = await fetch(`${service.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: QUESTIONS[i % QUESTIONS.length] }),
          });
          const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
          outcomes.push({ ms: performance.now() - at, code: body.errors?.[0]?.extensions?.code ?? (body.data ? 'answered' : 'nothing') });
        }
      }),
    );
    clearInterval(sampler);
    endLoad();
    const heavyQueries = await burner;
    const rssAfterRun = await service.rssBytes();

    const byCode: Record<string, number> = {};
    for (const outcome of outcomes) byCode[outcome.code] = (byCode[outcome.code] ?? 0) + 1;
    const sorted = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const quantile = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    console.log(
      `slow database: ${outcomes.length} requests from ${CLIENTS} clients in ${DURATION_MS / 1000} s beside ${heavyQueries} heavy queries; ${Object.entries(
        byCode,
      )
        .map(([code, n]) => `${code} ${n}`)
        .join(
          ', ',
        )}; latency p50 ${quantile(0.5)} ms, p99 ${quantile(0.99)} ms, max ${quantile(1)} ms; RSS ${mb(rssAfterWarmUp)} MB after warm-up, peak ${mb(peakRss)} MB, ${mb(rssAfterRun)} MB after`,
    );

    expect(outcomes.length).toBeGreaterThan(CLIENTS);
    expect(byCode.answered ?? 0).toBeGreaterThan(0);
    for (const code of Object.keys(byCode)) expect(['answered', 'SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT']).toContain(code);
    expect(sorted.at(-1)!).toBeLessThan(HANG_MS);
    // V8 grows its heap under 32 clients and keeps it until it needs to collect: 160–215 MB above warm-up in the
    // runs of 2026-11-29 (9,000–13,000 requests). The bound is for a leak, which would grow with the requests: at
    // 25 KB or more kept per request it is crossed.
    expect(peakRss).toBeLessThan(rssAfterWarmUp + 300 * 1048576);
    expect(service.exit).toBeUndefined();
    expect(service.output.filter((line) => /unhandledRejection|"msg":"unexpected error"/.test(line))).toEqual([]);
  });
});
