/**
 * `node bench/real-reports/check-gold.ts [TEXTS_FOLDER]` (default /work/real-reports): checks the real-report
 * development set. For every entry of sources.json it reads TEXTS_FOLDER/<split>/<id>.txt, compares its SHA-256
 * and length with the entry, and checks that every string of gold/<id>.gold.json occurs in the text; texts that
 * are not on this machine are listed as missing and skipped. Exits 1 on any mismatch, 0 otherwise.
 * Written by hand: it is a few string searches over JSON, which no library would shorten.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_TEXTS = '/work/real-reports';
const KINDS = ['news-report', 'work-report', 'press-conference', 'digest', 'release', 'other'];
const LEVELS = ['national', 'provincial', 'municipal', 'county'];

/** One entry of sources.json. */
export interface SourceEntry {
  id: string;
  split: 'dev' | 'holdout';
  title: string;
  url: string | null;
  publisher: string;
  date: string | null;
  kind: string;
  province: string;
  level: string;
  search: { corpus: string; query: string };
  sha256: string;
  chars: number;
  note: string;
}

/** A light gold file in the format of shared/eval/GOLD.md. */
export interface GoldFile {
  people: { name: string; org: string; title: string }[];
  organizations: string[];
  regions: string[];
  policies: string[];
  statistics: { indicator: string; value: string; unit: string; change: string }[];
  quotes: { speaker: string; text_start: string }[];
  themes: string[];
}

/** Lists every (field, string) pair of a gold file that must occur in its text, in the conventions of README.md. */
export function listGoldStrings(gold: GoldFile): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  const add = (field: string, value: string): void => {
    if (value !== '') out.push({ field, value });
  };
  for (const p of gold.people) {
    add('people.name', p.name);
    add('people.org', p.org);
    add('people.title', p.title);
  }
  for (const o of gold.organizations) add('organizations', o);
  for (const r of gold.regions) add('regions', r);
  for (const p of gold.policies) add('policies', p);
  for (const s of gold.statistics) {
    // An indicator may join several verbatim pieces with one space (the period first, as GOLD.md asks).
    for (const piece of s.indicator.split(' ')) add('statistics.indicator', piece);
    add('statistics.value', s.value);
    add('statistics.unit', s.unit);
    // The change is signed by the annotator (下降 -> -); its magnitude is what the text prints.
    add('statistics.change', s.change.replace(/^[+-]/, ''));
  }
  for (const q of gold.quotes) {
    add('quotes.speaker', q.speaker);
    add('quotes.text_start', q.text_start);
  }
  for (const t of gold.themes) add('themes', t);
  return out;
}

/** Checks that a parsed gold file has the GOLD.md shape, returning one message per defect. */
export function checkGoldShape(gold: unknown): string[] {
  const g = gold as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['people', 'organizations', 'regions', 'policies', 'statistics', 'quotes', 'themes']) {
    if (!Array.isArray(g[key])) problems.push(`${key} is not an array`);
  }
  if (problems.length > 0) return problems;
  const isText = (v: unknown): boolean => typeof v === 'string';
  (g.people as Record<string, unknown>[]).forEach((p, i) => {
    if (!isText(p.name) || p.name === '' || !isText(p.org) || !isText(p.title)) problems.push(`people[${i}] needs name, org, title strings`);
  });
  (g.statistics as Record<string, unknown>[]).forEach((s, i) => {
    if (!['indicator', 'value', 'unit', 'change'].every((k) => isText(s[k])))
      problems.push(`statistics[${i}] needs indicator, value, unit, change strings`);
    else if (s.value === '' && s.change === '') problems.push(`statistics[${i}] has neither value nor change`);
    else if (s.change !== '' && !/^[+-]/.test(s.change as string)) problems.push(`statistics[${i}].change is not signed`);
  });
  (g.quotes as Record<string, unknown>[]).forEach((q, i) => {
    if (!isText(q.speaker) || !isText(q.text_start) || [...(q.text_start as string)].length !== 10) {
      problems.push(`quotes[${i}] needs a speaker and a text_start of 10 characters`);
    }
  });
  for (const key of ['organizations', 'regions', 'policies', 'themes']) {
    const list = g[key] as unknown[];
    if (!list.every(isText)) problems.push(`${key} holds a non-string`);
    const seen = new Set<unknown>();
    for (const item of list) {
      if (seen.has(item)) problems.push(`${key} lists ${String(item)} twice`);
      seen.add(item);
    }
  }
  return problems;
}

/** Checks one source entry's metadata fields, returning one message per defect. */
export function checkSourceEntry(entry: SourceEntry): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) problems.push('id is not a kebab-case slug');
  if (entry.split !== 'dev' && entry.split !== 'holdout') problems.push(`split ${entry.split} is not dev or holdout`);
  if (!KINDS.includes(entry.kind)) problems.push(`kind ${entry.kind} is not one of ${KINDS.join(', ')}`);
  if (!LEVELS.includes(entry.level)) problems.push(`level ${entry.level} is not one of ${LEVELS.join(', ')}`);
  if (entry.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) problems.push(`date ${entry.date} is not YYYY-MM-DD`);
  if (!entry.search?.query || !entry.search.corpus) problems.push('search needs a corpus and a query');
  if (!/^[0-9a-f]{64}$/.test(entry.sha256)) problems.push('sha256 is not 64 hex digits');
  return problems;
}

/** Runs every check and prints a report; returns the process exit code. */
export function runCheck(textsFolder: string): number {
  const sources = JSON.parse(readFileSync(path.join(HERE, 'sources.json'), 'utf8')) as SourceEntry[];
  const goldFolder = path.join(HERE, 'gold');
  const failures: string[] = [];
  const missing: string[] = [];
  let checked = 0;
  const ids = new Set(sources.map((s) => s.id));
  if (ids.size !== sources.length) failures.push('sources.json: an id occurs twice');
  for (const file of readdirSync(goldFolder)) {
    const id = file.replace(/\.gold\.json$/, '');
    if (!ids.has(id)) failures.push(`gold/${file}: no entry in sources.json`);
  }
  for (const entry of sources) {
    for (const p of checkSourceEntry(entry)) failures.push(`sources.json ${entry.id}: ${p}`);
    const goldPath = path.join(goldFolder, `${entry.id}.gold.json`);
    if (!existsSync(goldPath)) {
      failures.push(`${entry.id}: gold/${entry.id}.gold.json is missing`);
      continue;
    }
    let gold: GoldFile;
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
    } catch (error) {
      failures.push(`gold/${entry.id}.gold.json: not JSON (${(error as Error).message})`);
      continue;
    }
    const shape = checkGoldShape(gold);
    for (const p of shape) failures.push(`gold/${entry.id}.gold.json: ${p}`);
    const textPath = path.join(textsFolder, entry.split, `${entry.id}.txt`);
    if (!existsSync(textPath)) {
      missing.push(`${entry.split}/${entry.id}.txt`);
      continue;
    }
    const bytes = readFileSync(textPath);
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== entry.sha256) failures.push(`${entry.split}/${entry.id}.txt: SHA-256 ${sha} differs from sources.json`);
    const text = bytes.toString('utf8');
    const chars = [...text].length;
    if (chars !== entry.chars) failures.push(`${entry.split}/${entry.id}.txt: ${chars} characters, sources.json says ${entry.chars}`);
    if (shape.length === 0) {
      for (const { field, value } of listGoldStrings(gold)) {
        if (!text.includes(value)) failures.push(`gold/${entry.id}.gold.json: ${field} "${value}" does not occur in the text`);
      }
    }
    checked += 1;
  }
  for (const f of failures) console.log(`FAIL ${f}`);
  if (missing.length > 0) console.log(`missing texts (${missing.length}, skipped): ${missing.join(', ')}`);
  console.log(`${checked} of ${sources.length} texts checked against sources.json and their gold; ${failures.length} failure(s)`);
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runCheck(process.argv[2] ?? DEFAULT_TEXTS);
}
