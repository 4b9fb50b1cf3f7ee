import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** `src/main.ts` run as `npm start` runs it, watched line by line from its start. */
export interface SpawnedService {
  child: ChildProcess;
  /** Every line written so far, stdout and stderr. */
  output: string[];
  /** Settles with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first line matching `pattern`, waiting at most `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
  /** Resolves with the service's address (`http://127.0.0.1:<port>`) once its ready line says where it listens. */
  waitForReady(ms?: number): Promise<URL>;
}

const READY_LINE = /^ecokg ready: GraphQL at (http:\/\/\S+)\/graphql$/;

/**
 * Starts `node [nodeArgs] src/main.ts` on 127.0.0.1 with `env` over this process's environment; with `npmStart`,
 * `npm start` itself, in a process group of its own (`-child.pid`), as a terminal or systemd runs it.
 */
export function spawnService(env: Record<string, string>, nodeArgs: string[] = [], options: { npmStart?: boolean } = {}): SpawnedService {
  const childEnv = { ...process.env, HOST: '127.0.0.1', ...env };
  const child = options.npmStart
    ? spawn('npm', ['start', '--silent'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawn(process.execPath, [...nodeArgs, 'src/main.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const onLine = (line: string) => {
    output.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A command that could not start at all: its error is the only line, and nothing runs to wait for.
    child.once('error', (error) => {
      output.push(`spawn failed: ${error.message}`);
      resolve({ code: null, signal: null });
    });
  });
  const service: SpawnedService = {
    child,
    output,
    exited,
    async waitForReady(ms) {
      return new URL(READY_LINE.exec(await service.waitFor(READY_LINE, ms))![1]!);
    },
    waitFor(pattern, ms = 60_000) {
      const seen = output.find((line) => pattern.test(line));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${ms} ms:\n${output.join('\n')}`)), ms);
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
      });
    },
  };
  return service;
}
