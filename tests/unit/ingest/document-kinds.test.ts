import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src/graph-model/document-kinds.ts';
import { STORED_ENUM_VALUES } from '../../../src/graph-model/stored-values.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, folder), { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('document kinds', () => {
  it('are the schema’s DocumentKind values, in the schema’s order', async () => {
    const schema = await readFile(path.join(ROOT, 'schema.graphql'), 'utf8');
    const body = /enum DocumentKind\b[^{]*\{([\s\S]*?)\}/.exec(schema)?.[1] ?? '';
    const stored = [...body.matchAll(/@stored\(value:\s*"([^"]+)"\)/g)].map((m) => m[1]);
    expect(stored.length).toBeGreaterThan(3);
    expect(DOCUMENT_KINDS).toEqual(stored);
    expect(DOCUMENT_KINDS).toEqual(Object.values(STORED_ENUM_VALUES.DocumentKind));
  });

  it('are listed nowhere else in the code: a second list would drift from the schema', async () => {
    // A list of kinds is two or more of them in one bracket or union; the generated values are the one source.
    const kinds = DOCUMENT_KINDS.map((kind) => `['"]${kind}['"]`).join('|');
    const list = new RegExp(`(?:${kinds})\\s*[,|]\\s*(?:${kinds})`);
    const copies: string[] = [];
    for (const file of [...(await sourceFiles('src')), ...(await sourceFiles('web'))]) {
      if (file.includes(`${path.sep}generated${path.sep}`)) continue;
      if (list.test(await readFile(file, 'utf8'))) copies.push(path.relative(ROOT, file));
    }
    expect(copies).toEqual([]);
  });
});
