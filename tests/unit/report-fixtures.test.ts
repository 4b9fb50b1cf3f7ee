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
  it('include the kinds the extraction and multi-report tests need', async () => {
    const kinds = await Promise.all(folders.map(async (folder) => (await readGraph(folder)).document.kind));
    expect(new Set(kinds)).toEqual(new Set(['press-conference', 'digest', 'work-report', 'release', 'news-report']));
  });

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

  it('give an entity shared by two documents the same name, English name and kind in each (the loader keeps the last)', async () => {
    const first = new Map<string, { fields: string; document: string }>();
    const differing: string[] = [];
    const graphs = [
      ...(await listSeedFolders(SEED_ROOT)).map(async (folder) => JSON.parse(await readFile(path.join(folder, GRAPH_FILE), 'utf8')) as FixtureGraph),
      ...folders.map(readGraph),
    ];
    for (const graph of await Promise.all(graphs)) {
      for (const node of graph.nodes.filter((n) => n.label !== 'Statement' && n.label !== 'Statistic')) {
        // Evidence and aliases belong to each document; everything else is one curated value per entity.
        const { evidence: _evidence, evidenceStart: _start, aliases: _aliases, ...rest } = node as Record<string, unknown>;
        const fields = JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
        const earlier = first.get(node.id);
        if (earlier && earlier.fields !== fields) differing.push(`${node.id}: "${earlier.document}" and "${graph.document.name}"`);
        if (!earlier) first.set(node.id, { fields, document: graph.document.name });
      }
    }
    expect(differing).toEqual([]);
  });

  it.each(folders)('%s is listed in the fixtures README', async (folder) => {
    const readme = await readFile(path.join(FIXTURES, 'README.md'), 'utf8');
    // A row of the table of reports; the formatter pads the cells.
    expect(readme).toMatch(new RegExp(`^\\| \`${folder}\` +\\|`, 'm'));
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
