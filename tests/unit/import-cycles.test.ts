import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every module of src/ and the src/ modules it imports (type-only imports included: they still tie layers). */
async function importGraph(): Promise<Map<string, string[]>> {
  const files = (await readdir(SRC, { recursive: true })).filter((file) => file.endsWith('.ts')).map((file) => path.join(SRC, file));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const targets = [...source.matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)].map(([, target]) => path.resolve(path.dirname(file), target!));
    graph.set(file, targets);
  }
  return graph;
}

/** The import cycles of a graph, each as the modules on it (depth-first search, one report per cycle found). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (module: string) => {
    state.set(module, 'visiting');
    stack.push(module);
    for (const target of graph.get(module) ?? []) {
      if (state.get(target) === 'visiting') cycles.push(stack.slice(stack.indexOf(target)).map((file) => path.relative(SRC, file)));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(module, 'done');
  };
  for (const module of graph.keys()) if (!state.has(module)) visit(module);
  return cycles;
}

describe('src/', () => {
  it('has no import cycles, so each layer can be read and tested on its own', async () => {
    const graph = await importGraph();
    expect(graph.size).toBeGreaterThan(40);
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      [path.join(SRC, 'a.ts'), [path.join(SRC, 'b.ts')]],
      [path.join(SRC, 'b.ts'), [path.join(SRC, 'a.ts')]],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts']]);
  });
});
