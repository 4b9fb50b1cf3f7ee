import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CYPHER_DIR, splitStatements } from './cypher-catalog.ts';
import type { GraphGateway } from './graph-gateway.ts';

/** Applies cypher/schema.cypher (constraints, indexes, full-text index) and waits for the indexes to be online. */
export async function applySchema(gateway: GraphGateway, file: string = path.join(CYPHER_DIR, 'schema.cypher')): Promise<number> {
  const statements = splitStatements(await readFile(file, 'utf8'));
  // One at a time: Neo4j serialises schema changes anyway, and the last statement waits for all of them.
  for (const statement of statements) await gateway.runSchemaStatement(statement);
  return statements.length;
}
