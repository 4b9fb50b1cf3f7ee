import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyReportSeed, type SeedCopy } from '../support/seed-copy.ts';
import { type SpawnedService, spawnService } from '../support/spawn-service.ts';
import { testConnection, withDriver } from '../support/test-service.ts';

// Two workers behind one port, as `npm start` runs on a two-core machine, with the response cache on.
const ADMIN_TOKEN = 'test-admin-token-workers-0123456789abcdef';
let copy: SeedCopy;
let service: SpawnedService;
let port: number;

beforeAll(async () => {
  copy = await copyReportSeed();
  const { uri, user, password } = testConnection();
  service = spawnService({
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    PORT: '0',
    WORKERS: '2',
    RESPONSE_CACHE: 'true',
    ADMIN_TOKEN,
  });
  // The workers share the port the first of them bound (node:cluster gives every listen(0) the same one).
  port = Number((await service.waitForReady(120_000)).port);
}, 180_000);

afterAll(async () => {
  service?.child.kill('SIGKILL');
  await service?.exited;
  await withDriver((run) => run('MATCH (n:Entity) WHERE n.id CONTAINS $marker DETACH DELETE n', { marker: `:${copy.prefix}-` }));
  await copy.remove();
});

/** One request on a connection of its own, so the primary hands it to the next worker in turn. */
function send(method: string, pathname: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; requestId: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path: pathname, agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, requestId: String(res.headers['x-request-id']) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

type LogLine = { msg?: string; requestId?: string; worker?: number; responseCache?: string };
const logLines = (): LogLine[] => service.output.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as LogLine);

/** Asks the test person's name `times` times; returns each answer with the worker that gave it and whether from the cache. */
async function askName(times: number) {
  const query = JSON.stringify({ query: `{ person(id: "person:${copy.prefix}-li-ganjie") { name } }` });
  const answers: Array<{ name: string | null; worker: number; cached: boolean }> = [];
  for (let i = 0; i < times; i += 1) {
    const response = await send('POST', '/graphql', query);
    expect(response.status).toBe(200);
    const name = (JSON.parse(response.body) as { data: { person: { name: string } | null } }).data.person?.name ?? null;
    const line = await waitForLog((entry) => entry.requestId === response.requestId && entry.msg === 'graphql request');
    answers.push({ name, worker: line.worker!, cached: line.responseCache === 'hit' });
  }
  return answers;
}

/** The first log line `match` accepts; a worker writes it after the answer, so it is waited for, up to 45 s. */
async function waitForLog(match: (line: LogLine) => boolean): Promise<LogLine> {
  const deadline = performance.now() + 45_000;
  for (;;) {
    const line = logLines().find(match);
    if (line) return line;
    if (performance.now() > deadline) throw new Error('no such log line');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function metric(series: string): Promise<number> {
  const { body } = await send('GET', '/metrics');
  const line = body.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

const workerPids = () =>
  spawnSync('pgrep', ['-P', String(service.child.pid)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean)
    .map(Number);

describe('two workers', () => {
  it('answer from each one’s cache, and a document loaded through one worker makes both answer anew', async () => {
    const before = await askName(6);
    expect(before.every((answer) => answer.name === null)).toBe(true);
    expect(new Set(before.map((answer) => answer.worker))).toEqual(new Set([1, 2]));
    // Each worker computes the answer once, then serves it from its cache.
    for (const worker of [1, 2]) expect(before.filter((answer) => answer.worker === worker && !answer.cached)).toHaveLength(1);
    // /metrics on either worker counts both: the primary gathers every worker's registry.
    expect(await metric('ecokg_response_cache_requests_total{result="miss"}')).toBe(2);
    expect(await metric('ecokg_response_cache_requests_total{result="hit"}')).toBe(4);
    expect(await metric('ecokg_neo4j_connections_max')).toBe(64);

    const text = await readFile(path.join(copy.folder, 'report.txt'), 'utf8');
    const load = await send('POST', '/admin/documents', JSON.stringify({ graph: copy.json, text }), { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(load.status).toBe(200);
    const loadedBy = (await waitForLog((line) => line.requestId === load.requestId && line.msg === 'document added through the admin API')).worker;

    const after = await askName(6);
    expect(after.every((answer) => answer.name === '李干杰')).toBe(true);
    for (const worker of [1, 2]) {
      const answers = after.filter((answer) => answer.worker === worker);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers[0]!.cached).toBe(false);
    }
    expect(await metric('ecokg_response_cache_requests_total{result="miss"}')).toBe(4);
    console.log(`response cache: the document loaded through worker ${loadedBy}; both workers answered anew, then from their caches`);
  });

  it('replace a worker that dies, and keep answering', async () => {
    const pids = workerPids();
    expect(pids).toHaveLength(2);
    process.kill(pids[0]!, 'SIGKILL');
    await waitForLog((line) => line.msg === 'a worker exited; starting another');
    await waitForLog((line) => line.msg === 'replacement worker ready');
    const answers = await askName(4);
    expect(answers.every((answer) => answer.name === '李干杰')).toBe(true);
    const now = workerPids();
    expect(now).toHaveLength(2);
    expect(now).not.toContain(pids[0]);
    expect(now).toContain(pids[1]);
  });

  it('stop, all of them, on SIGTERM, and the primary exits 0', async () => {
    const pids = workerPids();
    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});
