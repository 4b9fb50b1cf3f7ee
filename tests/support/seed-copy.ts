import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';

/** A seed document as JSON, to be changed by a test before it is written out. */
export type SeedJson = {
  document: Record<string, unknown> & { id: string };
  nodes: Array<Record<string, unknown> & { id: string; label: string }>;
  relationships: Array<Record<string, unknown> & { type: string; from: string; to: string }>;
};

/** A copy of the report's seed folder whose ids all carry a prefix of their own, so a test's writes never meet another's. */
export interface SeedCopy {
  folder: string;
  file: string;
  documentId: string;
  /** Every id of the copy starts with `kind:<prefix>-`. */
  prefix: string;
  json: SeedJson;
  /** Writes `json` (as changed) to the copy's graph.json. */
  save(json?: SeedJson): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Copies seed/2020-national-conference into a temp folder with every id rewritten to be unique. The graph knows a
 * report by its text and URL too (one report, one document), so the copy's text ends with a line naming it and its URL
 * carries the prefix: a test's copy is a report of its own, never taken for the seed's.
 */
export async function copyReportSeed(): Promise<SeedCopy> {
  const prefix = `t${Math.random().toString(36).slice(2, 10)}`;
  const source = path.join(SEED_ROOT, '2020-national-conference');
  const folder = await mkdtemp(path.join(tmpdir(), 'ecokg-seed-'));
  await writeFile(path.join(folder, 'report.txt'), markCopy(await readFile(path.join(source, 'report.txt'), 'utf8'), prefix));
  const original = JSON.parse(await readFile(path.join(source, 'graph.json'), 'utf8')) as SeedJson;
  const rename = (id: string) => id.replace(/^([a-z]+):/, `$1:${prefix}-`);
  const json: SeedJson = {
    document: { ...original.document, id: rename(original.document.id), ...copyUrl(original.document.url, prefix) },
    nodes: original.nodes.map((node) => ({ ...node, id: rename(node.id) })),
    relationships: original.relationships.map((rel) => ({ ...rel, from: rename(rel.from), to: rename(rel.to) })),
  };
  const file = path.join(folder, 'graph.json');
  const copy: SeedCopy = {
    folder,
    file,
    documentId: json.document.id,
    prefix,
    json,
    save: (changed = copy.json) => writeFile(file, JSON.stringify(changed, null, 2)),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
  await copy.save();
  return copy;
}

/** A test's copy of a report's text: the text, then a line of its own (evidence offsets before it stay as they were). */
export function markCopy(text: string, prefix: string): string {
  return `${text.replace(/\s*$/, '')}\n\n（测试副本 ${prefix}）\n`;
}

/** A test's copy of a report's URL, when it has one: the same page with the copy's prefix as a query. */
export function copyUrl(url: unknown, prefix: string): { url?: string } {
  return typeof url === 'string' ? { url: `${url}${url.includes('?') ? '&' : '?'}copy=${prefix}` } : {};
}
