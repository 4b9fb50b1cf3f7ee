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

/**
 * The floors of src/ (STYLE.md, "The house"): a folder imports only from folders on lower floors. main.ts stands
 * above them all. A new folder must be given a floor here.
 */
const FLOORS: Record<string, number> = {
  config: 1,
  errors: 1,
  logging: 1,
  'neo4j-local': 1,
  'graph-model': 1,
  db: 2,
  search: 2,
  seed: 3,
  metrics: 3,
  graphql: 4,
  extract: 4,
  ingest: 5,
  review: 5,
  http: 6,
  cli: 6,
  service: 7,
};
// Inside graphql/, its resolvers are the top: only the file that assembles the server imports them.
const RESOLVERS = 'graphql/resolvers/';
const ASSEMBLES_RESOLVERS = new Set(['graphql/create-apollo-server.ts']);

/** The folder of a module of src/ (its first path segment), or the module itself when it stands at the top. */
const folderOf = (module: string) => path.relative(SRC, module).split(path.sep)[0]!;
const floorOf = (module: string) => (path.relative(SRC, module).includes(path.sep) ? (FLOORS[folderOf(module)] ?? 0) : Number.POSITIVE_INFINITY);

/** The imports of a graph that point up or sideways between folders, or into graphql's resolvers from below them. */
function arrowsThatGoUp(graph: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [module, targets] of graph) {
    const from = path.relative(SRC, module);
    for (const target of targets) {
      const to = path.relative(SRC, target);
      const across = folderOf(module) !== folderOf(target) && floorOf(target) >= floorOf(module);
      const intoResolvers = to.startsWith(RESOLVERS) && !from.startsWith(RESOLVERS) && !ASSEMBLES_RESOLVERS.has(from);
      if (across || intoResolvers) wrong.push(`${from} -> ${to}`);
    }
  }
  return wrong;
}

describe('src/', () => {
  it('gives every folder a floor', async () => {
    const folders = new Set([...(await importGraph()).keys()].filter((module) => path.relative(SRC, module).includes(path.sep)).map(folderOf));
    expect([...folders].filter((folder) => FLOORS[folder] === undefined)).toEqual([]);
  });

  it('has no arrow that goes back up: a folder imports only from lower floors, and only the server wires the resolvers', async () => {
    expect(arrowsThatGoUp(await importGraph())).toEqual([]);
  });

  it('names an arrow that goes back up (the check itself works): a command importing the service, seed importing graphql', () => {
    const graph = new Map([
      [path.join(SRC, 'cli/seed-cli.ts'), [path.join(SRC, 'service/start-service.ts'), path.join(SRC, 'seed/load-seed.ts')]],
      [path.join(SRC, 'seed/seed-schema.ts'), [path.join(SRC, 'graphql/generated/stored-values.ts')]],
      [path.join(SRC, 'graphql/compile/field-plans.ts'), [path.join(SRC, 'graphql/resolvers/relation-field.ts')]],
    ]);
    expect(arrowsThatGoUp(graph)).toEqual([
      'cli/seed-cli.ts -> service/start-service.ts',
      'seed/seed-schema.ts -> graphql/generated/stored-values.ts',
      'graphql/compile/field-plans.ts -> graphql/resolvers/relation-field.ts',
    ]);
  });

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
