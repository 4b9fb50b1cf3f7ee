import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GRAPH_FILE, listSeedFolders, validateSeedFolder, validateSeedFolders } from '../../src/seed/validate-seed.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));
const SEED_ROOT = fileURLToPath(new URL('../../seed/', import.meta.url));
const folders = (await readdir(FIXTURES, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface FixtureGraph {
  document: { name: string; textFile: string; publishedAt: string; kind?: string };
  nodes: { id: string; label: string }[];
}

const readGraph = async (folder: string): Promise<FixtureGraph> => JSON.parse(await readFile(path.join(FIXTURES, folder, GRAPH_FILE), 'utf8'));
const readText = async (folder: string) => readFile(path.join(FIXTURES, folder, 'report.txt'), 'utf8');

describe('team-written test reports (tests/fixtures/reports)', () => {
  it.each(folders)('%s is valid seed data on its own', async (folder) => {
    const { problems } = await validateSeedFolder(path.join(FIXTURES, folder));
    expect(problems).toEqual([]);
  });

  it('load together with seed/ without an id changing its label', async () => {
    const all = [...(await listSeedFolders(SEED_ROOT)), ...folders.map((folder) => path.join(FIXTURES, folder))];
    await expect(validateSeedFolders(all)).resolves.toHaveLength(all.length);
  });

  it('never reuse a statement or statistic id across documents (they belong to one document each)', async () => {
    const owners = new Map<string, string>();
    const repeated: string[] = [];
    const graphs = [
      ...(await listSeedFolders(SEED_ROOT)).map(async (folder) => JSON.parse(await readFile(path.join(folder, GRAPH_FILE), 'utf8')) as FixtureGraph),
      ...folders.map(readGraph),
    ];
    for (const graph of await Promise.all(graphs)) {
      for (const node of graph.nodes.filter((n) => n.label === 'Statement' || n.label === 'Statistic')) {
        if (owners.has(node.id)) repeated.push(`${node.id} in "${owners.get(node.id)}" and "${graph.document.name}"`);
        owners.set(node.id, graph.document.name);
      }
    }
    expect(repeated).toEqual([]);
  });

  it.each(folders)('%s is listed in the fixtures README', async (folder) => {
    const readme = await readFile(path.join(FIXTURES, 'README.md'), 'utf8');
    expect(readme).toContain(`| \`${folder}\` |`);
  });

  it.each(folders)('%s reads like a published report: title first, 1,500 to 6,000 characters, its date in the text', async (folder) => {
    const [text, { document }] = await Promise.all([readText(folder), readGraph(folder)]);
    expect(document.textFile).toBe('report.txt');
    expect(text.split('\n')[0]).toBe(document.name);
    expect(Array.from(text).length).toBeGreaterThanOrEqual(1500);
    expect(Array.from(text).length).toBeLessThanOrEqual(6000);
    const [year, month, day] = document.publishedAt.split('-').map(Number);
    expect(text).toMatch(new RegExp(`${year}年|${month}月${day}日`));
  });

  it.each(folders)('%s carries none of the marks of a page copied from the web', async (folder) => {
    const text = await readText(folder);
    for (const mark of ['原标题', '来源：', '责任编辑：', 'http://www.', 'https://www.']) expect(text).not.toContain(mark);
  });
});
