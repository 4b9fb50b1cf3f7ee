import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A server the bench started in a process of its own. */
export interface ServerProcess {
  /** Base URL of its GraphQL endpoint. */
  url: string;
  pid: number;
  /** Stops it with SIGTERM and waits for the exit. */
  stop(): Promise<void>;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts a TypeScript entry point in its own Node process (`node`, which strips the types; one process, so its pid
 * is the server's for CPU and memory readings) and resolves with the URL its ready line names.
 */
export async function startServerProcess(options: {
  script: string;
  env: Record<string, string>;
  /** Matches the ready line; group 1 is the base URL. */
  ready: RegExp;
  /** Appended to the URL from the ready line (ecokg prints …/graphql, the peer prints the root). */
  path?: string;
  timeoutMs?: number;
  /** The checkout it runs from. @default this one */
  root?: string;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [options.script], {
    cwd: options.root ?? PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const remember = (line: string) => {
    output.push(line);
    if (output.length > 30) output.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.script} was not ready within ${options.timeoutMs ?? 120_000} ms: ${output.join(' | ')}`));
    }, options.timeoutMs ?? 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      remember(line);
      const match = options.ready.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited (${signal ?? code}) before it was ready: ${output.join(' | ')}`));
    });
  });
  return { url: url.replace(/\/$/, '') + (options.path ?? ''), pid: child.pid!, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
}
