import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a newcomer does: `npm start` with no NEO4J_URI, twice, stopping it with SIGTERM each time.
let dataDir: string;
let env: NodeJS.ProcessEnv;
let running: ChildProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ecokg-npm-start-'));
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, NEO4J_USER: _user, ...rest } = process.env;
  env = {
    ...rest,
    ECOKG_DATA_DIR: dataDir,
    PORT: '0',
    // The launcher chooses both ports, outside the range outgoing connections are given, and prints them.
    NEO4J_LOCAL_BOLT_PORT: 'auto',
    NEO4J_LOCAL_HTTP_PORT: 'auto',
    NEO4J_LOCAL_HEAP: '1g',
  };
});

afterAll(async () => {
  running?.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `npm start` and resolves with its output and URL once it prints the ready line. */
async function npmStart(): Promise<{ child: ChildProcess; url: string; output: string[]; seconds: number }> {
  const started = performance.now();
  const child = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      const ready = output.map((line) => /^ecokg ready: GraphQL at (\S+)\/graphql$/.exec(line)).find(Boolean);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.join('\n')}`)));
  });
  return { child, url, output, seconds: (performance.now() - started) / 1000 };
}

async function stopWithSigterm(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

/** Processes whose command line names the data folder: the local Neo4j's JVM, while it runs. */
const processesUsing = (folder: string) => spawnSync('pgrep', ['-f', folder], { encoding: 'utf8' }).stdout.trim();

async function totalNodes(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename graphStats { totalNodes } }' }),
  });
  const body = (await response.json()) as { data: { __typename: string; graphStats: { totalNodes: number } } };
  expect(body.data.__typename).toBe('Query');
  return body.data.graphStats.totalNodes;
}

describe('npm start without NEO4J_URI', () => {
  it('starts a local Neo4j, seeds it, answers, and leaves no Java process after SIGTERM; the second start reuses the data', {
    timeout: 300_000,
  }, async () => {
    const first = await npmStart();
    expect(first.output).toContain(`NEO4J_URI is not set: starting a local Neo4j with its data in ${path.join(dataDir, 'neo4j')}`);
    expect(first.output.some((line) => line.includes('"msg":"seeded the empty graph"'))).toBe(true);
    expect(await totalNodes(first.url)).toBe(164);
    expect(processesUsing(dataDir)).not.toBe('');
    expect(await stopWithSigterm(first.child)).toBe(0);
    expect(processesUsing(dataDir)).toBe('');

    const second = await npmStart();
    expect(second.output.some((line) => line.includes('seeded the empty graph'))).toBe(false);
    expect(await totalNodes(second.url)).toBe(164);
    expect(await stopWithSigterm(second.child)).toBe(0);
    expect(processesUsing(dataDir)).toBe('');
    console.log(`npm start: answered after ${first.seconds.toFixed(1)} s on the first start, ${second.seconds.toFixed(1)} s on the second`);
  });
});
