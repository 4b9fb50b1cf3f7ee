import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { loadSeedDocuments } from '../../src/seed/load-seed.ts';
import { SeedValidationError, validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { deleteMarkedEntities, snapshotGraph } from '../support/graph-snapshot.ts';
import { copyReportSeed, type SeedCopy, type SeedJson } from '../support/seed-copy.ts';
import { createTestGateway, testConnection, withDriver } from '../support/test-service.ts';

const execFileAsync = promisify(execFile);
const copies: SeedCopy[] = [];
let gateway: GraphGateway;

beforeAll(async () => {
  gateway = await createTestGateway();
});

afterAll(async () => {
  for (const copy of copies) await deleteMarkedEntities(`:${copy.prefix}-`);
  await Promise.all(copies.map((copy) => copy.remove()));
  await gateway.close();
});

async function freshCopy(): Promise<SeedCopy> {
  const copy = await copyReportSeed();
  copies.push(copy);
  return copy;
}

const marker = (copy: SeedCopy) => `:${copy.prefix}-`;

/** Runs `npm run seed` on one folder, as a user would, against the tests' Neo4j. */
async function runSeedCli(folder: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password } = testConnection();
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['src/cli/seed-cli.ts', folder], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run seed', () => {
  it('loads a document whole, and a second run changes no count and no property', async () => {
    const copy = await freshCopy();
    const first = await runSeedCli(copy.folder);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('164 nodes and 454 relationships merged');
    const afterFirst = await snapshotGraph(marker(copy));
    // 163 entities and the document; 291 curated relations, one SOURCE per entity, and none to the document itself.
    expect(afterFirst).toMatchObject({ nodes: 164, relationships: 291 + 163 });
    // Each relation under the type graph.json gives it (the loader writes the type from the row, the validator allows it).
    const written = await withDriver((run) =>
      run(
        `MATCH (a:Entity)-[r]->(:Entity) USING SCAN a:Entity WHERE a.id CONTAINS $marker AND r.source = $documentId
         RETURN type(r) AS type, count(*) AS count ORDER BY type`,
        { marker: marker(copy), documentId: copy.documentId },
      ),
    );
    const stated: Record<string, number> = {};
    for (const rel of copy.json.relationships) stated[rel.type] = (stated[rel.type] ?? 0) + 1;
    expect(Object.fromEntries(written.filter((row) => row.type !== 'SOURCE').map((row) => [row.type, Number(row.count)]))).toEqual(stated);

    const second = await runSeedCli(copy.folder);
    expect(second.code, second.stderr).toBe(0);
    expect(await snapshotGraph(marker(copy))).toEqual(afterFirst);
  });

  it('loads every draft folder of a folder, one transaction each, a line per document when not on a terminal', async () => {
    const [first, second] = [await freshCopy(), await freshCopy()];
    const drafts = await mkdtemp(path.join(tmpdir(), 'ecokg-drafts-'));
    try {
      await cp(first!.folder, path.join(drafts, 'a-report'), { recursive: true });
      await cp(second!.folder, path.join(drafts, 'b-report'), { recursive: true });
      const run = await runSeedCli(drafts);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^validated 2 document\(s\)/);
      expect(run.stdout).toMatch(/\[1\/2\] loaded .*a-report\/graph\.json: 164 nodes, 454 relationships/);
      expect(run.stdout).toMatch(/\[2\/2\] loaded .*b-report\/graph\.json: 164 nodes, 454 relationships/);
      expect(run.stdout).toContain('loaded 2 document(s)');
      expect(await snapshotGraph(marker(first!))).toMatchObject({ nodes: 164 });
      expect(await snapshotGraph(marker(second!))).toMatchObject({ nodes: 164 });
    } finally {
      await rm(drafts, { recursive: true, force: true });
    }
  });

  it('refuses a folder that holds no seed folder, in one line', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'ecokg-empty-'));
    try {
      const run = await runSeedCli(empty);
      expect(run.code).not.toBe(0);
      expect(run.stderr.trim()).toBe(`${empty} holds no graph.json, nor folders that do`);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  type Breakage = {
    name: string;
    field: string;
    record: (copy: SeedCopy) => string;
    message: RegExp;
    breakIt: (json: SeedJson, copy: SeedCopy) => void;
  };
  const breakages: Breakage[] = [
    {
      name: 'a missing field',
      field: 'nameEn',
      record: (copy) => `person:${copy.prefix}-li-ganjie`,
      message: /expected string/i,
      breakIt: (json, copy) => {
        delete json.nodes.find((node) => node.id === `person:${copy.prefix}-li-ganjie`)!.nameEn;
      },
    },
    {
      name: 'a dangling reference',
      field: 'to',
      record: (copy) => `person:${copy.prefix}-li-ganjie -SPEAKS_FOR-> organization:${copy.prefix}-nowhere`,
      message: /dangling reference: no node organization:t\w+-nowhere/,
      breakIt: (json, copy) => {
        json.relationships.find((rel) => rel.from === `person:${copy.prefix}-li-ganjie` && rel.type === 'SPEAKS_FOR')!.to =
          `organization:${copy.prefix}-nowhere`;
      },
    },
    {
      name: 'evidence that is not in the text',
      field: 'evidence',
      record: (copy) => `region:${copy.prefix}-tianjin`,
      message: /not found verbatim in report\.txt/,
      breakIt: (json, copy) => {
        json.nodes.find((node) => node.id === `region:${copy.prefix}-tianjin`)!.evidence = '天津市是直辖市';
      },
    },
    {
      name: 'a duplicate id',
      field: 'id',
      record: (copy) => `theme:${copy.prefix}-precise-pollution-control`,
      message: /duplicate id/,
      breakIt: (json, copy) => {
        json.nodes.push({ ...json.nodes.find((node) => node.id === `theme:${copy.prefix}-precise-pollution-control`)! });
      },
    },
    {
      name: 'a relation between the wrong kinds of entity',
      field: 'from',
      record: (copy) => `region:${copy.prefix}-tianjin -SAID-> statement:${copy.prefix}-qian-feng-1`,
      message: /SAID cannot start at a Region; allowed: Person/,
      breakIt: (json, copy) => {
        json.relationships.push({
          type: 'SAID',
          from: `region:${copy.prefix}-tianjin`,
          to: `statement:${copy.prefix}-qian-feng-1`,
          evidence: '天津市',
        });
      },
    },
    {
      name: 'a relationship type the seed schema does not know',
      field: 'type',
      record: (copy) => `person:${copy.prefix}-li-ganjie -OWNS-> organization:${copy.prefix}-mee`,
      message: /expected one of "SPEAKS_FOR"/,
      breakIt: (json, copy) => {
        json.relationships.find((rel) => rel.from === `person:${copy.prefix}-li-ganjie` && rel.type === 'SPEAKS_FOR')!.type = 'OWNS';
      },
    },
  ];

  it.each(breakages)('refuses $name, naming the file, record and field, and writes nothing', async (breakage) => {
    const copy = await freshCopy();
    breakage.breakIt(copy.json, copy);
    await copy.save();

    const result = await runSeedCli(copy.folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain(copy.file);
    expect(result.stderr).toContain(`record ${breakage.record(copy)}`);
    expect(result.stderr).toContain(`field ${breakage.field}`);
    expect(result.stderr).toMatch(breakage.message);
    expect(await snapshotGraph(marker(copy))).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    const copy = await freshCopy();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(copy.file, '{ "document": ');
    await expect(validateSeedFolders([copy.folder])).rejects.toThrow(SeedValidationError);
    await expect(validateSeedFolders([copy.folder])).rejects.toThrow(`${copy.file}: record (file), field (json)`);
  });

  it('refuses a draft that still calls its implied places bodyPlaces, saying what the key is now called', async () => {
    const copy = await freshCopy();
    (copy.json as SeedJson & { bodyPlaces?: unknown[] }).bodyPlaces = [];
    await copy.save();
    await expect(validateSeedFolders([copy.folder])).rejects.toThrow(`${copy.file}: record (file), field bodyPlaces: is now called impliedPlaces`);
  });

  it('leaves the previous graph exactly as it was when a batch fails half-way through a load', async () => {
    const copy = await freshCopy();
    const [original] = await validateSeedFolders([copy.folder]);
    await loadSeedDocuments(gateway, [original!]);
    const before = await snapshotGraph(marker(copy));

    // A new version of the document: one node renamed in English, one node added.
    copy.json.nodes[0]!.nameEn = 'Changed in the failed load';
    copy.json.nodes.push({
      id: `theme:${copy.prefix}-added`,
      label: 'Theme',
      name: '依法治污',
      nameEn: 'Added',
      description: 'Added.',
      evidence: '依法治污',
    });
    await copy.save();
    const [changed] = await validateSeedFolders([copy.folder]);
    let batches = 0;
    // The new version replaces the loaded one in one transaction: removal and load fail together.
    const failingLoad = loadSeedDocuments(gateway, [changed!], {
      existing: 'replace',
      batchSize: 40,
      onBatch: () => {
        batches += 1;
        if (batches === 3) throw new Error('simulated failure in the third batch');
      },
    });
    await expect(failingLoad).rejects.toThrow('simulated failure in the third batch');
    expect(await snapshotGraph(marker(copy))).toEqual(before);
  });

  it('does not duplicate anything when two loaders write the same document at once', async () => {
    const copy = await freshCopy();
    const documents = await validateSeedFolders([copy.folder]);
    const second = await createTestGateway();
    try {
      await Promise.all([loadSeedDocuments(gateway, documents, { batchSize: 25 }), loadSeedDocuments(second, documents, { batchSize: 25 })]);
    } finally {
      await second.close();
    }
    expect(await snapshotGraph(marker(copy))).toMatchObject({ nodes: 164, relationships: 454 });
    const [duplicates] = await withDriver((run) =>
      run(
        `MATCH (a:Entity)-[r]->(b:Entity) USING SCAN a:Entity WHERE a.id CONTAINS $marker
         WITH a, type(r) AS type, b, r.source AS source, count(*) AS copies WHERE copies > 1
         RETURN count(*) AS duplicated`,
        { marker: marker(copy) },
      ),
    );
    expect(duplicates?.duplicated).toBe(0);
  });
});
