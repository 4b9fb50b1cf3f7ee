import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { resetGraph } from '../../src/seed/load-seed.ts';
import { SEED_ROOT, seedFromFolder } from '../../src/seed/seed-from-folder.ts';
import { type GraphSnapshot, snapshotGraph } from '../support/graph-snapshot.ts';
import { createTestGateway, testConnection, withDriver } from '../support/test-service.ts';

// A 100× corpus: the real report and 99 synthetic ones shaped like it, sharing its regions and themes.
const SYNTHETIC_DOCUMENTS = 99;
const REAL_REPORT = path.join(SEED_ROOT, '2020-national-conference');
let corpusDir: string;
let folders: string[];
let gateway: GraphGateway;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'ecokg-corpus-'));
  ({ folders } = await generateCorpus({ documents: SYNTHETIC_DOCUMENTS, seed: 7, outDir: corpusDir }));
  gateway = await createTestGateway();
});

afterAll(async () => {
  // Leave the graph as the other tests expect it: the real report only.
  await resetGraph(gateway);
  await seedFromFolder(gateway, createLogger({ level: 'silent' }));
  await gateway.close();
  await rm(corpusDir, { recursive: true, force: true });
});

/** Starts `npm run seed` (its entry point) on the given folders against the tests' Neo4j. */
function startSeedCli(seedFolders: string[]): ChildProcess & { done: Promise<number | null> } {
  const { uri, user, password } = testConnection();
  const child = spawn(process.execPath, ['src/cli/seed-cli.ts', ...seedFolders], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return Object.assign(child, { done });
}

const everything = () => snapshotGraph(':');
const documentCount = async () => Number((await withDriver((run) => run('MATCH (d:Document) RETURN count(d) AS n')))[0]!.n);

describe('a 100× load killed part-way', () => {
  let cleanLoad: GraphSnapshot;

  it('writes the same graph twice from scratch (the reference a clean load makes)', async () => {
    await resetGraph(gateway);
    const started = performance.now();
    const loader = startSeedCli([REAL_REPORT, ...folders]);
    expect(await loader.done).toBe(0);
    cleanLoad = await everything();
    console.log(
      `clean 100× load: ${cleanLoad.nodes} nodes, ${cleanLoad.relationships} relationships in ${Math.round(performance.now() - started)} ms`,
    );
    expect(cleanLoad.nodes).toBeGreaterThan(SYNTHETIC_DOCUMENTS * 100);
  });

  it('leaves every document whole or absent after SIGKILL, and a re-run gives exactly the clean graph', async () => {
    await resetGraph(gateway);
    await seedFromFolder(gateway, createLogger({ level: 'silent' }));
    const before = await everything();

    const loader = startSeedCli([REAL_REPORT, ...folders]);
    while ((await documentCount()) < 30 && loader.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
    loader.kill('SIGKILL');
    await loader.done;
    const loadedWhenKilled = await documentCount();
    expect(loadedWhenKilled).toBeLessThan(SYNTHETIC_DOCUMENTS + 1);

    // Each document's transaction either committed whole or left nothing: a document present has all its entities.
    const expected = new Map(
      await Promise.all(
        folders.map(async (folder) => {
          const graph = JSON.parse(await readFile(path.join(folder, 'graph.json'), 'utf8')) as { document: { id: string }; nodes: unknown[] };
          return [graph.document.id, graph.nodes.length] as const;
        }),
      ),
    );
    const present = await withDriver((run) => run('MATCH (d:Document) RETURN d.id AS id, COUNT { (:Entity)-[:SOURCE]->(d) } AS entities'));
    for (const { id, entities } of present) if (expected.has(id as string)) expect(entities, String(id)).toBe(expected.get(id as string));
    const afterKill = await everything();
    expect(afterKill.nodes).toBeGreaterThan(before.nodes);

    const rerun = startSeedCli([REAL_REPORT, ...folders]);
    expect(await rerun.done).toBe(0);
    const afterRerun = await everything();
    console.log(
      `interrupted load: killed with ${loadedWhenKilled} of ${SYNTHETIC_DOCUMENTS + 1} documents loaded (${afterKill.nodes} nodes); after the re-run ${afterRerun.nodes} nodes and ${afterRerun.relationships} relationships, ${afterRerun.checksum === cleanLoad.checksum ? 'identical to' : 'DIFFERENT from'} a clean load`,
    );
    expect(afterRerun).toEqual(cleanLoad);
  });

  it('does not duplicate anything when two loaders run the whole corpus at once', async () => {
    await resetGraph(gateway);
    const first = startSeedCli([REAL_REPORT, ...folders]);
    const second = startSeedCli([REAL_REPORT, ...folders]);
    expect(await Promise.all([first.done, second.done])).toEqual([0, 0]);
    const both = await everything();
    console.log(
      `two loaders at once: ${both.nodes} nodes, ${both.relationships} relationships (clean load: ${cleanLoad.nodes}, ${cleanLoad.relationships})`,
    );
    expect(both).toEqual(cleanLoad);
  });
});
