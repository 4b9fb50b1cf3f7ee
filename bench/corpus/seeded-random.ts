/** A deterministic source of random choices: the same seed always gives the same sequence. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max) rounded to `decimals` places. */
  float(min: number, max: number, decimals: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list, in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a SeededRandom from one or more integers (a corpus seed and a document index, say), so each
 * document has its own stream and document 42 is the same whether 100 or 1,000 documents are generated.
 */
export function createSeededRandom(...seeds: number[]): SeededRandom {
  // mulberry32 over a hash of the seeds: tiny, fast, and good enough to vary text; not for cryptography.
  let state = seeds.reduce((hash, seed) => Math.imul(hash ^ (seed >>> 0), 0x9e3779b1) + 0x7f4a7c15, 0x2545f491) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    float: (min, max, decimals) => Number((min + next() * (max - min)).toFixed(decimals)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs a non-empty list');
      return items[int(0, items.length - 1)]!;
    },
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, count);
    },
  };
}
