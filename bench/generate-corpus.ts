/**
 * `node bench/generate-corpus.ts --documents 999 [--seed 1] [--out bench/.corpus/seed-1]`: writes
 * synthetic reports shaped like seed/2020-national-conference, in the same seed format, for benchmarks
 * and reliability tests. An N× corpus is the real report plus N−1 synthetic ones.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createSeededRandom } from './corpus/seeded-random.ts';
import { type CanonicalFields, writeSyntheticReport } from './corpus/write-synthetic-report.ts';

/** The real report's folder, whose shared entities (regions, themes, campaigns) synthetic reports reuse. */
export const REAL_REPORT_FOLDER = fileURLToPath(new URL('../seed/2020-national-conference/', import.meta.url));

/** Where the bench keeps generated corpora (git-ignored). */
export const CORPUS_ROOT = fileURLToPath(new URL('./.corpus/', import.meta.url));

// Written into every generated folder, so a later run may clear it without risk of deleting anything else.
const MARKER_FILE = '.ecokg-synthetic-corpus';
// The curated fields a shared entity must have identically in every document (aliases accumulate instead).
const CANONICAL_FIELDS = ['name', 'nameEn', 'pinyin', 'level', 'kind', 'description', 'former'];

/** How to generate a corpus. */
export interface GenerateCorpusOptions {
  /** How many synthetic documents to write (the real report is not counted and not copied). */
  documents: number;
  /** The PRNG seed: the same seed and count give byte-identical files. */
  seed: number;
  /** Folder to write into; cleared first when it holds an earlier corpus, refused when it holds anything else. */
  outDir: string;
}

/** What was generated. */
export interface GeneratedCorpus {
  /** One folder per synthetic document (graph.json and report.txt), in order. */
  folders: string[];
  /** Node entries over all graph.json files, before shared entities merge. */
  nodeEntries: number;
  /** Curated relationships over all files (the loader adds one SOURCE per node entry). */
  relationships: number;
}

/**
 * Writes `documents` synthetic reports into `outDir`, one folder each. Every document is drawn from its
 * own PRNG stream (seed, index), so the first 99 documents of a 999-document corpus equal a 99-document one.
 */
export async function generateCorpus(options: GenerateCorpusOptions): Promise<GeneratedCorpus> {
  if (!Number.isSafeInteger(options.documents) || options.documents < 0)
    throw new Error(`documents must be a whole number ≥ 0, got ${options.documents}`);
  const outDir = path.resolve(options.outDir);
  await clearEarlierCorpus(outDir);
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, MARKER_FILE), `seed ${options.seed}, ${options.documents} documents\n`);

  const canonical = await readCanonicalFields();
  const folders: string[] = [];
  let nodeEntries = 0;
  let relationships = 0;
  const pending: Promise<void>[] = [];
  for (let index = 1; index <= options.documents; index += 1) {
    const report = writeSyntheticReport({ index, random: createSeededRandom(options.seed, index), canonical });
    const folder = path.join(outDir, report.folderName);
    folders.push(folder);
    nodeEntries += report.graph.nodes.length + 1;
    relationships += report.graph.relationships.length;
    pending.push(
      mkdir(folder, { recursive: true }).then(() =>
        Promise.all([
          writeFile(path.join(folder, 'graph.json'), `${JSON.stringify(report.graph, null, 1)}\n`),
          writeFile(path.join(folder, 'report.txt'), report.text),
        ]).then(() => undefined),
      ),
    );
    // A bounded number of documents in flight keeps memory flat for large corpora.
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { folders, nodeEntries, relationships };
}

async function readCanonicalFields(): Promise<CanonicalFields> {
  const graph = JSON.parse(await readFile(path.join(REAL_REPORT_FOLDER, 'graph.json'), 'utf8')) as { nodes: Array<Record<string, unknown>> };
  return new Map(
    graph.nodes.map((node) => [
      node.id as string,
      Object.fromEntries(CANONICAL_FIELDS.filter((field) => field in node).map((field) => [field, node[field]])),
    ]),
  );
}

/**
 * The folders of a corpus generated earlier with the same seed and size (its marker says so), in document order, or
 * null: a resumed load reads the documents it already wrote instead of writing 10,000 folders again.
 */
export async function findGeneratedCorpus(options: GenerateCorpusOptions): Promise<string[] | null> {
  const outDir = path.resolve(options.outDir);
  const marker = await readFile(path.join(outDir, MARKER_FILE), 'utf8').catch(() => null);
  if (marker !== `seed ${options.seed}, ${options.documents} documents\n`) return null;
  const folders = (await readdir(outDir)).filter((name) => name !== MARKER_FILE).sort();
  return folders.length === options.documents ? folders.map((name) => path.join(outDir, name)) : null;
}

async function clearEarlierCorpus(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch(() => null);
  if (entries === null || entries.length === 0) return;
  if (!entries.includes(MARKER_FILE)) {
    throw new Error(`${outDir} holds files that generate-corpus did not write; choose an empty or new folder`);
  }
  await rm(outDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { documents: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const documents = Number(values.documents);
  const seed = Number(values.seed);
  if (values.documents === undefined || !Number.isSafeInteger(documents))
    throw new Error('usage: generate-corpus.ts --documents N [--seed S] [--out DIR]');
  const outDir = values.out ?? path.join(CORPUS_ROOT, `seed-${seed}`);
  const started = performance.now();
  const corpus = await generateCorpus({ documents, seed, outDir });
  console.log(
    `wrote ${corpus.folders.length} synthetic documents to ${path.relative(process.cwd(), outDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${corpus.nodeEntries} node entries, ${corpus.relationships} relationships (+${corpus.nodeEntries} SOURCE when loaded)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`generate-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
