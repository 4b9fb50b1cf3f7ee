/**
 * `npm run extract -- <text-file> --out <folder> [--title T] [--date YYYY-MM-DD] [--url U] [--publisher P]
 * [--kind K] [--against-graph] [--force]`: reads a report, extracts a draft graph and writes
 * `<folder>/report.txt` (the input byte for byte; for an HTML page, its text) and `<folder>/graph.json` in the
 * seed format, ready for `npm run seed -- --check <folder>`. Entities resolve against seed/, or against the
 * running Neo4j with --against-graph. Bad input gets one line and a non-zero exit, and nothing is written:
 * the files go to a temporary folder that is renamed into place only when both are complete.
 * `npm run extract -- --reextract [document-id …] [--dry-run]` drafts loaded reports again instead (all those loaded
 * from a draft when no id is given), replaying their review decisions (src/review/run-reextraction.ts).
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, LOCAL_NEO4J_DEV_PASSWORD, loadConfig } from '../config/load-config.ts';
import { createGateway } from '../db/create-gateway.ts';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError } from '../errors/error-codes.ts';
import { isCalendarDate } from '../seed/seed-schema.ts';
import { SEED_ROOT } from '../service/start-service.ts';
import { createExtractor } from './extract-report.ts';
import { type KnownGraph, loadKnownGraphFromNeo4j, loadKnownGraphFromSeed } from './known-graph.ts';
import { type DocumentOptions, MissingDateError } from './read-document-facts.ts';
import { BadInputError, readInputText } from './read-input-text.ts';

const USAGE =
  'usage: npm run extract -- <text-file> --out <folder> [--title T] [--date YYYY-MM-DD] [--url U] [--publisher P] [--kind K] [--against-graph] [--force], or npm run extract -- --reextract [document-id …] [--dry-run]';
const KINDS = ['news-report', 'work-report', 'press-conference', 'digest', 'release', 'other'] as const;

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
  if (positionals.length !== 1 || !values.out) throw new BadInputError(USAGE);
  const input = path.resolve(positionals[0]!);
  const out = path.resolve(values.out);
  const options = documentOptions(values);

  const inputStat = await stat(input).catch(() => null);
  if (!inputStat?.isFile()) throw new BadInputError(`${positionals[0]} is not a file`);
  if (inputStat.size > 5 * 1024 * 1024) throw new BadInputError(`${positionals[0]} is ${inputStat.size} bytes; a report must be at most 5 MB`);
  await checkOutFolder(out, values.force === true);
  const bytes = await readFile(input);
  const { text, fromHtml } = readInputText(bytes, positionals[0]!);

  const known = values['against-graph'] ? await knownGraphFromNeo4j() : await loadKnownGraphFromSeed(SEED_ROOT);
  const started = performance.now();
  const { graph, summary } = createExtractor({ known }).extract(text, options);
  const milliseconds = Math.round(performance.now() - started);

  // Both files go to a temporary folder beside the target, renamed into place once complete.
  await mkdir(path.dirname(out), { recursive: true });
  const temporary = await mkdtemp(path.join(path.dirname(out), `.${path.basename(out)}-`));
  try {
    await writeFile(path.join(temporary, 'report.txt'), fromHtml ? text : bytes);
    await writeFile(path.join(temporary, 'graph.json'), `${JSON.stringify(graph, null, 2)}\n`);
    await rm(out, { recursive: true, force: true });
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  const nodes = Object.entries(summary.nodes)
    .map(([label, count]) => `${count} ${label}`)
    .join(', ');
  console.log(
    `extracted ${path.relative(process.cwd(), out) || out}: ${graph.nodes.length} nodes (${nodes}), ${graph.relationships.length} relationships, ${summary.review.length} to review, in ${milliseconds} ms (resolved against ${summary.resolvedAgainst})${fromHtml ? '; HTML tags stripped, report.txt holds the text' : ''}`,
  );
  for (const left of summary.dropped) console.error(`extract: left out ${left.record} (${left.rule}): ${left.reason}`);
  return 0;
}

function documentOptions(values: Record<string, string | boolean | undefined>): DocumentOptions {
  const date = values.date as string | undefined;
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && isCalendarDate(date))) {
    throw new BadInputError(`--date must be a real date as YYYY-MM-DD, got "${date}"`);
  }
  const kind = values.kind as string | undefined;
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind))
    throw new BadInputError(`--kind must be one of ${KINDS.join(', ')}, got "${kind}"`);
  const url = values.url as string | undefined;
  if (url !== undefined && !URL.canParse(url)) throw new BadInputError(`--url must be a URL, got "${url}"`);
  return {
    title: values.title as string | undefined,
    date,
    url,
    publisher: values.publisher as string | undefined,
    kind: kind as DocumentOptions['kind'],
  };
}

async function checkOutFolder(out: string, force: boolean): Promise<void> {
  const existing = await stat(out).catch(() => null);
  if (!existing) return;
  if (!existing.isDirectory()) throw new BadInputError(`${out} exists and is not a folder`);
  if (!force && (await readdir(out)).length > 0) throw new BadInputError(`${out} exists and is not empty; pass --force to replace it`);
}

async function knownGraphFromNeo4j(): Promise<KnownGraph> {
  return withGraph((gateway, uri) => loadKnownGraphFromNeo4j(gateway, uri));
}

async function reextract(documentIds: string[], dryRun: boolean): Promise<number> {
  const { runReextraction } = await import('../review/run-reextraction.ts');
  const failed = await withGraph((gateway, uri) => runReextraction(gateway, { documentIds, dryRun, source: uri, log: (line) => console.log(line) }));
  return failed > 0 ? 1 : 0;
}

// The Neo4j to read: NEO4J_URI, else the local one `npm start` runs.
async function withGraph<T>(work: (gateway: GraphGateway, uri: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const uri = config.neo4jUri ?? `bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687}`;
  const gateway = await createGateway(config, { uri, user: config.neo4jUser, password: config.neo4jPassword ?? LOCAL_NEO4J_DEV_PASSWORD });
  try {
    return await work(gateway, uri);
  } finally {
    await gateway.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof BadInputError || error instanceof MissingDateError || error instanceof ConfigError || error instanceof EcokgError;
    console.error(`extract: ${known ? (error as Error).message : `failed: ${error instanceof Error ? error.message : String(error)}`}`);
    process.exit(known ? 2 : 1);
  },
);
