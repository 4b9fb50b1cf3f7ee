import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { StartupError, startService } from '../../src/service/start-service.ts';
import { deleteMarkedEntities, snapshotGraph } from '../support/graph-snapshot.ts';
import { copyReportSeed, type SeedCopy } from '../support/seed-copy.ts';
import { startTestService, type TestService, testConnection } from '../support/test-service.ts';

const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop';
const copies: SeedCopy[] = [];
let api: TestService;

beforeAll(async () => {
  api = await startTestService({ ADMIN_TOKEN, CORS_ORIGINS: 'https://newsroom.example' });
});
afterAll(async () => {
  await api.stop();
  for (const copy of copies) await deleteMarkedEntities(`:${copy.prefix}-`);
  await Promise.all(copies.map((copy) => copy.remove()));
});

async function postDocument(service: TestService, copy: SeedCopy, authorization?: string) {
  const text = await readFile(path.join(copy.folder, 'report.txt'), 'utf8');
  const response = await fetch(`${service.url}/admin/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ graph: copy.json, text }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { errors?: Array<{ extensions: { code: string; problems?: unknown[] } }> },
  };
}

describe('the admin write path', () => {
  it('does not exist when no ADMIN_TOKEN is configured', async () => {
    const plain = await startTestService();
    try {
      const copy = await copyReportSeed();
      copies.push(copy);
      const { status } = await postDocument(plain, copy, `Bearer ${ADMIN_TOKEN}`);
      expect(status).toBe(404);
      expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 0 });
    } finally {
      await plain.stop();
    }
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'Bearer test-admin-token-0123456789abcdefghijklmnoX'],
    ['a token in the wrong scheme', `Basic ${ADMIN_TOKEN}`],
  ])('refuses %s with UNAUTHENTICATED and writes nothing', async (_name, authorization) => {
    const copy = await copyReportSeed();
    copies.push(copy);
    const { status, body } = await postDocument(api, copy, authorization);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('adds a later report with the right token, validated like npm run seed', async () => {
    const copy = await copyReportSeed();
    copies.push(copy);
    const { status, body } = await postDocument(api, copy, `Bearer ${ADMIN_TOKEN}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      loaded: { documentId: copy.documentId, documents: 1, nodes: 164, relationships: 454, unchanged: 0, unreviewed: 0, status: 'loaded' },
    });
    expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 164, relationships: 454 });
  });

  it('refuses an invalid report with the problems named, and writes nothing', async () => {
    const copy = await copyReportSeed();
    copies.push(copy);
    copy.json.relationships[0]!.to = `person:${copy.prefix}-nobody`;
    const { status, body } = await postDocument(api, copy, `Bearer ${ADMIN_TOKEN}`);
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { record: expect.stringContaining(`person:${copy.prefix}-nobody`), field: 'to', message: expect.stringContaining('dangling reference') },
      ],
    });
    expect(await snapshotGraph(`:${copy.prefix}-`)).toMatchObject({ nodes: 0 });
  });
});

describe('the public API', () => {
  it('is read-only: the schema has no mutations', async () => {
    const response = await api.graphql('mutation { deleteEverything }');
    expect(response.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0]!.message).toBe('This API is read-only: it has no mutation operations. Send a query.');
  });

  it('answers CORS only for configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://newsroom.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const defaultService = await startTestService();
    try {
      expect(
        (await fetch(`${defaultService.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://newsroom.example' } })).headers.get(
          'access-control-allow-origin',
        ),
      ).toBeNull();
    } finally {
      await defaultService.stop();
    }
  });
});

describe('Neo4j credentials', () => {
  it('never appear in the error or the logs when Neo4j refuses them', async () => {
    const password = 'wrong-password-5f1d2c7a';
    const logs: string[] = [];
    const logger = createLogger({ level: 'trace', destination: { write: (line: string) => void logs.push(line) } });
    const attempt = startService({
      config: loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'trace' }),
      connection: { ...testConnection(), password },
      logger,
      seedWhenEmpty: false,
    });
    await expect(attempt).rejects.toThrow(StartupError);
    const error = (await attempt.catch((failure: unknown) => failure)) as Error;
    expect(error.message).toContain('refused user "neo4j": check NEO4J_USER and NEO4J_PASSWORD');
    expect(`${error.message}\n${error.stack}\n${logs.join('')}`).not.toContain(password);
  });
});
