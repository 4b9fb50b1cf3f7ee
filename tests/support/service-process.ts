import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** The service running as its own process, as `npm start` runs it, so a crash or a leak shows. */
export interface ServiceProcess {
  url: string;
  pid: number;
  /** Every line the process wrote, stdout and stderr. */
  output: string[];
  /** Set once the process has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Resident memory of the process now, in bytes (Linux /proc). */
  rssBytes(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` with the given environment on a free port and waits for its ready line. */
export async function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, ['src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const service: ServiceProcess = {
    url: '',
    pid: child.pid!,
    output,
    exit: undefined,
    async rssBytes() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    async stop() {
      if (service.exit) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      service.exit = { code, signal };
      resolve();
    }),
  );
  for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => output.push(line));
  service.url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start within 60 s:\n${output.join('\n')}`)), 60_000);
    const check = setInterval(() => {
      const ready = output.map((line) => /^ecokg ready: GraphQL at (http:\/\/\S+)\/graphql$/.exec(line)).find(Boolean);
      if (ready || service.exit) {
        clearInterval(check);
        clearTimeout(timer);
        if (ready) resolve(ready[1]!);
        else reject(new Error(`the service exited before it was ready:\n${output.join('\n')}`));
      }
    }, 50);
  });
  return service;
}
