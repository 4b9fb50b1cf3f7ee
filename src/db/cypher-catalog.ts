import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds the Cypher schema, the named queries and the fragments of GraphQL fields. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** The named queries of cypher/queries, each file's name without `.cypher`, comments left out. */
export type CypherCatalog = ReadonlyMap<string, string>;

/** Reads every `cypher/queries/*.cypher` file once, at start-up, keyed by file name. */
export async function loadCypherCatalog(dir: string = path.join(CYPHER_DIR, 'queries')): Promise<CypherCatalog> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  return new Map(
    await Promise.all(
      files.map(async (file) => [path.basename(file, '.cypher'), stripComments(await readFile(path.join(dir, file), 'utf8'))] as const),
    ),
  );
}

/** Splits a schema file into its statements (separated by `;` at the end of a line). */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

// Comments stay in the files for readers; the server gets the statement alone so its query cache and logs stay clean.
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
