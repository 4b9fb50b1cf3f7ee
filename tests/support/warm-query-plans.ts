import { readdir, readFile } from 'node:fs/promises';
import { loadFragmentCatalog } from '../../src/db/cypher-fragments.ts';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { compileDocument } from '../../src/graphql/compile/compile-document.ts';

/** What warming the plan cache did. */
export interface WarmUpSummary {
  queries: number;
  /** Statements that could not run; they are planned on first use instead. */
  failed: string[];
  milliseconds: number;
}

/**
 * Runs the statement of every example question once, so Neo4j has planned the commonest shapes of statement before
 * the tests start: a statement with many subqueries can take a second to plan on a busy machine, and the first test
 * to ask would otherwise run into the transaction timeout while it does. EXPLAIN would not do: Neo4j does not cache
 * the plans it explains.
 */
export async function warmQueryPlans(gateway: GraphGateway): Promise<WarmUpSummary> {
  const started = performance.now();
  const catalog = await loadFragmentCatalog();
  const folder = new URL('../../examples/questions/', import.meta.url);
  const files = (await readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();
  const failed: string[] = [];
  for (const file of files) {
    try {
      const compiled = compileDocument({ source: await readFile(new URL(file, folder), 'utf8'), catalog });
      await gateway.readComposed({ cypher: compiled.cypher, params: compiled.params, name: `warm-up ${file}` });
    } catch (error) {
      failed.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return { queries: files.length, failed, milliseconds: Math.round(performance.now() - started) };
}
