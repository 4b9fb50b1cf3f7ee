/** Latency percentiles of one run, in milliseconds. */
export interface LatencySummary {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Standard deviation, to show the spread behind the percentiles. */
  stdev: number;
}

/** Summarises per-request latencies (nearest-rank percentiles, no interpolation). */
export function summarizeLatencies(latencies: number[]): LatencySummary {
  if (latencies.length === 0) throw new Error('no latency samples');
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const variance = sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / sorted.length;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    samples: sorted.length,
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    mean: round(mean),
    stdev: round(Math.sqrt(variance)),
  };
}
