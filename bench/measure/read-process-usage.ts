import { readFile } from 'node:fs/promises';

/** CPU time and resident memory of a process, read from /proc. */
export interface ProcessUsage {
  /** User plus system CPU seconds since the process started. */
  cpuSeconds: number;
  rssBytes: number;
}

// Linux reports CPU times in clock ticks; 100 per second on every mainstream kernel configuration.
const TICKS_PER_SECOND = 100;

/** Reads a process's CPU time and RSS (Linux only; the bench documents that it runs there). */
export async function readProcessUsage(pid: number): Promise<ProcessUsage> {
  const [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')]);
  // The command name in parentheses may hold spaces, so fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
  return { cpuSeconds, rssBytes: rssKb * 1024 };
}

/**
 * CPU used by each watched process while `work` ran: as a share of one core (100 = one core busy), and in seconds,
 * from which the cost of one request follows.
 */
export async function measureCpuShare<T>(
  pids: Record<string, number>,
  work: () => Promise<T>,
): Promise<{ result: T; cpuPercent: Record<string, number>; cpuSeconds: Record<string, number> }> {
  const before = await readAll(pids);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const after = await readAll(pids);
  const cpuSeconds = Object.fromEntries(Object.keys(pids).map((name) => [name, Math.round((after[name]! - before[name]!) * 100) / 100]));
  const cpuPercent = Object.fromEntries(Object.keys(pids).map((name) => [name, Math.round((cpuSeconds[name]! / seconds) * 100)]));
  return { result, cpuPercent, cpuSeconds };
}

async function readAll(pids: Record<string, number>): Promise<Record<string, number>> {
  const entries = await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, (await readProcessUsage(pid)).cpuSeconds] as const));
  return Object.fromEntries(entries);
}
