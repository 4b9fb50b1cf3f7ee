import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { applySchema } from '../../src/db/apply-schema.ts';
import { createGateway } from '../../src/db/create-gateway.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j-local/start-local-neo4j.ts';
import { seedFromFolder } from '../../src/seed/seed-from-folder.ts';
import { type ServiceProcess, startServiceProcess } from '../support/service-process.ts';

// This test stops and restarts a database, so it runs its own Neo4j rather than the one the other tests share.
const PASSWORD = 'ecokg-outage-test';
const RETRY_MS = 1000;
const CONNECT_MS = 1000;
let dataDir: string;
// The first start chooses the Bolt port; Neo4j comes back on the same one, as after a restart.
let boltPort: number | 'auto' = 'auto';
let neo4j: LocalNeo4j;
let service: ServiceProcess;

const startNeo4j = () => startLocalNeo4j({ dataDir, boltPort, httpPort: null, password: PASSWORD, heap: '512m' });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ecokg-outage-'));
  neo4j = await startNeo4j();
  boltPort = Number(new URL(neo4j.boltUri).port);
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

/** Four clients asking without pause until `done(outcomes so far)` says stop. */
async function clients(done: (outcomes: readonly Outcome[]) => boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!done(outcomes)) outcomes.push(await ask());
    }),
  );
  return outcomes;
}

const readyStatus = async () => (await fetch(`${service.url}/ready`)).status;

describe('Neo4j stopped while clients are querying, then started again', () => {
  // Generous: it stops and starts a Neo4j, which takes half a minute on a busy machine.
  it('fails fast with SERVICE_UNAVAILABLE, reports 503 on /ready, and answers again by itself', { timeout: 300_000 }, async () => {
    // Before: every answer correct. Counted in answers, not seconds, so a busy machine only makes it slower.
    const before = await clients((outcomes) => outcomes.length >= 12);
    expect(before.every((outcome) => outcome.correct)).toBe(true);

    // During: Neo4j is stopped while the clients keep asking, until eight requests were sent after it stopped.
    let stoppedAt = Number.POSITIVE_INFINITY;
    const during = clients((outcomes) => outcomes.filter((outcome) => outcome.at > stoppedAt).length >= 8);
    await neo4j.stop();
    stoppedAt = performance.now();
    const duringOutcomes = (await during).filter((outcome) => outcome.at > stoppedAt);
    expect(await readyStatus()).toBe(503);

    // After: Neo4j comes back on the same port and store; the same service process recovers by itself.
    neo4j = await startNeo4j();
    const backAt = performance.now();
    let firstAnswer: Outcome | undefined;
    while (firstAnswer === undefined) {
      const outcome = await ask();
      if (outcome.correct) firstAnswer = outcome;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recoveryMs = performance.now() - backAt;

    const codeCounts: Record<string, number> = {};
    for (const outcome of duringOutcomes) codeCounts[outcome.code ?? 'answered'] = (codeCounts[outcome.code ?? 'answered'] ?? 0) + 1;
    const codes = Object.entries(codeCounts);
    const slowest = Math.max(...duringOutcomes.map((outcome) => outcome.ms));
    console.log(
      `outage: ${before.length} requests before, ${duringOutcomes.length} while Neo4j was down (${codes.map(([code, n]) => `${code} ${n}`).join(', ')}), slowest ${Math.round(slowest)} ms; answered correctly again ${Math.round(recoveryMs)} ms after Neo4j was back`,
    );

    for (const outcome of duringOutcomes) {
      expect(outcome.code).toBe('SERVICE_UNAVAILABLE');
      expect(outcome.status).toBeLessThan(500);
    }
    // Failing, not hanging: an unbounded wait (a connection attempt without a timeout) would take minutes. The
    // bound is ten times the configured retry window and connection timeout, so a busy machine cannot cross it.
    expect(slowest).toBeLessThan(10 * (RETRY_MS + CONNECT_MS));
    expect(await readyStatus()).toBe(200);
    expect(service.exit).toBeUndefined();
    expect(service.output.filter((line) => line.includes('unhandledRejection') || line.includes('uncaughtException'))).toEqual([]);
  });
});
