import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { applySchema } from '../../src/db/apply-schema.ts';
import { createGateway } from '../../src/db/create-gateway.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j-local/start-local-neo4j.ts';
import { seedFromFolder } from '../../src/service/start-service.ts';
import { type ServiceProcess, startServiceProcess } from '../support/service-process.ts';
import { freePort } from '../support/start-test-neo4j.ts';

// This test stops and restarts a database, so it runs its own Neo4j rather than the one the other tests share.
const PASSWORD = 'ecokg-outage-test';
const RETRY_MS = 1000;
const CONNECT_MS = 1000;
let dataDir: string;
let boltPort: number;
let neo4j: LocalNeo4j;
let service: ServiceProcess;

const startNeo4j = () => startLocalNeo4j({ dataDir, boltPort, httpPort: null, password: PASSWORD, heap: '512m' });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ecokg-outage-'));
  boltPort = await freePort();
  neo4j = await startNeo4j();
  const gateway = await createGateway(loadConfig({ NODE_ENV: 'test' }), { uri: neo4j.boltUri, user: 'neo4j', password: PASSWORD });
  await applySchema(gateway);
  await seedFromFolder(gateway, createLogger({ level: 'silent' }));
  await gateway.close();
  service = await startServiceProcess({
    NEO4J_URI: neo4j.boltUri,
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_TX_TIMEOUT_MS: '3000',
    NEO4J_MAX_RETRY_TIME_MS: String(RETRY_MS),
    NEO4J_CONNECTION_TIMEOUT_MS: String(CONNECT_MS),
  });
});

afterAll(async () => {
  await service?.stop();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

interface Outcome {
  at: number;
  ms: number;
  status: number;
  code: string | null;
  correct: boolean;
}

const QUESTION = JSON.stringify({ query: '{ theme(id: "theme:precise-pollution-control") { discussedBy { person { name } } } }' });

async function ask(): Promise<Outcome> {
  const at = performance.now();
  const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUESTION });
  const body = (await response.json()) as {
    data?: { theme?: { discussedBy: Array<{ person: { name: string } }> } | null };
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  const names = body.data?.theme?.discussedBy.map((entry) => entry.person.name) ?? [];
  return {
    at,
    ms: performance.now() - at,
    status: response.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    correct: names.includes('钱锋'),
  };
}

/** Four clients asking without pause until `done()` says stop. */
async function clients(done: () => boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!done()) outcomes.push(await ask());
    }),
  );
  return outcomes;
}

const readyStatus = async () => (await fetch(`${service.url}/ready`)).status;

describe('Neo4j stopped while clients are querying, then started again', () => {
  it('fails fast with SERVICE_UNAVAILABLE, reports 503 on /ready, and answers again by itself', async () => {
    // Before: every answer correct.
    let stopAt = performance.now() + 2000;
    const before = await clients(() => performance.now() > stopAt);
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((outcome) => outcome.correct)).toBe(true);

    // During: Neo4j is stopped while the clients keep asking.
    let down = false;
    const during = clients(() => down && performance.now() > stopAt);
    await neo4j.stop();
    const stoppedAt = performance.now();
    stopAt = stoppedAt + 4000;
    down = true;
    const duringOutcomes = (await during).filter((outcome) => outcome.at > stoppedAt);
    expect(await readyStatus()).toBe(503);

    // After: Neo4j comes back on the same port and store; the same service process recovers.
    neo4j = await startNeo4j();
    const backAt = performance.now();
    let recoveredAt: number | undefined;
    let firstAnswer: Outcome | undefined;
    while (recoveredAt === undefined && performance.now() - backAt < 20_000) {
      const outcome = await ask();
      if (outcome.correct) {
        recoveredAt = performance.now();
        firstAnswer = outcome;
      } else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recoveryMs = recoveredAt === undefined ? Number.POSITIVE_INFINITY : recoveredAt - backAt;

    const codeCounts: Record<string, number> = {};
    for (const outcome of duringOutcomes) codeCounts[outcome.code ?? 'answered'] = (codeCounts[outcome.code ?? 'answered'] ?? 0) + 1;
    const codes = Object.entries(codeCounts);
    const slowest = Math.max(...duringOutcomes.map((outcome) => outcome.ms));
    console.log(
      `outage: ${before.length} requests before, ${duringOutcomes.length} while Neo4j was down (${codes.map(([code, n]) => `${code} ${n}`).join(', ')}), slowest ${Math.round(slowest)} ms; answered correctly again ${Math.round(recoveryMs)} ms after Neo4j was back`,
    );

    expect(duringOutcomes.length).toBeGreaterThan(4);
    for (const outcome of duringOutcomes) {
      expect(outcome.code).toBe('SERVICE_UNAVAILABLE');
      expect(outcome.status).toBeLessThan(500);
    }
    // Failing fast: no request waits much beyond the driver's retry window and one connection attempt.
    expect(slowest).toBeLessThan(RETRY_MS + CONNECT_MS + 2500);
    expect(firstAnswer?.correct).toBe(true);
    expect(recoveryMs).toBeLessThan(10_000);
    expect(await readyStatus()).toBe(200);
    expect(service.exit).toBeUndefined();
    expect(service.output.filter((line) => line.includes('unhandledRejection') || line.includes('uncaughtException'))).toEqual([]);
  });
});
