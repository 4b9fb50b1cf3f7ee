import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { loadSeedDocuments } from '../../src/seed/load-seed.ts';
import { removeDocument } from '../../src/seed/remove-document.ts';
import { SeedValidationError, validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { deleteMarkedEntities, snapshotGraph } from '../support/graph-snapshot.ts';
import { copyReportSeed, copyUrl, markCopy, type SeedCopy, type SeedJson } from '../support/seed-copy.ts';
import { createTestGateway, startTestService, type TestService, testConnection, withDriver } from '../support/test-service.ts';

const execFileAsync = promisify(execFile);
const ADMIN_TOKEN = 'removal-test-token-0123456789abcdefghijkl';
const cleanups: Array<() => Promise<void>> = [];
let gateway: GraphGateway;
let api: TestService;

beforeAll(async () => {
  gateway = await createTestGateway();
  api = await startTestService({ ADMIN_TOKEN });
});

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await api.stop();
  await gateway.close();
});

/** Report A: a copy of the seed report with ids of its own. */
async function reportA(): Promise<SeedCopy> {
  const copy = await copyReportSeed();
  cleanups.push(async () => {
    await deleteMarkedEntities(`:${copy.prefix}-`);
    await copy.remove();
  });
  return copy;
}

/**
 * Report B, a follow-up on the same text: it names A's minister and ministry again (with other English names and
 * one more alias, to see which report defines them), and adds a theme and a statement of its own.
 */
async function reportB(a: SeedCopy, publishedAt: string): Promise<{ folder: string; documentId: string }> {
  const id = (kind: string, slug: string) => `${kind}:${a.prefix}-${slug}`;
  const node = (nodeId: string) => structuredClone(a.json.nodes.find((candidate) => candidate.id === nodeId)!);
  const minister = { ...node(id('person', 'li-ganjie')), nameEn: 'Li Ganjie (as report B writes it)', aliases: ['李干杰部长'] };
  const ministry = { ...node(id('organization', 'mee')), nameEn: 'Ministry of Ecology and Environment (report B)' };
  const documentId = id('document', 'follow-up');
  const json: SeedJson = {
    document: { ...a.json.document, id: documentId, nameEn: 'A follow-up report', publishedAt, ...copyUrl(a.json.document.url, 'follow-up') },
    nodes: [
      minister,
      ministry,
      {
        id: id('theme', 'pooling-strength'),
        label: 'Theme',
        name: '凝心聚力',
        nameEn: 'Pooling strength',
        description: 'Uniting the whole system behind one goal.',
        evidence: '凝心聚力',
      },
      {
        id: id('statement', 'follow-up-1'),
        label: 'Statement',
        text: '报告精彩，源于工作的出彩',
        kind: 'paraphrase',
        evidence: '报告精彩，源于工作的出彩',
      },
    ],
    relationships: [
      { type: 'SPEAKS_FOR', from: minister.id, to: ministry.id, properties: { title: '部长', titleEn: 'Minister' }, evidence: '部长李干杰' },
      { type: 'SAID', from: minister.id, to: id('statement', 'follow-up-1'), evidence: '报告精彩，源于工作的出彩' },
      { type: 'ABOUT', from: id('statement', 'follow-up-1'), to: id('theme', 'pooling-strength'), evidence: '凝心聚力' },
    ],
  };
  const folder = await mkdtemp(path.join(tmpdir(), 'ecokg-report-b-'));
  // Another report with the same words and a line of its own: the graph would take the very same text for report A.
  await writeFile(path.join(folder, 'report.txt'), markCopy(await readFile(path.join(a.folder, 'report.txt'), 'utf8'), 'follow-up'));
  await writeFile(path.join(folder, 'graph.json'), JSON.stringify(json, null, 2));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  return { folder, documentId };
}

async function load(folder: string): Promise<void> {
  await loadSeedDocuments(gateway, await validateSeedFolders([folder]));
}

async function entity(id: string): Promise<Record<string, unknown>> {
  const [row] = await withDriver((run) => run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties', { id }));
  return row?.properties as Record<string, unknown>;
}

async function runSeedCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password } = testConnection();
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['src/cli/seed-cli.ts', ...args], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('a second report on shared entities', () => {
  it('adds its evidence and aliases but leaves the earlier report defining names, then removing it gives back report A alone exactly', async () => {
    const a = await reportA();
    await load(a.folder);
    const aAlone = await snapshotGraph(`:${a.prefix}-`);
    const ministerId = `person:${a.prefix}-li-ganjie`;
    const minister = await entity(ministerId);
    expect(minister.nameEn).toBe('Li Ganjie');

    const b = await reportB(a, '2021-01-20');
    await load(b.folder);
    const shared = await entity(ministerId);
    // The 2020 report named him first, so its English name stays; report B adds an alias and a second SOURCE.
    expect(shared.nameEn).toBe('Li Ganjie');
    expect(shared.definedBy).toBe(a.documentId);
    expect(shared.aliases).toEqual(['李干杰部长']);
    const [sources] = await withDriver((run) =>
      run('MATCH (:Person {id: $id})-[s:SOURCE]->(d:Document) RETURN collect(d.id) AS documents, count(s) AS count', { id: ministerId }),
    );
    expect(sources).toMatchObject({ count: 2 });
    expect((sources!.documents as string[]).sort()).toEqual([a.documentId, b.documentId].sort());

    const removed = await removeDocument(gateway, b.documentId);
    // B's theme and statement go (no other report names them); the minister and the ministry are rebuilt.
    expect(removed).toMatchObject({ documentId: b.documentId, deletedNodes: 2, rebuiltNodes: 2 });
    expect(removed.deletedRelationships).toBe(3 + 4);
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(aAlone);
  });

  it('defines the shared entities when it is the earlier report, whatever the load order, and removing it restores report A', async () => {
    const a = await reportA();
    await load(a.folder);
    const aAlone = await snapshotGraph(`:${a.prefix}-`);
    const b = await reportB(a, '2019-12-30');
    await load(b.folder);
    expect(await entity(`person:${a.prefix}-li-ganjie`)).toMatchObject({ nameEn: 'Li Ganjie (as report B writes it)', definedBy: b.documentId });
    expect(await entity(`organization:${a.prefix}-mee`)).toMatchObject({ nameEn: 'Ministry of Ecology and Environment (report B)' });
    const bothAThenB = await snapshotGraph(`:${a.prefix}-`);

    await removeDocument(gateway, b.documentId);
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(aAlone);
    // Loading B again gives the same graph as before: which report defines an entity does not depend on load order.
    await load(b.folder);
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(bothAThenB);
  });

  it('is refused whole when it gives a known id another label', async () => {
    const a = await reportA();
    await load(a.folder);
    const before = await snapshotGraph(`:${a.prefix}-`);
    const b = await reportB(a, '2021-01-20');
    const [document] = await validateSeedFolders([b.folder]);
    const minister = document!.nodes.find((node) => node.label === 'Person')!;
    minister.label = 'Region';
    const refused = await loadSeedDocuments(gateway, [document!]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SeedValidationError);
    expect((refused as SeedValidationError).problems).toEqual([
      expect.objectContaining({
        record: minister.id,
        field: 'label',
        message: `Region here, but the graph already holds ${minister.id} as a Person`,
      }),
    ]);
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(before);
  });
});

describe('npm run seed -- --remove', () => {
  it('removes a loaded document and says what it took out; an unknown id changes nothing and says so', async () => {
    const a = await reportA();
    await load(a.folder);
    const aAlone = await snapshotGraph(`:${a.prefix}-`);
    const b = await reportB(a, '2021-01-20');
    await load(b.folder);

    const unknown = await runSeedCli(['--remove', `document:${a.prefix}-no-such-report`]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(`No document document:${a.prefix}-no-such-report in the graph; nothing was removed.`);

    const removed = await runSeedCli(['--remove', b.documentId]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain(`removed ${b.documentId}`);
    expect(removed.stdout).toContain('7 relationships and 2 entities no other document names; 2 shared entities rebuilt');
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(aAlone);
  });
});

describe('DELETE /admin/documents/<id>', () => {
  const remove = (documentId: string, token: string | null = ADMIN_TOKEN) =>
    fetch(`${api.url}/admin/documents/${encodeURIComponent(documentId)}`, {
      method: 'DELETE',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('needs the token, refuses an unknown id with NOT_FOUND, and removes a loaded document', async () => {
    const a = await reportA();
    await load(a.folder);
    const aAlone = await snapshotGraph(`:${a.prefix}-`);
    const b = await reportB(a, '2021-01-20');
    await load(b.folder);
    const withB = await snapshotGraph(`:${a.prefix}-`);

    const anonymous = await remove(b.documentId, null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await remove(`document:${a.prefix}-nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      errors: [{ message: `No document document:${a.prefix}-nothing-here in the graph; nothing was removed.`, extensions: { code: 'NOT_FOUND' } }],
    });
    const malformed = await remove('not an id');
    expect(malformed.status).toBe(400);
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(withB);

    const removed = await remove(b.documentId);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({
      removed: { documentId: b.documentId, deletedRelationships: 7, deletedNodes: 2, rebuiltNodes: 2 },
    });
    expect(await snapshotGraph(`:${a.prefix}-`)).toEqual(aAlone);
  });
});
