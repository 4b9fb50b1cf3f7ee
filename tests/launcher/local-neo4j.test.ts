import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j-local/start-local-neo4j.ts';
import { reservePort } from '../support/reserve-port.ts';

const CLI = fileURLToPath(new URL('../../src/neo4j-local/run-local-neo4j.ts', import.meta.url));
// The first start may include the Maven build (downloads on a cold ~/.m2) and the creation of a new store.
const FIRST_START_TIMEOUT_MS = 300_000;
const START_TIMEOUT_MS = 120_000;
// Both lines Neo4j 5 writes to debug.log when a database was not shut down cleanly (seen after a SIGKILL).
const RECOVERY = /Recovery required from position|Transaction logs recovery is required/;
const NEO4J_DATABASE_STARTING = /Starting 'DatabaseId\{\w+\[neo4j\]\}'/;

describe('local Neo4j on a persistent folder', () => {
  const firstPassword = 'launcher-test-password-1';
  const secondPassword = 'launcher-test-password-2';
  const probeId = `probe-${process.pid}`;
  let dataDir: string;
  let boltPort: number;
  let httpPort: number;
  let cli: ChildProcessWithoutNullStreams | undefined;
  let instance: LocalNeo4j | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ecokg-neo4j-test-'));
  });

  afterAll(async () => {
    // A no-op once the SIGTERM test has run; if a test failed before it, the JVM follows through stdin EOF.
    cli?.kill('SIGKILL');
    await instance?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, START_TIMEOUT_MS);

  it('npm run neo4j prints the ready line and serves Bolt with the password', {
    timeout: FIRST_START_TIMEOUT_MS,
  }, async () => {
    cli = spawnCli(['--data-dir', dataDir], {
      NEO4J_LOCAL_BOLT_PORT: 'auto',
      NEO4J_LOCAL_HTTP_PORT: 'auto',
      NEO4J_PASSWORD: firstPassword,
    });

    const readyLine = await firstLineMatching(cli, /^ecokg-neo4j ready /, FIRST_START_TIMEOUT_MS);

    const ports = /^ecokg-neo4j ready bolt:\/\/127\.0\.0\.1:(\d+) browser=http:\/\/127\.0\.0\.1:(\d+)\/browser\/$/.exec(readyLine);
    expect(ports, readyLine).not.toBeNull();
    [boltPort, httpPort] = [Number(ports![1]), Number(ports![2])];
    // Ports the launcher chose: outside the range the kernel hands to outgoing connections.
    expect(isEphemeral(boltPort) || isEphemeral(httpPort)).toBe(false);
    await cypher(boltPort, firstPassword, 'CREATE (:LauncherProbe {id: $id})', { id: probeId });
    expect(await cypher(boltPort, firstPassword, 'MATCH (p:LauncherProbe) RETURN p.id AS id')).toEqual([probeId]);
  });

  it('serves Neo4j Browser and a discovery document pointing Browser at our Bolt port', async () => {
    const page = await fetch(`http://127.0.0.1:${httpPort}/browser/`);
    const discovery = await fetch(`http://127.0.0.1:${httpPort}/`, { headers: { accept: 'application/json' } });

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');
    expect(await discovery.json()).toMatchObject({
      bolt_direct: `bolt://127.0.0.1:${boltPort}`,
      neo4j_edition: 'community',
      neo4j_version: '5.26.30',
    });
  });

  it('stops on SIGTERM with exit code 0 and leaves no JVM behind', { timeout: START_TIMEOUT_MS }, async () => {
    const exit = exitOf(cli!);
    cli!.kill('SIGTERM');

    expect(await exit).toEqual({ code: 0, stderr: '' });
    expect(pidsWithCommandLineContaining(dataDir)).toEqual([]);
  });

  it('restarts on the same folder without recovery, keeping data and taking the new password', {
    timeout: START_TIMEOUT_MS,
  }, async () => {
    const logOffset = (await stat(debugLog(dataDir))).size;

    instance = await startLocalNeo4j({ dataDir, boltPort, httpPort: null, password: secondPassword });

    expect(instance.browserUrl).toBeNull();
    expect(await cypher(boltPort, secondPassword, 'MATCH (p:LauncherProbe) RETURN p.id AS id')).toEqual([probeId]);
    const secondStartLog = await readFrom(debugLog(dataDir), logOffset);
    expect(secondStartLog).toMatch(NEO4J_DATABASE_STARTING);
    expect(secondStartLog).not.toMatch(RECOVERY);
  });

  // Proves the recovery check above can fail: the same log slice after a crash does show recovery.
  it('logs recovery after the JVM was SIGKILLed', { timeout: START_TIMEOUT_MS }, async () => {
    process.kill(instance!.pid, 'SIGKILL');
    await instance!.exited;
    const logOffset = (await stat(debugLog(dataDir))).size;

    instance = await startLocalNeo4j({ dataDir, boltPort, httpPort: null, password: secondPassword });

    expect(await readFrom(debugLog(dataDir), logOffset)).toMatch(RECOVERY);
  });
});

describe('ports the launcher chooses', () => {
  it('starts on other ports when the ones it tries are taken, one of them in the ephemeral range, and says so', {
    timeout: START_TIMEOUT_MS * 2,
  }, async () => {
    // One port an outgoing connection could have been given (the kernel binds port 0 in the ephemeral range), and one
    // outside it that another process took between the launcher's choice and Neo4j's bind: both are offered first.
    const ephemeralHolder = await listen(0);
    const chosenHolder = await listen(await reservePort());
    const [ephemeralPort, chosenPort] = [ephemeralHolder, chosenHolder].map((server) => (server.address() as net.AddressInfo).port);
    expect(isEphemeral(ephemeralPort!)).toBe(true);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ecokg-neo4j-ports-'));
    const lines: string[] = [];
    let started: LocalNeo4j | undefined;
    try {
      started = await startLocalNeo4j({
        dataDir,
        boltPort: 'auto',
        httpPort: null,
        portCandidates: [ephemeralPort!, chosenPort!],
        password: 'launcher-ports-password',
        heap: '512m',
        log: (line) => lines.push(line),
      });
      const boltPort = Number(new URL(started.boltUri).port);

      expect([ephemeralPort, chosenPort]).not.toContain(boltPort);
      expect(isEphemeral(boltPort)).toBe(false);
      expect(lines).toEqual(
        expect.arrayContaining([
          `ecokg-neo4j: Bolt port ${ephemeralPort} on 127.0.0.1 is already in use; trying other ports`,
          `ecokg-neo4j: Bolt port ${chosenPort} on 127.0.0.1 is already in use; trying other ports`,
        ]),
      );
      expect(await cypher(boltPort, 'launcher-ports-password', 'RETURN 1 AS one')).toEqual([neo4j.int(1)]);
    } finally {
      await started?.stop();
      ephemeralHolder.close();
      chosenHolder.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('start-up failures', () => {
  let scratchDir: string;

  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), 'ecokg-neo4j-fail-'));
  });

  afterAll(async () => {
    await rm(scratchDir, { recursive: true, force: true });
  });

  it('names a Bolt port that is already in use', { timeout: START_TIMEOUT_MS }, async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busyPort = (blocker.address() as net.AddressInfo).port;
    try {
      const cli = spawnCli(['--data-dir', path.join(scratchDir, 'busy-port')], {
        NEO4J_LOCAL_BOLT_PORT: String(busyPort),
        NEO4J_LOCAL_HTTP_PORT: '0',
      });

      expect(await exitOf(cli)).toEqual({
        code: 1,
        stderr: `ecokg-neo4j: Bolt port ${busyPort} on 127.0.0.1 is already in use\n`,
      });
    } finally {
      blocker.close();
    }
  });

  it('names a data folder that cannot be created', { timeout: START_TIMEOUT_MS }, async () => {
    const regularFile = path.join(scratchDir, 'not-a-folder');
    await writeFile(regularFile, '');
    const dataDir = path.join(regularFile, 'neo4j');
    const cli = spawnCli(['--data-dir', dataDir], {
      NEO4J_LOCAL_BOLT_PORT: 'auto',
      NEO4J_LOCAL_HTTP_PORT: '0',
    });

    const { code, stderr } = await exitOf(cli);

    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^ecokg-neo4j: data folder ${escapeRegExp(dataDir)} cannot be created: .+\\n$`));
  });
});

/** Runs the `npm run neo4j` CLI in a single Node process, so signals reach it directly. */
function spawnCli(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
}

function firstLineMatching(child: ChildProcessWithoutNullStreams, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in ${timeoutMs} ms`)), timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (pattern.test(line)) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code} before printing ${pattern}: ${stderr}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

async function cypher(boltPort: number, password: string, query: string, parameters: Record<string, unknown> = {}): Promise<unknown[]> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery(query, parameters);
    return records.map((record) => record.get(0));
  } finally {
    await driver.close();
  }
}

/** A server listening on `port` of 127.0.0.1 (0: one the kernel picks). */
async function listen(port: number): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/** Whether the kernel may give `port` to an outgoing connection (Linux's ip_local_port_range). */
function isEphemeral(port: number): boolean {
  const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  return port >= low! && port <= high!;
}

function pidsWithCommandLineContaining(text: string): number[] {
  // pgrep exits 1 when nothing matches.
  const { stdout } = spawnSync('pgrep', ['-f', text], { encoding: 'utf8' });
  return stdout.split('\n').filter(Boolean).map(Number);
}

function debugLog(dataDir: string): string {
  return path.join(dataDir, 'logs', 'debug.log');
}

async function readFrom(file: string, offset: number): Promise<string> {
  return (await readFile(file)).subarray(offset).toString('utf8');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
