/**
 * `npm run cypher -- <query.graphql> [--variables '{"id": "person:li-ganjie"}'] [--operation Name]`: prints the one
 * Cypher statement the request becomes (with its parameters as a Neo4j Browser `:param` line) and, when a Neo4j
 * answers at NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD), its EXPLAIN plan. `npm run cypher -- --write-examples` writes the
 * statement of every example question of examples/questions/ to cypher/generated/, which a test keeps current.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Plan } from 'neo4j-driver';
import { loadFragmentCatalog } from '../src/db/cypher-fragments.ts';
import { compileDocument, renderCompiled } from '../src/graphql/compile/compile-document.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the statements of the example questions are written. */
export const GENERATED_DIR = path.join(ROOT, 'cypher', 'generated');
const EXAMPLES_DIR = path.join(ROOT, 'examples', 'questions');

/** The generated file of each example question: its name and the text it must hold. */
export async function renderExampleStatements(): Promise<Map<string, string>> {
  const catalog = await loadFragmentCatalog();
  const files = (await readdir(EXAMPLES_DIR)).filter((file) => file.endsWith('.graphql')).sort();
  const rendered = new Map<string, string>();
  for (const file of files) {
    const compiled = compileDocument({ source: await readFile(path.join(EXAMPLES_DIR, file), 'utf8'), catalog });
    const header = `// Generated from examples/questions/${file} by \`npm run cypher -- --write-examples\`: the one statement the\n// question runs. Do not edit: edit the fragments of cypher/fields, then regenerate.\n`;
    rendered.set(file.replace(/\.graphql$/, '.cypher'), header + renderCompiled(compiled));
  }
  return rendered;
}

/** An EXPLAIN plan as an indented tree of operators, each with its details and estimated rows. */
export function renderPlan(plan: Plan, depth = 0): string {
  const details = String(plan.arguments.Details ?? '').replace(/\s+/g, ' ');
  const rows = Math.round(Number(plan.arguments.EstimatedRows ?? 0));
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')}${details ? ` ${details.slice(0, 160)}` : ''} (~${rows} rows)`;
  return [line, ...plan.children.map((child) => renderPlan(child, depth + 1))].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { variables: { type: 'string' }, operation: { type: 'string' }, 'write-examples': { type: 'boolean', default: false } },
  });
  if (values['write-examples']) {
    for (const [file, text] of await renderExampleStatements()) await writeFile(path.join(GENERATED_DIR, file), text);
    console.log(`wrote ${path.relative(process.cwd(), GENERATED_DIR)}/`);
    return;
  }
  const [file] = positionals;
  if (!file) throw new Error('usage: npm run cypher -- <query.graphql> [--variables JSON] [--operation Name] | --write-examples');
  const compiled = compileDocument({
    source: await readFile(file, 'utf8'),
    catalog: await loadFragmentCatalog(),
    operationName: values.operation,
    variables: values.variables ? (JSON.parse(values.variables) as Record<string, unknown>) : {},
  });
  for (const [key, root] of compiled.roots) if ('error' in root) console.log(`// ${key}: ${root.error.message}`);
  if (!compiled.cypher) return;
  console.log(renderCompiled(compiled));
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.log('// EXPLAIN: set NEO4J_URI (and NEO4J_PASSWORD) to print the plan');
    return;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  try {
    const { summary } = await driver.executeQuery(`EXPLAIN ${compiled.cypher}`, compiled.params, {
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      routing: 'READ',
    });
    console.log(`// EXPLAIN\n${renderPlan(summary.plan as Plan)}`);
  } finally {
    await driver.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`npm run cypher: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
