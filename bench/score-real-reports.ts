/**
 * Scores the extractor on real reports the team did not write (issue 19): each text present in a folder is
 * extracted as a user would run `npm run extract -- FILE --title T --date D` (title and date from
 * bench/real-reports/sources.json) and scored against its light gold with the shared scorer
 * `shared/eval/score-gold.mjs`, which lives outside the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Extractor } from '../src/extract/extract-report.ts';
import type { DocumentOptions } from '../src/extract/read-document-facts.ts';

const run = promisify(execFile);

/** One report of the real set, as sources.json lists it. */
export interface RealSource {
  id: string;
  split: string;
  title: string;
  date: string | null;
  kind?: string;
}

/** The rows the shared scorer prints: recall and precision by name, recall alone for the rest. */
export const REAL_ROWS = ['people', 'organizations', 'regions', 'policies', 'statistics', 'quotes', 'speaksFor'] as const;
type RealRow = (typeof REAL_ROWS)[number];

/** What the scorer found for one row: how many gold and extracted, and how many of each matched. */
export interface RealCount {
  gold: number;
  extracted: number;
  goldHit: number;
  extractedGood: number | null;
  missed: string[];
}

/** The scores of one report, or why it could not be scored. */
export interface RealScore {
  id: string;
  rows?: Record<RealRow, RealCount>;
  failure?: string;
}

/** Where the shared scorer is: $ECOKG_SCORE_GOLD, else `shared/eval/score-gold.mjs` in the nearest folder above the repository that has one. */
export function findGoldScorer(root: string): string | undefined {
  const fromEnv = process.env.ECOKG_SCORE_GOLD;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (let folder = path.resolve(root); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'shared/eval/score-gold.mjs');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** The text of a report in the folder: `<folder>/<id>.txt` or `<folder>/<split>/<id>.txt`. */
export function findRealText(folder: string, source: RealSource): string | undefined {
  return [path.join(folder, `${source.id}.txt`), path.join(folder, source.split, `${source.id}.txt`)].find((file) => existsSync(file));
}

/** Extracts and scores one report. */
export async function scoreRealReport(options: {
  extractor: Extractor;
  scorer: string;
  goldFile: string;
  textFile: string;
  source: RealSource;
}): Promise<RealScore> {
  const { source } = options;
  const text = await readFile(options.textFile, 'utf8');
  const documentOptions: DocumentOptions = { title: source.title, ...(source.date ? { date: source.date } : {}) };
  const dir = await mkdtemp(path.join(tmpdir(), 'ecokg-real-'));
  try {
    const { graph } = options.extractor.extract(text, documentOptions);
    const graphFile = path.join(dir, 'graph.json');
    await writeFile(graphFile, JSON.stringify(graph));
    const { stdout } = await run(process.execPath, [options.scorer, options.goldFile, graphFile]);
    const printed = JSON.parse(stdout) as Record<
      RealRow,
      { gold: number; extracted: number; recall: number | null; precision?: number | null; missed?: string[] }
    >;
    const rows = {} as Record<RealRow, RealCount>;
    for (const row of REAL_ROWS) {
      const value = printed[row];
      rows[row] = {
        gold: value.gold,
        extracted: value.extracted ?? 0,
        goldHit: Math.round((value.recall ?? 0) * value.gold),
        extractedGood: value.precision === undefined ? null : Math.round((value.precision ?? 0) * (value.extracted ?? 0)),
        missed: value.missed ?? [],
      };
    }
    return { id: source.id, rows };
  } catch (error) {
    return { id: source.id, failure: error instanceof Error ? error.message : String(error) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** The micro-average over reports: matched and found added up before dividing. */
export function addRealScores(scores: readonly RealScore[]): Record<RealRow, RealCount> {
  const total = {} as Record<RealRow, RealCount>;
  for (const row of REAL_ROWS) {
    total[row] = { gold: 0, extracted: 0, goldHit: 0, extractedGood: null, missed: [] };
    for (const score of scores) {
      const value = score.rows?.[row];
      if (!value) continue;
      total[row].gold += value.gold;
      total[row].extracted += value.extracted;
      total[row].goldHit += value.goldHit;
      if (value.extractedGood !== null) total[row].extractedGood = (total[row].extractedGood ?? 0) + value.extractedGood;
    }
  }
  return total;
}

/** A Markdown table: one line per report (when `perReport`), then the micro-average, recall / precision per row. */
export function formatRealTable(scores: readonly RealScore[], perReport: boolean): string {
  const cell = (value: RealCount) =>
    `${percent(value.goldHit, value.gold)}${value.extractedGood === null ? '' : ` / ${percent(value.extractedGood, value.extracted)}`} (${value.goldHit}/${value.gold})`;
  const lines = [`| Report | ${REAL_ROWS.join(' | ')} |`, `|---|${REAL_ROWS.map(() => '---').join('|')}|`];
  if (perReport)
    for (const score of scores) if (score.rows) lines.push(`| ${score.id} | ${REAL_ROWS.map((row) => cell(score.rows![row])).join(' | ')} |`);
  const total = addRealScores(scores);
  lines.push(`| **micro-average (${scores.filter((s) => s.rows).length})** | ${REAL_ROWS.map((row) => cell(total[row])).join(' | ')} |`);
  return lines.join('\n');
}
