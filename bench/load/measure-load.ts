import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config/load-config.ts';
import { createGateway, type Neo4jConnection } from '../../src/db/create-gateway.ts';
import { resetGraph } from '../../src/seed/load-seed.ts';
import { validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { loadWithRawUnwind } from './raw-unwind-loader.ts';

/** One timed load. */
export interface LoadRun {
  loader: 'ecokg' | 'raw-unwind';
  nodes: number;
  relationships: number;
  seconds: number;
  /** Nodes plus relationships merged per second. */
  perSecond: number;
  /** A resumed load (`--resume`): the documents the store held before it, which this run did not load or time. */
  resumedFrom?: number;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// ecokg's loader default, used for the baseline too.
const BATCH_SIZE = 2000;

/**
 * Loads the same folders with `npm run seed -- --reset` (the user's path, timed by the CLI itself, after its
 * validation and reset) and with the raw UNWIND baseline (timed the same way, after the same reset), in
 * alternating rounds ending with ecokg, so the graph left behind is the one ecokg wrote.
 */
export async function measureLoad(options: {
  connection: Neo4jConnection;
  folders: string[];
  rounds: number;
  /** Whether each round also loads with the raw UNWIND baseline. */
  baseline: boolean;
  log: (line: string) => void;
}): Promise<LoadRun[]> {
  const { connection, folders } = options;
  // The baseline needs the documents in memory; without it, the seed CLI reads and validates them itself.
  const documents = options.baseline ? await validateSeedFolders(folders) : [];
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { disableLosslessIntegers: true });
  const gateway = await createGateway(loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password }), connection);
  const runs: LoadRun[] = [];
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      await resetGraph(gateway);
      if (!options.baseline) {
        runs.push(await runSeedCli(connection, folders));
        options.log(`  round ${round}: ecokg seed CLI ${runs.at(-1)!.perSecond}/s (${runs.at(-1)!.seconds.toFixed(1)} s)`);
        continue;
      }
      const raw = await loadWithRawUnwind(driver, documents, { batchSize: BATCH_SIZE });
      runs.push({
        loader: 'raw-unwind',
        nodes: raw.nodes,
        relationships: raw.relationships,
        seconds: raw.seconds,
        perSecond: Math.round((raw.nodes + raw.relationships) / raw.seconds),
      });
      options.log(`  round ${round}: raw UNWIND ${runs.at(-1)!.perSecond}/s (${raw.seconds.toFixed(1)} s)`);
      runs.push(await runSeedCli(connection, folders));
      options.log(`  round ${round}: ecokg seed CLI ${runs.at(-1)!.perSecond}/s (${runs.at(-1)!.seconds.toFixed(1)} s)`);
    }
  } finally {
    await gateway.close();
    await driver.close();
  }
  return runs;
}

/**
 * Runs the seed CLI as `npm run seed -- --reset <folders>` does (without --reset when `reset` is false, to add to
 * the graph) and reads the rate it prints (the CLI times itself).
 * It runs the script npm would run, not npm: npm hands its arguments to `sh -c` as one string, and 10,000 folders
 * make that string longer than one argument may be.
 */
export async function runSeedCli(connection: Neo4jConnection, folders: string[], options: { reset?: boolean } = {}): Promise<LoadRun> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/seed-cli.ts', ...(options.reset === false ? [] : ['--reset']), ...folders], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`npm run seed failed (${code}): ${text.slice(-1000)}`))));
  });
  const match = /(\d+) nodes and (\d+) relationships merged in ([\d.]+) s \((\d+) per second\)/.exec(output);
  if (!match) throw new Error(`npm run seed printed no rate: ${output.slice(-500)}`);
  return { loader: 'ecokg', nodes: Number(match[1]), relationships: Number(match[2]), seconds: Number(match[3]), perSecond: Number(match[4]) };
}
