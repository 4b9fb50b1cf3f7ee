import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OperationResult } from '../queries/run-query-mix.ts';
import type { BenchResults } from './bench-results.ts';

/** Milliseconds of a server's CPU per answered request, for ecokg and the peer (and ecokg cached, when measured). */
export interface CpuPerRequest {
  ecokg: number;
  peer: number;
  ecokgCached?: number;
}

/** The results file of the last full run before issue 13, kept so that each run can show its CPU per request beside it. */
export const BASELINE_FILE = 'before-issue-13.json';

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * An operation's server CPU per answered request. Runs before issue 13 recorded only the CPU share (% of one core,
 * whole numbers) and the answers per second of the throughput runs, from which it follows as share × 10 / rate.
 */
export function cpuPerRequest(op: Pick<OperationResult, 'cpuPercent' | 'throughput'> & { cpuMsPerRequest?: CpuPerRequest }): CpuPerRequest {
  if (op.cpuMsPerRequest) return op.cpuMsPerRequest;
  const fromShare = (percent: number | undefined, perSecond: number) => round(((percent ?? 0) * 10) / Math.max(1, perSecond));
  return {
    ecokg: fromShare(op.cpuPercent.ecokg.server, op.throughput.ecokg.requestsPerSecond),
    peer: fromShare(op.cpuPercent.peer.server, op.throughput.peer.requestsPerSecond),
  };
}

/** CPU per request of the baseline run, by scale and operation name; empty when the file is missing. */
export async function readBaselineCpu(
  resultsDir: string,
): Promise<{ date?: string; node?: string; byScale: Map<number, Map<string, CpuPerRequest>> }> {
  let baseline: BenchResults;
  try {
    baseline = JSON.parse(await readFile(path.join(resultsDir, BASELINE_FILE), 'utf8')) as BenchResults;
  } catch {
    return { byScale: new Map() };
  }
  const byScale = new Map(baseline.scales.map((scale) => [scale.scale, new Map(scale.operations.map((op) => [op.name, cpuPerRequest(op)]))]));
  return { date: baseline.date, node: baseline.versions.node, byScale };
}
