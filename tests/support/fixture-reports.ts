import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { loadSeedDocuments } from '../../src/seed/load-seed.ts';
import { removeDocument } from '../../src/seed/remove-document.ts';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { listSeedFolders, validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { copyUrl, markCopy, type SeedJson } from './seed-copy.ts';

/** The team-written test reports (tests/fixtures/reports/README.md). */
export const FIXTURE_REPORTS = new URL('../fixtures/reports/', import.meta.url);

/** Test reports loaded into the tests' Neo4j under ids of their own; `remove` takes them out again. */
export interface LoadedFixtures {
  /** Every id the fixtures do not share with seed/ starts with `kind:<prefix>-`. */
  prefix: string;
  /** An id of the fixtures as this load wrote it: `person:zhou-qihang` → `person:<prefix>-zhou-qihang`; seed ids stay. */
  id(fixtureId: string): string;
  /** The documents' ids as loaded, in the order given. */
  documentIds: string[];
  /** Removes the documents (shared seed entities are rebuilt as they were) and the temporary folders. */
  remove(): Promise<void>;
}

/**
 * Loads team-written reports (folder names under tests/fixtures/reports) in the order given, each in its own
 * transaction as `npm run seed` would. Ids the reports share with seed/ (organization:mee,
 * theme:precise-pollution-control …) stay, so the reports meet the seed report there; every other id gets a
 * prefix of this load, and each text a line naming the load (markCopy), so tests running at once never meet each
 * other's copies.
 */
export async function loadFixtureReports(gateway: GraphGateway, folders: string[]): Promise<LoadedFixtures> {
  const prefix = `f${Math.random().toString(36).slice(2, 10)}`;
  const seedIds = await idsInSeed();
  const id = (fixtureId: string) => (seedIds.has(fixtureId) ? fixtureId : fixtureId.replace(/^([a-z]+):/, `$1:${prefix}-`));
  const copies: string[] = [];
  for (const folder of folders) {
    const source = path.join(new URL(FIXTURE_REPORTS).pathname, folder);
    const json = JSON.parse(await readFile(path.join(source, 'graph.json'), 'utf8')) as SeedJson;
    const renamed: SeedJson = {
      document: { ...json.document, id: id(json.document.id), ...copyUrl(json.document.url, prefix) },
      nodes: json.nodes.map((node) => ({ ...node, id: id(node.id) })),
      relationships: json.relationships.map((rel) => ({ ...rel, from: id(rel.from), to: id(rel.to) })),
    };
    const copy = await mkdtemp(path.join(tmpdir(), `ecokg-fixture-${folder.slice(0, 20)}-`));
    // A text of its own: the graph knows a report by its text, and other tests load the same fixture at the same time.
    const text = await readFile(path.join(source, json.document.textFile as string), 'utf8');
    await writeFile(path.join(copy, json.document.textFile as string), markCopy(text, prefix));
    await writeFile(path.join(copy, 'graph.json'), JSON.stringify(renamed));
    copies.push(copy);
  }
  const documents = await validateSeedFolders(copies);
  await loadSeedDocuments(gateway, documents);
  const documentIds = documents.map((doc) => doc.document.id);
  return {
    prefix,
    id,
    documentIds,
    async remove() {
      for (const documentId of [...documentIds].reverse()) await removeDocument(gateway, documentId);
      await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
    },
  };
}

async function idsInSeed(): Promise<Set<string>> {
  const documents = await validateSeedFolders(await listSeedFolders(SEED_ROOT));
  return new Set(documents.flatMap((doc) => [doc.document.id, ...doc.nodes.map((node) => node.id)]));
}
