import type { Span } from './text-index.ts';

/**
 * Spans sorted by start with the furthest end reached so far, so that "does any span overlap, contain or run
 * past this one" is a binary search instead of a scan: settling overlaps compares every mention of one stage
 * with every mention of another after each stage, which grew with the square of a report's length.
 */
export class SpanSet {
  readonly #starts: number[];
  // The largest end among the spans up to and including each position of the sorted order.
  readonly #maxEnds: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.#starts = sorted.map((span) => span.start);
    this.#maxEnds = [];
    let maxEnd = Number.NEGATIVE_INFINITY;
    for (const span of sorted) {
      maxEnd = Math.max(maxEnd, span.end);
      this.#maxEnds.push(maxEnd);
    }
  }

  /** The furthest end of the spans that start before `limit` (−∞ when none does). */
  #furthestEndStartingBefore(limit: number): number {
    let low = 0;
    let high = this.#starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#starts[middle]! < limit) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? Number.NEGATIVE_INFINITY : this.#maxEnds[low - 1]!;
  }

  /** Whether some span shares at least one code point with `span`. */
  overlaps(span: Span): boolean {
    return this.#furthestEndStartingBefore(span.end) > span.start;
  }

  /** Whether some span contains `span` (starts at or before it and ends at or after it). */
  contains(span: Span): boolean {
    return this.#furthestEndStartingBefore(span.start + 1) >= span.end;
  }

  /** Whether some span overlapping `span` runs past its end. */
  runsPast(span: Span): boolean {
    return this.#furthestEndStartingBefore(span.end) > span.end;
  }
}
