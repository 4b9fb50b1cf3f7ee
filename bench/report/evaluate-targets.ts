import type { BenchResults } from './bench-results.ts';

/** One target of issues 6, 11, 13 and 24 and whether this run met it. */
export interface TargetCheck {
  target: string;
  met: boolean;
  measured: string;
  /** For a missed target: by how much, in words ("16% over", "43% short"). */
  missedBy?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

// The path's own bound (issue 13): p50 at the large scale, in ms.
const PATH_P50_MS = 50;
// Questions whose p50 at the large scale must stay within twice their p50 at 1×: the list pages, the neighborhood
// and lookup (issue 13), and the questions across reports (issue 11).
const SCALE_GROUPS = new Set(['list', 'time']);
const SCALE_OPERATIONS = new Set(['lookup', 'neighborhood']);

/** A check of `value` against an upper bound, with how far over it is when it is missed. */
function atMost(target: string, value: number, limit: number, measured = `${value}`): TargetCheck {
  const met = value <= limit;
  return { target, met, measured, ...(met ? {} : { missedBy: `${Math.round((value / limit - 1) * 100)}% over` }) };
}

/** A check of `value` against a lower bound, with how far short it falls when it is missed. */
function atLeast(target: string, value: number, limit: number, measured = `${value}`): TargetCheck {
  const met = value >= limit;
  return { target, met, measured, ...(met ? {} : { missedBy: `${Math.round((1 - value / limit) * 100)}% short` }) };
}

/**
 * Checks the run's figures against the targets, using the largest scale measured as "large". The latency and
 * throughput targets are for uncached ecokg; the cached runs are reported apart and have none.
 */
export function evaluateTargets(results: BenchResults): TargetCheck[] {
  const small = results.scales[0]!;
  const large = results.scales.at(-1)!;
  const checks: TargetCheck[] = [];
  const label = `${large.scale}×`;

  for (const scale of results.scales) {
    const differing = scale.operations.filter((op) => op.answers.differing.length > 0);
    checks.push({
      target: `${scale.scale}×: ecokg (uncached and cached), Cypher and @neo4j/graphql give equal answers`,
      met: differing.length === 0,
      measured:
        differing.length === 0
          ? `all ${scale.operations.length} operations`
          : differing.map((op) => `${op.name}: ${op.answers.differing.join(' and ')} differ`).join('; '),
      ...(differing.length === 0 ? {} : { missedBy: `${differing.length} of ${scale.operations.length} operations` }),
    });
  }
  for (const op of large.operations) {
    const r = ratio(op.latency.ecokg.latency.p50, op.latency.cypher.latency.p50);
    checks.push(atMost(`${op.name}: p50 ecokg / Cypher ≤ 1.5 at ${label}`, r, 1.5));
  }
  // Issue 24: at least the peer's throughput on every operation, half as much again on at least seven, and no more
  // server CPU per request than the peer's.
  const throughput = large.operations.map((op) => ({ op, r: ratio(op.throughput.ecokg.requestsPerSecond, op.throughput.peer.requestsPerSecond) }));
  for (const { op, r } of throughput) checks.push(atLeast(`${op.name}: throughput ecokg / @neo4j/graphql ≥ 1.0 at ${label}`, r, 1));
  const ahead = throughput.filter(({ r }) => r >= 1.5);
  checks.push(
    atLeast(
      `throughput ecokg / @neo4j/graphql ≥ 1.5 on at least 7 operations at ${label}`,
      ahead.length,
      7,
      `${ahead.length} (${ahead.map(({ op }) => op.name).join(', ') || 'none'})`,
    ),
  );
  for (const op of large.operations) {
    const { ecokg, peer } = op.cpuMsPerRequest;
    checks.push(atMost(`${op.name}: server CPU per request ecokg ≤ @neo4j/graphql at ${label}`, ecokg, peer, `${ecokg} / ${peer} ms`));
  }
  for (const op of large.operations.filter((o) => o.group === 'path')) {
    const p50 = op.latency.ecokg.latency.p50;
    checks.push(atMost(`${op.name}: ecokg p50 ≤ ${PATH_P50_MS} ms at ${label}`, p50, PATH_P50_MS, `${p50} ms`));
  }
  // A run of one scale (--large, --skip-load) has no smaller one to compare with: the growth from 1,000× is the large
  // report's own table, not a target here.
  for (const op of small === large ? [] : large.operations.filter((o) => SCALE_GROUPS.has(o.group) || SCALE_OPERATIONS.has(o.name))) {
    const before = small.operations.find((o) => o.name === op.name);
    if (!before) continue;
    const r = ratio(op.latency.ecokg.latency.p50, before.latency.ecokg.latency.p50);
    // A question that finds nothing at 1× (a person only synthetic reports name) is compared with a lookup that misses.
    const note = before.answers.empty && !op.answers.empty ? ` (at ${small.scale}× the answer is empty)` : '';
    checks.push(atMost(`${op.name}: ecokg p50 at ${label} ≤ 2 × p50 at ${small.scale}×`, r, 2, `${r}${note}`));
  }
  // The raw UNWIND baseline is timed only where the run asks for it (not with --large): no ratio without it.
  if (large.load?.some((run) => run.loader === 'raw-unwind')) {
    const ecokg = median(large.load.filter((run) => run.loader === 'ecokg').map((run) => run.perSecond));
    const raw = median(large.load.filter((run) => run.loader === 'raw-unwind').map((run) => run.perSecond));
    checks.push(
      atLeast(
        `seed load at ${label}: ecokg ≥ 0.7 × raw UNWIND (medians)`,
        ratio(ecokg, raw),
        0.7,
        `${ratio(ecokg, raw)} (${ecokg} vs ${raw} per second)`,
      ),
    );
  }
  if (large.soak) {
    const { soak } = large;
    checks.push({
      target: `${soak.connections} clients for ${soak.seconds} s: zero errors`,
      met: soak.errors === 0,
      measured: `${soak.errors} errors in ${soak.requests} requests`,
      ...(soak.errors === 0 ? {} : { missedBy: `${soak.errors} errors` }),
    });
    // The target guards against growth (a leak); memory the collector gives back after the run is no failure.
    checks.push(
      atMost(
        'RSS after the run at most 20% above after warm-up',
        soak.rssRatio,
        1.2,
        `${soak.rssRatio} (${mib(soak.rssAfterWarmupBytes)} → ${mib(soak.rssAfterRunBytes)} MiB)`,
      ),
    );
  }
  return checks;
}

function mib(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
