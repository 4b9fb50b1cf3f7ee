/**
 * `npm run bench [-- --quick | --large]`: benchmarks ecokg, uncached and with its response cache, against hand-written
 * Cypher and @neo4j/graphql on the real report (1×) and on a graph 1,000 times larger (100× with --quick), on a Neo4j
 * of its own (bolt 37687, data in bench/.neo4j), and writes bench/results/latest.md and latest.json. With --large it
 * runs one scale of 10,000 documents instead (about 1 M nodes and 4.7 M relationships), times its load with ecokg's
 * loader, and writes bench/results/large.md and large.json, with each operation's growth from latest.json's 1,000×;
 * `--large --documents N` runs N documents instead, `--large --skip-load` measures the graph the large store
 * already holds (a load stopped part way) without loading, and `--large --resume` loads only the documents the store
 * lacks (no reset; the corpus written before is reused), times that part, and measures the whole graph.
 * `--skip-load` without --large measures the 1,000× store as it is (no 1× scale, no load), `--only a,b` runs those
 * operations (and no soak), `--out NAME` writes NAME.md/.json instead of latest/large, and BENCH_ECOKG_ROOT runs
 * ecokg from another checkout (before/after).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../src/db/create-gateway.ts';
import { CORPUS_ROOT, findGeneratedCorpus, generateCorpus, REAL_REPORT_FOLDER } from './generate-corpus.ts';
import { type LoadRun, measureLoad, runSeedCli } from './load/measure-load.ts';
import { type QueryMixSettings, runQueryMix } from './queries/run-query-mix.ts';
import { runSoak } from './queries/run-soak.ts';
import type { BenchResults, ScaleResult } from './report/bench-results.ts';
import { evaluateTargets } from './report/evaluate-targets.ts';
import { writeResults } from './report/write-results.ts';
import { startBenchServers } from './servers/start-bench-servers.ts';
import { BENCH_NEO4J_DIR, startBenchNeo4j } from './start-bench-neo4j.ts';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

interface BenchSettings {
  largeScale: number;
  loadRounds: number;
  /** Whether the load is also timed with the raw UNWIND baseline. @default true */
  loadBaseline?: boolean;
  /** Whether the real report alone (1×) is measured first. @default true */
  smallScale?: boolean;
  queryMix: QueryMixSettings;
  soak?: { warmupSeconds: number; seconds: number };
}

const FULL: BenchSettings = {
  largeScale: 1000,
  loadRounds: 2,
  queryMix: { globalWarmupSeconds: 2, warmupRequests: 100, latencyRequests: 500, warmupSeconds: 3, throughputSeconds: 10, concurrency: 16 },
  soak: { warmupSeconds: 10, seconds: 60 },
};
const QUICK: BenchSettings = {
  largeScale: 100,
  loadRounds: 1,
  queryMix: { globalWarmupSeconds: 0.5, warmupRequests: 30, latencyRequests: 150, warmupSeconds: 1, throughputSeconds: 2.5, concurrency: 16 },
  soak: { warmupSeconds: 3, seconds: 10 },
};

// 10,000 documents: ten years of every province's reports. Loading takes most of the run, so the load is timed once,
// with ecokg's loader only, and the query mix runs with the quick settings.
const LARGE: BenchSettings = {
  largeScale: 10_000,
  loadRounds: 1,
  loadBaseline: false,
  smallScale: false,
  // Some questions take a second or more on a cold 10,000-document store: warm-ups of half a second see no answer.
  queryMix: { globalWarmupSeconds: 3, warmupRequests: 20, latencyRequests: 60, warmupSeconds: 2, throughputSeconds: 6, concurrency: 16 },
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      large: { type: 'boolean', default: false },
      // With --large, another number of documents than 10,000 (a machine too slow to load them all in its time).
      documents: { type: 'string' },
      // With --large, the graph the store already holds (a load stopped part way), measured as it is, without loading.
      'skip-load': { type: 'boolean', default: false },
      // With --large, load only what the store lacks (a load stopped part way), without clearing it first.
      resume: { type: 'boolean', default: false },
      // Only these operations (comma-separated names), to finish a run the machine's time cut short.
      only: { type: 'string' },
      // Another name for the results than latest (or large): a partial run must not stand for the last full one.
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const chosen = values.large ? LARGE : values.quick ? QUICK : FULL;
  const settings = values.large && values.documents ? { ...chosen, largeScale: Number(values.documents) } : chosen;
  // The 10,000-document store is about four times the 1,000× one: a page cache that holds it keeps the queries off disk.
  if (values.large) process.env.NEO4J_LOCAL_PAGE_CACHE ??= '6g';
  const started = performance.now();
  const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);

  // Measuring the store as it is needs no corpus.
  const skipLoad = values['skip-load'];
  const resume = values.large && values.resume && !skipLoad;
  const corpusOptions = {
    documents: settings.largeScale - 1,
    seed: Number(values.seed),
    // The large corpus and store are kept apart from the 1,000× ones, so both can stay on disk.
    outDir: path.join(CORPUS_ROOT, values.large ? `seed-${values.seed}-large` : `seed-${values.seed}`),
  };
  const reused = resume ? await findGeneratedCorpus(corpusOptions) : null;
  if (reused) log(`reusing the ${reused.length} synthetic documents generated before (seed ${values.seed})`);
  else if (!skipLoad) log(`generating ${settings.largeScale - 1} synthetic documents (seed ${values.seed})`);
  const corpus = skipLoad
    ? { folders: [], nodeEntries: 0, relationships: 0 }
    : reused
      ? { folders: reused, nodeEntries: Number.NaN, relationships: Number.NaN }
      : await generateCorpus(corpusOptions);
  if (!skipLoad && !reused) log(`  ${corpus.nodeEntries} node entries, ${corpus.relationships} relationships before SOURCE`);

  log('starting the bench Neo4j');
  let stopServers: (() => Promise<void>) | undefined;
  const bench = await startBenchNeo4j((line) => log(`  ${line}`), values.large ? { dataDir: `${BENCH_NEO4J_DIR.replace(/\/$/, '')}-large/` } : {});
  // Ctrl-C stops what the bench started: the servers stop with their parent's stop() below, Neo4j here.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`stopping (${signal})`);
      void Promise.allSettled([stopServers?.(), bench.neo4j.stop()]).then(() => process.exit(130));
    });
  }
  const driver = neo4j.driver(bench.connection.uri, neo4j.auth.basic(bench.connection.user, bench.connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 32,
  });
  const scales: ScaleResult[] = [];
  let versions: Record<string, string> = {};
  try {
    versions = await readVersions(driver);
    // Without loading, the 1× scale (which reloads the store with the report alone) is left out too.
    for (const scale of settings.smallScale === false || skipLoad ? [settings.largeScale] : [1, settings.largeScale]) {
      const folders = [REAL_REPORT_FOLDER, ...corpus.folders.slice(0, scale - 1)];
      log(skipLoad ? `${scale}×: the graph the store holds` : `${scale}×: ${folders.length} document(s)`);
      const keep = skipLoad;
      const load =
        scale === 1 || keep
          ? undefined
          : resume
            ? await resumeLoad({ connection: bench.connection, driver, folders, log })
            : await measureLoad({ connection: bench.connection, folders, rounds: settings.loadRounds, baseline: settings.loadBaseline ?? true, log });
      if (scale === 1) await runSeedCli(bench.connection, folders);
      const counts = await countGraph(driver);
      const documents = keep ? await countDocuments(driver) : folders.length;
      log(`  graph: ${documents} documents, ${counts.nodes} nodes, ${counts.relationships} relationships`);
      const servers = await startBenchServers(bench.connection);
      stopServers = () => servers.stop();
      try {
        const loadAverage = Math.round(os.loadavg()[0]! * 100) / 100;
        const operations = await runQueryMix({
          servers,
          driver,
          neo4jPid: bench.neo4j.pid,
          settings: settings.queryMix,
          log,
          only: values.only?.split(','),
        });
        let soak: Awaited<ReturnType<typeof runSoak>> | undefined;
        if (scale === settings.largeScale && settings.soak && !values.only) {
          log(`  soak: ${settings.queryMix.concurrency} clients for ${settings.soak.seconds} s`);
          soak = await runSoak({ servers, connections: settings.queryMix.concurrency, ...settings.soak });
          log(`  soak: ${soak.requests} requests, ${soak.errors} errors, RSS ×${soak.rssRatio}`);
        }
        // A store loaded part way is labelled by the documents it holds.
        scales.push({ scale: keep ? documents : scale, documents, ...counts, loadAverage, load, operations, soak });
      } finally {
        await servers.stop();
      }
    }
  } finally {
    await driver.close();
    await bench.neo4j.stop();
  }

  const results: BenchResults = {
    mode: values.large ? 'large' : values.quick ? 'quick' : 'full',
    date: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - started) / 1000),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      availableParallelism: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
    },
    versions,
    settings: { ...settings.queryMix, loadRounds: settings.loadRounds, soak: settings.soak, corpusSeed: Number(values.seed) },
    scales,
  };
  const name = values.out ?? (values.large ? 'large' : 'latest');
  await writeResults(results, RESULTS_DIR, { name });
  log(`wrote ${path.relative(process.cwd(), RESULTS_DIR)}/${name}.md and ${name}.json`);
  for (const target of evaluateTargets(results)) console.log(`${target.met ? 'met   ' : 'MISSED'} ${target.target}: ${target.measured}`);
}

// Loads the folders whose documents the store lacks with `npm run seed` (no reset), timed by the CLI: the time of
// the part loaded now, with the number of documents held before beside it, never a total for all of them.
async function resumeLoad(options: {
  connection: Neo4jConnection;
  driver: Driver;
  folders: string[];
  log: (line: string) => void;
}): Promise<LoadRun[] | undefined> {
  const { records } = await options.driver.executeQuery('MATCH (d:Document) RETURN collect(d.id) AS ids', {}, { database: 'neo4j', routing: 'READ' });
  const held = new Set(records[0]!.get('ids') as string[]);
  const missing: string[] = [];
  for (const folder of options.folders) {
    const graph = JSON.parse(await readFile(path.join(folder, 'graph.json'), 'utf8')) as { document: { id: string } };
    if (!held.has(graph.document.id)) missing.push(folder);
  }
  options.log(`  resuming: the store holds ${held.size} documents, ${missing.length} of ${options.folders.length} to load`);
  if (missing.length === 0) return undefined;
  const run = { ...(await runSeedCli(options.connection, missing, { reset: false })), resumedFrom: held.size };
  options.log(`  ecokg seed CLI ${run.perSecond}/s (${run.seconds.toFixed(1)} s for ${missing.length} documents)`);
  return [run];
}

async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    { database: 'neo4j', routing: 'READ' },
  );
  return { nodes: records[0]!.get('nodes') as number, relationships: records[0]!.get('relationships') as number };
}

async function countDocuments(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS documents', {}, { database: 'neo4j', routing: 'READ' });
  return records[0]!.get('documents') as number;
}

/** Versions of what ran, Neo4j's as the server reports it. */
async function readVersions(driver: Driver): Promise<Record<string, string>> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version', {}, { database: 'system' });
  return {
    node: process.version,
    neo4j: String(records[0]?.get('version') ?? 'unknown'),
    'neo4j-driver': packageVersion('neo4j-driver'),
    '@apollo/server': packageVersion('@apollo/server'),
    '@neo4j/graphql': packageVersion('@neo4j/graphql'),
    autocannon: packageVersion('autocannon'),
  };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
