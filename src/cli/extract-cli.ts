/**
 * `npm run extract -- <files or folders…> --out <folder> [--title T] [--date YYYY-MM-DD] [--url U]
 * [--publisher P] [--kind K] [--against-graph] [--force]`: reads reports (text or web pages in UTF-8, GB18030/
 * GBK or Big5, PDFs with a text layer, Word .docx), extracts a draft graph of each and writes it as a seed
 * folder: `report.txt` (the text the evidence refers to) and `graph.json`, ready for `npm run seed -- --check`.
 * One file: `--out` is its draft folder. Several files or a folder: `--out` holds one draft folder per report,
 * with a progress bar on a terminal and a summary table at the end; a bad file gets one line and the rest go on.
 * Entities resolve against seed/, or against the running Neo4j with --against-graph. Nothing is written for
 * a report that fails: each draft goes to a temporary folder renamed into place only when complete.
 * `npm run extract -- --reextract [document-id …] [--dry-run]` drafts loaded reports again instead (all those loaded
 * from a draft when no id is given), replaying their review decisions (src/review/run-reextraction.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { EcokgError } from '../errors/error-codes.ts';
import { createExtractor, type Extractor } from '../extract/extract-report.ts';
import { type KnownGraph, loadKnownGraphFromNeo4j, loadKnownGraphFromSeed } from '../extract/known-graph.ts';
import type { DocumentOptions } from '../extract/read-document-facts.ts';
import { describeProblemForCommandLine } from '../ingest/describe-input-problem.ts';
import { draftReport, type ReportDraft } from '../ingest/draft-report.ts';
import { InputError, MAX_INPUT_BYTES } from '../ingest/input-problem.ts';
import { listReportFiles, MissingInputError, type ReportFile } from '../ingest/list-report-files.ts';
import { readDocumentOptions } from '../ingest/read-document-options.ts';
import { readReportInput } from '../ingest/read-report-input.ts';
import { checkDraftFolder, DraftFolderError, writeDraftFolder } from '../ingest/write-draft-folder.ts';
import { SEED_ROOT } from '../seed/seed-from-folder.ts';
import { createProgress } from './create-progress.ts';
import { formatTable } from './format-table.ts';
import { withCliGateway } from './with-cli-gateway.ts';

const USAGE =
  'usage: npm run extract -- <files or folders…> --out <folder> [--title T] [--date YYYY-MM-DD] [--url U] [--publisher P] [--kind K] [--against-graph] [--force], or npm run extract -- --reextract [document-id …] [--dry-run]';

/** A mistake on the command line; its message is the one line to show. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** How one report of a batch went. */
interface Outcome {
  file: ReportFile;
  draft?: ReportDraft;
  problem?: string;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      publisher: { type: 'string' },
      kind: { type: 'string' },
      'against-graph': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      reextract: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.reextract) return reextract(positionals, values['dry-run'] === true);
  if (positionals.length === 0 || !values.out) throw new UsageError(USAGE);
  const options = readDocumentOptions(values);
  const out = path.resolve(values.out);
  const force = values.force === true;
  const files = await listReportFiles(positionals);
  const single = positionals.length === 1 && files.length === 1 && !(await stat(positionals[0]!)).isDirectory();
  if (files.length === 0) throw new UsageError(`${positionals.join(', ')} holds no files`);
  if (!single && (options.title !== undefined || options.url !== undefined))
    throw new UsageError('--title and --url name one report; give them with one file, or let each report state its own');

  if (single) return extractOne(files[0]!, { out, options, force, known: await knownGraph(values['against-graph'] === true) });
  return extractMany(files, { out, options, force, known: await knownGraph(values['against-graph'] === true) });
}

interface RunOptions {
  out: string;
  options: DocumentOptions;
  force: boolean;
  known: KnownGraph;
}

// One file: its draft folder is --out, and a problem is the command's one line of error.
async function extractOne(file: ReportFile, run: RunOptions): Promise<number> {
  await checkDraftFolder(run.out, run.force);
  const input = await readReportInput({ bytes: await readInput(file), name: file.shown });
  const started = performance.now();
  const draft = draftReport(createExtractor({ known: run.known }), input, run.options);
  const milliseconds = Math.round(performance.now() - started);
  await writeDraftFolder(run.out, draft);
  const nodes = Object.entries(draft.summary.nodes)
    .map(([label, count]) => `${count} ${label}`)
    .join(', ');
  console.log(
    `extracted ${showPath(run.out)}: ${draft.graph.nodes.length} nodes (${nodes}), ${draft.graph.relationships.length} relationships, ${draft.summary.review.length} to review, in ${milliseconds} ms (resolved against ${draft.summary.resolvedAgainst})${describeOrigin(draft)}`,
  );
  for (const left of draft.summary.dropped) console.error(`extract: left out ${left.record} (${left.rule}): ${left.reason}`);
  return 0;
}

// Several files: one draft folder each under --out, a progress bar, a summary table; a bad file does not stop the rest.
async function extractMany(files: ReportFile[], run: RunOptions): Promise<number> {
  const extractor = createExtractor({ known: run.known });
  const progress = createProgress({ total: files.length, unit: 'reports' });
  const outcomes: Outcome[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const file of files) {
    const outcome = await extractFile(file, extractor, run);
    outcomes.push(outcome);
    if (outcome.problem) progress.warn(`extract: ${outcome.problem}`);
    progress.advance(
      file.shown,
      outcome.draft
        ? `${file.shown} → ${showPath(path.join(run.out, file.folderName))}: ${outcome.draft.graph.nodes.length} nodes, ${outcome.draft.summary.review.length} to review`
        : `${file.shown}: refused`,
    );
  }
  progress.stop();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const failed = outcomes.filter((outcome) => outcome.problem).length;
  console.log(`\n${formatSummary(outcomes)}\n`);
  console.log(
    `extracted ${outcomes.length - failed} of ${outcomes.length} reports into ${showPath(run.out)} in ${seconds.toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)${failed > 0 ? `; ${failed} refused, nothing written for them` : ''}`,
  );
  return failed > 0 ? 2 : 0;
}

async function extractFile(file: ReportFile, extractor: Extractor, run: RunOptions): Promise<Outcome> {
  const folder = path.join(run.out, file.folderName);
  try {
    await checkDraftFolder(folder, run.force);
    const input = await readReportInput({ bytes: await readInput(file), name: file.shown });
    const draft = draftReport(extractor, input, run.options);
    await writeDraftFolder(folder, draft);
    return { file, draft };
  } catch (error) {
    const problem = describeKnownError(error);
    if (problem === undefined) throw error;
    return { file, problem };
  }
}

async function readInput(file: ReportFile): Promise<Uint8Array> {
  const size = (await stat(file.path)).size;
  // A file far over the limit is refused before it is read into memory.
  if (size > MAX_INPUT_BYTES) throw new InputError({ code: 'too-large', source: file.shown, bytes: size, limit: MAX_INPUT_BYTES });
  return readFile(file.path);
}

function formatSummary(outcomes: Outcome[]): string {
  const rows = outcomes.map(({ file, draft, problem }) => {
    const count = (label: string) => String(draft?.summary.nodes[label] ?? 0);
    // The report's name is in the first column; the problem column says the rest of the line.
    if (!draft) return [file.shown, '', '', '', '', (problem ?? '').replace(file.shown, '').replace(/^[:\s]+/, '')];
    const dropped = draft.summary.dropped.length;
    return [
      file.shown,
      [draft.origin.format, draft.origin.encoding].filter(Boolean).join(' '),
      count('Person'),
      count('Organization'),
      String(draft.summary.review.length),
      dropped > 0 ? `${dropped} record(s) left out` : '',
    ];
  });
  return formatTable(['report', 'from', 'people', 'organizations', 'to review', 'problems'], rows, { right: [2, 3, 4] });
}

// A path as short as it can be said: relative below the working folder, absolute elsewhere.
function showPath(target: string): string {
  const relative = path.relative(process.cwd(), target);
  return relative === '' || relative.startsWith('..') ? target : relative;
}

function describeOrigin(draft: ReportDraft): string {
  const { format, encoding, pages } = draft.origin;
  if (format === 'html') return `; from a web page${encoding && encoding !== 'utf-8' ? ` in ${encoding}` : ''}: report.txt holds its article's text`;
  if (format === 'pdf') return `; from a PDF of ${pages} page${pages === 1 ? '' : 's'}: report.txt holds its text`;
  if (format === 'docx') return '; from a Word .docx: report.txt holds its text';
  return encoding && encoding !== 'utf-8' ? `; decoded from ${encoding}: report.txt holds it as UTF-8` : '';
}

// Errors whose message is the one line a user sees; anything else is a failure of the command itself.
function describeKnownError(error: unknown): string | undefined {
  if (error instanceof InputError) return describeProblemForCommandLine(error.problem);
  if (
    error instanceof DraftFolderError ||
    error instanceof UsageError ||
    error instanceof MissingInputError ||
    error instanceof ConfigError ||
    error instanceof EcokgError
  )
    return error.message;
  return undefined;
}

async function knownGraph(againstGraph: boolean): Promise<KnownGraph> {
  if (!againstGraph) return loadKnownGraphFromSeed(SEED_ROOT);
  return withCliGateway(loadConfig(), (gateway, uri) => loadKnownGraphFromNeo4j(gateway, uri));
}

async function reextract(documentIds: string[], dryRun: boolean): Promise<number> {
  const { runReextraction } = await import('../review/run-reextraction.ts');
  const failed = await withCliGateway(loadConfig(), (gateway, uri) =>
    runReextraction(gateway, { documentIds, dryRun, source: uri, log: (line) => console.log(line) }),
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = describeKnownError(error);
    console.error(`extract: ${known ?? `failed: ${error instanceof Error ? error.message : String(error)}`}`);
    process.exit(known !== undefined ? 2 : 1);
  },
);
