import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds the Cypher schema and named queries. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/**
 * The named queries of cypher/queries, each file's name without `.cypher`; a file with candidate sections gives one
 * query per section instead, named `<file>@<section>` (see splitCandidates), and a bundle file one query composed
 * of others (see composeBundle), whose parts `bundles` lists.
 */
export interface CypherCatalog extends ReadonlyMap<string, string> {
  readonly bundles: ReadonlyMap<string, readonly BundlePart[]>;
}

/** One query a bundle runs, and the names its parameters take there. */
export interface BundlePart {
  query: string;
  /** Whether the part runs: `$want<n>`. */
  want: string;
  /** The part's own parameter names and what the bundle calls them (`first` → `p2_first`). */
  params: ReadonlyMap<string, string>;
}

/** Reads every `cypher/queries/*.cypher` file once, at start-up, keyed by file name (and section). */
export async function loadCypherCatalog(dir: string = path.join(CYPHER_DIR, 'queries')): Promise<CypherCatalog> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  const texts = await Promise.all(files.map(async (file) => [path.basename(file, '.cypher'), await readFile(path.join(dir, file), 'utf8')] as const));
  const queries = new Map(texts.flatMap(([name, text]) => (BUNDLE_MARKER.test(text) ? [] : splitCandidates(name, text))));
  const bundles = new Map<string, BundlePart[]>();
  for (const [name, text] of texts) {
    const declared = BUNDLE_MARKER.exec(text);
    if (!declared) continue;
    const [base, ...parts] = declared[1]!.trim().split(/\s+/);
    const composed = composeBundle(name, queries, base!, parts);
    queries.set(name, composed.cypher);
    bundles.set(name, composed.parts);
  }
  return Object.assign(queries, { bundles });
}

const BUNDLE_MARKER = /^\/\/@bundle ([a-z0-9 -]+)$/m;
const RELATION_HEAD = 'UNWIND $ids AS id\n';
const RELATION_TAIL = /\nRETURN id, ([\s\S]+) AS items$/;
const ENTITY_TAIL = /\nRETURN id, ([\s\S]+) AS node$/;

/**
 * Composes a lookup and the relation lists asked of the entity into one query, so `person(id) { organizations themes
 * statements }` is one query instead of four in a transaction. A bundle file names its base (a lookup by `$ids`
 * returning `id` and `node`) and its parts (relation queries by `$ids` returning `id` and `items`) on a `//@bundle`
 * line; each part becomes an OPTIONAL CALL that runs only when its `$want<n>` is true, with its parameters renamed
 * `p<n>_<name>` so parts never share one, and the bundle returns `node` and `relations`, the parts' items in order
 * (null for a part not run or with nothing to list). The texts composed are the files' own: no value ever enters one.
 */
export function composeBundle(
  name: string,
  queries: ReadonlyMap<string, string>,
  base: string,
  partNames: string[],
): { cypher: string; parts: BundlePart[] } {
  const baseText = queries.get(base);
  const baseTail = baseText === undefined ? null : ENTITY_TAIL.exec(baseText);
  if (!baseText?.startsWith(RELATION_HEAD) || !baseTail) throw new Error(`${name}: the base ${base} must read $ids and return id and node`);
  const parts: BundlePart[] = [];
  const calls = partNames.map((partName, index) => {
    const text = queries.get(partName);
    const tail = text === undefined ? null : RELATION_TAIL.exec(text);
    if (!text?.startsWith(RELATION_HEAD) || !tail) throw new Error(`${name}: the part ${partName} must read $ids and return id and items`);
    const params = new Map<string, string>();
    const rename = (cypher: string) =>
      cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, param: string) => {
        params.set(param, `p${index}_${param}`);
        return `$p${index}_${param}`;
      });
    const body = rename(text.slice(RELATION_HEAD.length, tail.index));
    const items = rename(tail[1]!);
    parts.push({ query: partName, want: `want${index}`, params });
    return `OPTIONAL CALL (id) {\n  WITH id WHERE $want${index}\n${body}\n  RETURN ${items} AS part${index}\n}`;
  });
  const head = baseText.slice(0, baseTail.index);
  const relations = partNames.map((_part, index) => `part${index}`).join(', ');
  return { cypher: `${head}\n${calls.join('\n')}\nRETURN id, ${baseTail[1]} AS node, [${relations}] AS relations`, parts };
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
