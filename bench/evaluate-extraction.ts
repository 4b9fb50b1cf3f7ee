/**
 * `npm run extract:eval [-- --documents 1000] [--write]`: extracts the development set (the seed report,
 * resolved against nothing, so no curated name helps), every team-written report under
 * tests/fixtures/reports (resolved against seed/, as a new report would be) and the bench's synthetic
 * corpus, and prints precision and recall per label and relation type against each one's expected graph.
 * `--write` puts the tables into docs/extraction.md and the headline into README.md.
 * `--real [folder]` instead scores the real reports of bench/real-reports whose texts are in the folder
 * (default /work/real-reports; `--split dev|holdout|all`, default dev), per report and micro-averaged, with
 * the shared scorer `shared/eval/score-gold.mjs`; the holdout prints its average only.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor, type Extractor } from '../src/extract/extract-report.ts';
import { emptyKnownGraph, loadKnownGraphFromSeed } from '../src/extract/known-graph.ts';
import type { DocumentOptions } from '../src/extract/read-document-facts.ts';
import { addScores, type DraftScore, precisionRecall, type ScoredGraph, type ScoreRow, scoreDraft } from '../src/extract/score-draft.ts';
import { generateCorpus } from './generate-corpus.ts';
import { findGoldScorer, findRealText, formatRealTable, type RealScore, type RealSource, scoreRealReport } from './score-real-reports.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEVELOPMENT_FOLDER = path.join(ROOT, 'seed/2020-national-conference');
const FIXTURES = path.join(ROOT, 'tests/fixtures/reports');

/** The development-set targets of issue 10: recall and precision per row. */
export const TARGETS: Readonly<Record<string, { recall: number; precision: number }>> = {
  Person: { recall: 1, precision: 0.95 },
  Organization: { recall: 0.9, precision: 0.85 },
  Region: { recall: 0.95, precision: 0.9 },
  Statistic: { recall: 0.9, precision: 0.85 },
  'Statement (right speaker)': { recall: 0.85, precision: 0 },
  SPEAKS_FOR: { recall: 0.9, precision: 0 },
};

interface Evaluated {
  name: string;
  documents: number;
  score: DraftScore;
  failures: string[];
}

async function scoreFolder(extractor: Extractor, folder: string): Promise<{ score?: DraftScore; failure?: string }> {
  const text = await readFile(path.join(folder, 'report.txt'), 'utf8');
  const expected = JSON.parse(await readFile(path.join(folder, 'graph.json'), 'utf8')) as ScoredGraph & { document: Record<string, unknown> };
  // The document's own facts are given, as a person running `npm run extract` would give them.
  const options: DocumentOptions = {
    title: String(expected.document.name),
    date: String(expected.document.publishedAt),
    kind: expected.document.kind as DocumentOptions['kind'],
  };
  try {
    const { graph } = extractor.extract(text, options);
    return { score: scoreDraft(expected, graph as unknown as ScoredGraph, text) };
  } catch (error) {
    return { failure: `${path.basename(folder)}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function evaluate(name: string, extractor: Extractor, folders: readonly string[]): Promise<Evaluated> {
  const scores: DraftScore[] = [];
  const failures: string[] = [];
  for (const folder of folders) {
    const { score, failure } = await scoreFolder(extractor, folder);
    if (score) scores.push(score);
    if (failure) failures.push(failure);
  }
  return { name, documents: folders.length, score: addScores(scores), failures };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** The Markdown table of one evaluation: one row per label, then one per relation type. */
export function formatTable(evaluated: Evaluated, withTargets: boolean, only?: ReadonlySet<string>): string {
  const lines = [
    `| ${withTargets ? 'Row | Target (R / P) |' : 'Row |'} Expected | Found | Matched | Precision | Recall |`,
    `|---|${withTargets ? '---|' : ''}---:|---:|---:|---:|---:|`,
  ];
  const row = (key: string, value: ScoreRow) => {
    if (only && !only.has(key)) return;
    const { precision, recall } = precisionRecall(value);
    const target = TARGETS[key];
    const targetText = target ? `${percent(target.recall)} / ${target.precision > 0 ? percent(target.precision) : '—'}` : '';
    const met = target ? (recall >= target.recall && precision >= target.precision ? ' ✓' : ' ✗') : '';
    lines.push(
      `| ${key} |${withTargets ? ` ${targetText}${met} |` : ''} ${value.expected} | ${value.found} | ${value.matched} | ${percent(precision)} | ${percent(recall)} |`,
    );
  };
  for (const [key, value] of Object.entries(evaluated.score.labels)) row(key, value);
  for (const [key, value] of Object.entries(evaluated.score.relations)) row(key, value);
  return lines.join('\n');
}

/** Whether the development set meets every target. */
export function targetsMet(score: DraftScore): boolean {
  return Object.entries(TARGETS).every(([key, target]) => {
    const row = score.labels[key] ?? score.relations[key];
    if (!row) return false;
    const { precision, recall } = precisionRecall(row);
    return recall >= target.recall && precision >= target.precision;
  });
}

async function main(): Promise<number> {
  // `--real` alone takes the default folder.
  const args = process.argv.slice(2);
  const realAt = args.indexOf('--real');
  if (realAt >= 0 && (realAt === args.length - 1 || args[realAt + 1]!.startsWith('--'))) args.splice(realAt + 1, 0, DEFAULT_REAL_FOLDER);
  const { values } = parseArgs({
    args,
    options: {
      documents: { type: 'string', default: '1000' },
      write: { type: 'boolean', default: false },
      real: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      missed: { type: 'boolean', default: false },
    },
  });
  if (values.real !== undefined)
    return evaluateReal({ folder: values.real || DEFAULT_REAL_FOLDER, split: values.split, write: values.write, missed: values.missed });
  const documents = Number(values.documents);
  const started = performance.now();
  const development = await evaluate('Development set: seed/2020-national-conference', createExtractor({ known: emptyKnownGraph() }), [
    DEVELOPMENT_FOLDER,
  ]);
  const seedExtractor = createExtractor({ known: await loadKnownGraphFromSeed(path.join(ROOT, 'seed')) });
  const fixtureFolders = (await readdir(FIXTURES, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(FIXTURES, entry.name))
    .sort();
  const perFixture: Evaluated[] = [];
  for (const folder of fixtureFolders) perFixture.push(await evaluate(path.basename(folder), seedExtractor, [folder]));
  const fixtures: Evaluated = {
    name: `Team-written reports: tests/fixtures/reports (${fixtureFolders.length})`,
    documents: fixtureFolders.length,
    score: addScores(perFixture.map((entry) => entry.score)),
    failures: perFixture.flatMap((entry) => entry.failures),
  };
  const corpusDir = await mkdtemp(path.join(tmpdir(), 'ecokg-eval-corpus-'));
  let synthetic: Evaluated;
  try {
    const corpus = await generateCorpus({ documents, seed: 1, outDir: corpusDir });
    synthetic = await evaluate(`Synthetic corpus: bench/generate-corpus.ts, seed 1, ${documents} reports`, seedExtractor, corpus.folders);
  } finally {
    await rm(corpusDir, { recursive: true, force: true });
  }
  const sections = [
    `### ${development.name}\n\n${formatTable(development, true)}`,
    `### ${fixtures.name}\n\n${formatTable(fixtures, false)}`,
    ...perFixture.map((entry) => `#### ${entry.name}\n\n${formatTable(entry, false)}`),
    `### ${synthetic.name}\n\n${formatTable(synthetic, false)}`,
  ];
  const failures = [development, fixtures, synthetic].flatMap((entry) => entry.failures);
  const output = `${sections.join('\n\n')}\n${failures.length > 0 ? `\nFailed: ${failures.join('; ')}\n` : ''}`;
  console.log(output);
  const met = targetsMet(development.score);
  console.log(`development-set targets ${met ? 'met' : 'NOT met'}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (values.write) await writeResults(output, development);
  return met ? 0 : 1;
}

const DEFAULT_REAL_FOLDER = '/work/real-reports';
const REAL_SET = path.join(ROOT, 'bench/real-reports');

async function evaluateReal(options: { folder: string; split: string; write: boolean; missed: boolean }): Promise<number> {
  const scorer = findGoldScorer(ROOT);
  if (!scorer) {
    console.error('extract:eval: shared/eval/score-gold.mjs not found above the repository (set ECOKG_SCORE_GOLD to its path)');
    return 2;
  }
  if (!['dev', 'holdout', 'all'].includes(options.split)) {
    console.error(`extract:eval: --split must be dev, holdout or all, not ${options.split}`);
    return 2;
  }
  const sources = (JSON.parse(await readFile(path.join(REAL_SET, 'sources.json'), 'utf8')) as RealSource[]).filter(
    (source) => options.split === 'all' || source.split === options.split,
  );
  const extractor = createExtractor({ known: await loadKnownGraphFromSeed(path.join(ROOT, 'seed')) });
  const scores: RealScore[] = [];
  const missing: string[] = [];
  for (const source of sources) {
    const textFile = findRealText(options.folder, source);
    const goldFile = path.join(REAL_SET, 'gold', `${source.id}.gold.json`);
    if (!textFile) {
      missing.push(source.id);
      continue;
    }
    scores.push(await scoreRealReport({ extractor, scorer, goldFile, textFile, source }));
  }
  const perReport = options.split === 'dev';
  const table = formatRealTable(scores, perReport);
  console.log(
    `### Real reports (${options.split}): ${scores.length} of ${sources.length} texts in ${options.folder}\n\nrecall / precision (matched/gold)\n\n${table}`,
  );
  if (options.missed && perReport)
    for (const score of scores)
      for (const [row, value] of Object.entries(score.rows ?? {}))
        if (value.missed.length > 0) console.log(`${score.id} ${row} missed: ${value.missed.join(' | ')}`);
  for (const score of scores) if (score.failure) console.log(`failed: ${score.id}: ${score.failure}`);
  if (missing.length > 0) console.log(`missing texts (${missing.length}): ${missing.join(', ')}`);
  if (options.write && perReport) {
    const docsFile = path.join(ROOT, 'docs/extraction.md');
    const start = '<!-- real-results:start -->';
    const end = '<!-- real-results:end -->';
    const docs = await readFile(docsFile, 'utf8');
    if (docs.includes(start) && docs.includes(end))
      await writeFile(docsFile, `${docs.slice(0, docs.indexOf(start) + start.length)}\n${table}\n${docs.slice(docs.indexOf(end))}`);
  }
  return scores.some((score) => score.failure) ? 1 : 0;
}

const RESULTS_START = '<!-- extraction-results:start -->';
const RESULTS_END = '<!-- extraction-results:end -->';

async function writeResults(output: string, development: Evaluated): Promise<void> {
  const replaceBetween = (text: string, content: string) => {
    const start = text.indexOf(RESULTS_START);
    const end = text.indexOf(RESULTS_END);
    if (start < 0 || end < 0) throw new Error(`markers ${RESULTS_START} … ${RESULTS_END} not found`);
    return `${text.slice(0, start + RESULTS_START.length)}\n${content}\n${text.slice(end)}`;
  };
  const docsFile = path.join(ROOT, 'docs/extraction.md');
  await writeFile(docsFile, replaceBetween(await readFile(docsFile, 'utf8'), output.trim()));
  const readmeFile = path.join(ROOT, 'README.md');
  const headline = formatTable(development, true, new Set(Object.keys(TARGETS)));
  await writeFile(
    readmeFile,
    replaceBetween(
      await readFile(readmeFile, 'utf8'),
      `${headline}\n\nThe team-written reports and the synthetic corpus: [docs/extraction.md](docs/extraction.md#quality).`,
    ),
  );
  console.log('wrote docs/extraction.md and the README headline');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`extract:eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
