import type { BenchResults, ScaleResult } from './bench-results.ts';

/** One target of issue 6 and whether this run met it. */
export interface TargetCheck {
  target: string;
  met: boolean;
  measured: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Checks the run's figures against the targets, using the largest scale measured as "large". */
export function evaluateTargets(results: BenchResults): TargetCheck[] {
  const small = results.scales[0]!;
  const large = results.scales.at(-1)!;
  const checks: TargetCheck[] = [];
  const label = `${large.scale}×`;
  for (const op of large.operations) {
    const r = ratio(op.latency.ecokg.latency.p50, op.latency.cypher.latency.p50);
    checks.push({ target: `${op.name}: p50 ecokg / Cypher ≤ 1.5 at ${label}`, met: r <= 1.5, measured: `${r}` });
  }
  for (const op of large.operations) {
    const r = ratio(op.throughput.ecokg.requestsPerSecond, op.throughput.peer.requestsPerSecond);
    checks.push({ target: `${op.name}: throughput ecokg / @neo4j/graphql ≥ 1.5 at ${label}`, met: r >= 1.5, measured: `${r}` });
  }
  for (const name of ['lookup', 'neighborhood']) {
    const at = (scale: ScaleResult) => scale.operations.find((op) => op.name === name)!.latency.ecokg.latency.p50;
    const r = ratio(at(large), at(small));
    checks.push({ target: `${name}: ecokg p50 at ${label} ≤ 2 × p50 at ${small.scale}×`, met: r <= 2, measured: `${r}` });
  }
  if (large.load) {
    const ecokg = median(large.load.filter((run) => run.loader === 'ecokg').map((run) => run.perSecond));
    const raw = median(large.load.filter((run) => run.loader === 'raw-unwind').map((run) => run.perSecond));
    checks.push({
      target: `seed load at ${label}: ecokg ≥ 0.7 × raw UNWIND (medians)`,
      met: ecokg / raw >= 0.7,
      measured: `${ratio(ecokg, raw)} (${ecokg} vs ${raw} per second)`,
    });
  }
  if (large.soak) {
    const { soak } = large;
    checks.push({
      target: `${soak.connections} clients for ${soak.seconds} s: zero errors`,
      met: soak.errors === 0,
      measured: `${soak.errors} errors in ${soak.requests} requests`,
    });
    checks.push({
      // The target guards against growth (a leak); memory the collector gives back after the run is no failure.
      target: `RSS after the run at most 20% above after warm-up`,
      met: soak.rssRatio <= 1.2,
      measured: `${soak.rssRatio} (${mib(soak.rssAfterWarmupBytes)} → ${mib(soak.rssAfterRunBytes)} MiB)`,
    });
  }
  return checks;
}

function mib(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
