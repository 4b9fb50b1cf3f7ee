import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CYPHER_DIR } from './cypher-catalog.ts';

/** The folder of the fragments a GraphQL request is compiled from (docs/cypher-compilation.md). */
export const FRAGMENTS_DIR = path.join(CYPHER_DIR, 'fields');

/**
 * A fragment of Cypher that computes one GraphQL field, read from cypher/fields/<name>.cypher with its includes in
 * place and its comments left out. A `rows` fragment is clauses that start from `this` (the parent's value; absent at
 * the root) and end in `RETURN <item> AS <name>`, one row per item of the field; an `expression` fragment is one
 * expression over `this`. A `part` (under lists/) is a piece of a root list's statement: its candidates, its filter
 * or the keyset page they share.
 */
export interface CypherFragment {
  name: string;
  kind: 'rows' | 'expression' | 'part';
  /** The text as tokens, so the composer can rename parameters and `this` without touching strings or comments. */
  tokens: readonly CypherToken[];
  /** Every `$parameter` the fragment reads. */
  params: ReadonlySet<string>;
  /** For a rows fragment: the token index of its final top-level RETURN and of the name after its last AS. */
  returnAt: number;
  aliasAt: number;
}

/** One token of Cypher text as the composer sees it. */
export interface CypherToken {
  type: 'string' | 'comment' | 'quoted' | 'param' | 'word' | 'space' | 'open' | 'close' | 'other';
  text: string;
}

/** The fragments of cypher/fields by name (their path below it, without `.cypher`). */
export type FragmentCatalog = ReadonlyMap<string, CypherFragment>;

const INCLUDE = /^\/\/@include ([a-z0-9/-]+)\s*$/;
const CLAUSE_START = /^(MATCH|OPTIONAL|CALL|WITH|UNWIND)\b/i;

/** Reads every fragment under cypher/fields once, at start-up; files under `includes/` are only included. */
export async function loadFragmentCatalog(dir: string = FRAGMENTS_DIR): Promise<FragmentCatalog> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.cypher')).sort();
  const texts = new Map(
    await Promise.all(files.map(async (file) => [file.replace(/\.cypher$/, ''), await readFile(path.join(dir, file), 'utf8')] as const)),
  );
  const catalog = new Map<string, CypherFragment>();
  for (const name of texts.keys()) {
    if (name.startsWith('includes/')) continue;
    catalog.set(name, parseFragment(name, expandIncludes(name, texts, [])));
  }
  return catalog;
}

// An `//@include <name>` line stands for the text of cypher/fields/<name>.cypher, so a block shared by several fragments lives in one file.
function expandIncludes(name: string, texts: ReadonlyMap<string, string>, trail: string[]): string {
  if (trail.includes(name)) throw new Error(`cypher/fields: ${[...trail, name].join(' includes ')}`);
  const text = texts.get(name);
  if (text === undefined) throw new Error(`cypher/fields/${trail.at(-1)}.cypher includes ${name}, which has no file`);
  return text
    .split('\n')
    .map((line) => {
      const include = INCLUDE.exec(line.trim());
      return include ? expandIncludes(include[1]!, texts, [...trail, name]).trimEnd() : line;
    })
    .join('\n');
}

/** Parses a fragment's text: its kind, tokens, parameters and, for rows, where its final RETURN stands. */
export function parseFragment(name: string, text: string): CypherFragment {
  const tokens = tokenizeCypher(text).filter((token) => token.type !== 'comment');
  while (tokens[0]?.type === 'space') tokens.shift();
  while (tokens.at(-1)?.type === 'space') tokens.pop();
  const params = new Set(tokens.filter((token) => token.type === 'param').map((token) => token.text.slice(1)));
  // The parts of a list (lists/) are put together by the compiler, so they end where their part ends.
  const kind = name.startsWith('lists/') ? 'part' : CLAUSE_START.test(tokens[0]?.text ?? '') ? 'rows' : 'expression';
  if (kind === 'expression') return { name, kind, tokens, params, returnAt: -1, aliasAt: -1 };
  let depth = 0;
  let returnAt = -1;
  let asAt = -1;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'open') depth += 1;
    else if (token.type === 'close') depth -= 1;
    else if (depth === 0 && token.type === 'word' && /^RETURN$/i.test(token.text)) returnAt = index;
    else if (depth === 0 && token.type === 'word' && /^AS$/i.test(token.text)) asAt = index;
  }
  const aliasAt = tokens.findIndex((token, index) => index > asAt && token.type === 'word');
  const endsInReturn = returnAt >= 0 && asAt > returnAt && aliasAt === tokens.length - 1;
  if (kind === 'part') return { name, kind, tokens, params, returnAt: endsInReturn ? returnAt : -1, aliasAt: endsInReturn ? aliasAt : -1 };
  if (!endsInReturn) {
    throw new Error(`cypher/fields/${name}.cypher must end in RETURN <item> AS <name>: the composer collects its rows`);
  }
  return { name, kind, tokens, params, returnAt, aliasAt };
}

/**
 * Splits Cypher into tokens: string literals, comments, backticked names, `$parameters`, words, brackets, space and
 * the rest. The composer renames only parameter tokens and `this` words, so text inside strings and comments is
 * never touched (a regular expression over the whole text would rename `$x` inside a string too).
 */
export function tokenizeCypher(text: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  const pattern =
    /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(`[^`]*`)|(\$[A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)|(\s+)|([({[])|([)}\]])|(.)/gy;
  for (const match of text.matchAll(pattern)) {
    const [all, string, comment, quoted, param, word, space, open, close] = match;
    const type = string
      ? 'string'
      : comment
        ? 'comment'
        : quoted
          ? 'quoted'
          : param
            ? 'param'
            : word
              ? 'word'
              : space
                ? 'space'
                : open
                  ? 'open'
                  : close
                    ? 'close'
                    : 'other';
    tokens.push({ type, text: all });
  }
  return tokens;
}

/** How a fragment is placed into a statement: its parameters' names there, and what `this` stands for. */
export interface FragmentUse {
  /** Each parameter's name in the composed statement. */
  rename: (param: string) => string;
  /** The expression `this` stands for (expression fragments only: a rows fragment binds `this` itself). */
  self?: string;
}

/** The text of an expression fragment, or of a rows fragment up to its final RETURN, as placed in a statement. */
export function renderFragment(fragment: CypherFragment, use: FragmentUse, end = fragment.tokens.length): string {
  let previous: CypherToken | undefined;
  let text = '';
  for (const token of fragment.tokens.slice(0, end)) {
    if (token.type === 'param') text += `$${use.rename(token.text.slice(1))}`;
    else if (use.self !== undefined && token.type === 'word' && token.text === 'this' && previous?.text !== '.') text += use.self;
    else text += token.text;
    if (token.type !== 'space') previous = token;
  }
  return text;
}

/** The item expression of a rows fragment's final `RETURN <item> AS <name>`, as placed in a statement. */
export function renderReturnedItem(fragment: CypherFragment, use: FragmentUse): string {
  const sub: CypherFragment = { ...fragment, tokens: fragment.tokens.slice(fragment.returnAt + 1) };
  const asAt = sub.tokens.findLastIndex((token) => token.type === 'word' && /^AS$/i.test(token.text));
  return renderFragment(sub, use, asAt).trim();
}
