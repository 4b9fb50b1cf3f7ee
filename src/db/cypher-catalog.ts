import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds the Cypher schema and named queries. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/**
 * The named queries of cypher/queries, each file's name without `.cypher`; a file with candidate sections gives one
 * query per section instead, named `<file>@<section>` (see splitCandidates).
 */
export type CypherCatalog = ReadonlyMap<string, string>;

/** Reads every `cypher/queries/*.cypher` file once, at start-up, keyed by file name (and section). */
export async function loadCypherCatalog(dir: string = path.join(CYPHER_DIR, 'queries')): Promise<CypherCatalog> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  const entries = await Promise.all(
    files.map(async (file) => splitCandidates(path.basename(file, '.cypher'), await readFile(path.join(dir, file), 'utf8'))),
  );
  return new Map(entries.flat());
}

/** Whether the catalog holds a query of that name, or sections of one. */
export function catalogHas(catalog: CypherCatalog, name: string): boolean {
  return catalog.has(name) || [...catalog.keys()].some((key) => key.startsWith(`${name}@`));
}

const CANDIDATES_MARKER = /^\/\/@candidates ([a-z0-9-]+)\s*$/;
const PAGE_MARKER = /^\/\/@page\s*$/;

/**
 * A list query reads its candidates one of several ways (walk an index in one order, start from a filter's entity
 * …) and then filters, sorts and cuts them the same way. Written as one query whose branches a parameter selects,
 * it took seconds to plan, every branch planned for every request's first use; so the file holds one section per
 * way, each after a `//@candidates <name>` line, and the shared rest after `//@page`, and each section becomes a
 * query of its own: `CALL () { <section> } <rest>`, named `<file>@<name>`, planned only when first used.
 */
export function splitCandidates(name: string, text: string): Array<[string, string]> {
  const lines = text.split('\n');
  const pageAt = lines.findIndex((line) => PAGE_MARKER.test(line));
  const sections = lines.flatMap((line, index) => {
    const match = CANDIDATES_MARKER.exec(line);
    return match ? [{ name: match[1]!, at: index }] : [];
  });
  if (sections.length === 0 || pageAt < 0) return [[name, stripComments(text)]];
  const page = stripComments(lines.slice(pageAt + 1).join('\n'));
  return sections.map((section, index) => {
    const end = sections[index + 1]?.at ?? pageAt;
    const candidates = stripComments(lines.slice(section.at + 1, end).join('\n'));
    return [`${name}@${section.name}`, `CALL () {\n${candidates}\n}\n${page}`];
  });
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
