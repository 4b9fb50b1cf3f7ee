import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds the Cypher schema and named queries. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/**
 * The named queries of cypher/queries, each file's name without `.cypher`; a file with candidate sections gives one
 * query per section instead, named `<file>@<section>` (see splitCandidates). A bundle file declares a lookup and
 * the relation queries it can run with it (see composeBundle): `bundles` holds them, and `bundleQuery` composes
 * the query for the parts a request asks for.
 */
export interface CypherCatalog extends ReadonlyMap<string, string> {
  readonly bundles: ReadonlyMap<string, Bundle>;
}

/** A lookup and the relation queries that can run inside it, as one bundle file declares them. */
export interface Bundle {
  /** The lookup's text up to its RETURN, and what it returns as `node`. */
  head: string;
  node: string;
  parts: readonly BundlePart[];
}

/** One query a bundle can run, as a subquery, and the names its parameters take there. */
export interface BundlePart {
  query: string;
  /** The subquery, returning `part<n>`. */
  call: string;
  /** The part's own parameter names and what the bundle calls them (`first` → `p2_first`). */
  params: ReadonlyMap<string, string>;
}

/** Reads every `cypher/queries/*.cypher` file once, at start-up, keyed by file name (and section). */
export async function loadCypherCatalog(dir: string = path.join(CYPHER_DIR, 'queries')): Promise<CypherCatalog> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  const texts = await Promise.all(files.map(async (file) => [path.basename(file, '.cypher'), await readFile(path.join(dir, file), 'utf8')] as const));
  const queries = new Map(texts.flatMap(([name, text]) => (BUNDLE_MARKER.test(text) ? [] : splitCandidates(name, text))));
  const bundles = new Map<string, Bundle>();
  for (const [name, text] of texts) {
    const declared = BUNDLE_MARKER.exec(text);
    if (!declared) continue;
    const [base, ...parts] = declared[1]!.trim().split(/\s+/);
    bundles.set(name, composeBundle(name, queries, base!, parts));
  }
  return Object.assign(queries, { bundles });
}

const BUNDLE_MARKER = /^\/\/@bundle ([a-z0-9 -]+)$/m;
const RELATION_HEAD = 'UNWIND $ids AS id\n';
const RELATION_TAIL = /\nRETURN id, ([\s\S]+) AS items$/;
const ENTITY_TAIL = /\nRETURN id, ([\s\S]+) AS node$/;

/**
 * Prepares a lookup and the relation lists that can be asked of its entity for composing into one query, so
 * `person(id) { organizations themes statements }` is one query instead of four. A bundle file names its base (a
 * lookup by `$ids` returning `id` and `node`) and its parts (relation queries by `$ids` returning `id` and `items`)
 * on a `//@bundle` line. Each part becomes an OPTIONAL CALL with its parameters renamed `p<n>_<name>`, so parts
 * never share one; bundleQuery puts the base and the parts a request asks for together, so a query holds, and
 * Neo4j plans, only what is asked. The texts composed are the files' own: no value ever enters one.
 */
export function composeBundle(name: string, queries: ReadonlyMap<string, string>, base: string, partNames: string[]): Bundle {
  const baseText = queries.get(base);
  const baseTail = baseText === undefined ? null : ENTITY_TAIL.exec(baseText);
  if (!baseText?.startsWith(RELATION_HEAD) || !baseTail) throw new Error(`${name}: the base ${base} must read $ids and return id and node`);
  const parts = partNames.map((partName, index): BundlePart => {
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
    return { query: partName, call: `OPTIONAL CALL (id) {\n${body}\n  RETURN ${items} AS part${index}\n}`, params };
  });
  return { head: baseText.slice(0, baseTail.index), node: baseTail[1]!, parts };
}

/**
 * The query of a bundle with the given parts (indexes into its parts), named `<bundle>#<indexes>`: it returns the
 * entity as `node` and, as `relations`, each part's items in the order given (null for a part with nothing to list).
 */
export function bundleQuery(bundle: Bundle, indexes: readonly number[]): string {
  const parts = indexes.map((index) => bundle.parts[index]!);
  return `${bundle.head}\n${parts.map((part) => part.call).join('\n')}\nRETURN id, ${bundle.node} AS node, [${indexes.map((index) => `part${index}`).join(', ')}] AS relations`;
}

/** Whether the catalog holds a query of that name, or sections of one. */
export function catalogHas(catalog: CypherCatalog, name: string): boolean {
  return catalog.has(name) || catalog.bundles.has(name) || [...catalog.keys()].some((key) => key.startsWith(`${name}@`));
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
