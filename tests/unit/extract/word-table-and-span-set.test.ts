import { describe, expect, it } from 'vitest';
import { SpanSet } from '../../../src/extract/span-set.ts';
import type { Span } from '../../../src/extract/text-index.ts';
import { spanContains, spansOverlap } from '../../../src/extract/text-index.ts';
import { WordTable } from '../../../src/extract/word-table.ts';

describe('WordTable', () => {
  const titles = new WordTable(['副厅长', '厅长', '党组书记', '书记'], (word) => word);

  it('finds the first word of the list that starts at a place, as a scan of the whole list would', () => {
    const text = '湖北省生态环境厅副厅长王明说';
    expect(titles.at(text, 8)).toBe('副厅长');
    expect(titles.at(text, 9)).toBe('厅长');
    expect(titles.at(text, 0)).toBeUndefined();
    expect(titles.at(text, text.length)).toBeUndefined();
  });

  it('lets the caller refuse a match and take the next one', () => {
    const text = '党组书记、部长';
    expect(titles.at(text, 0, (word) => word !== '党组书记')).toBeUndefined();
    expect(titles.at(text, 2, (word) => word.length === 2)).toBe('书记');
  });

  it('tells whether one of its words ends right before a place (原厅长, 时任局长)', () => {
    const former = new WordTable(['原', '时任', '前任'], (word) => word);
    expect(former.endsAt('由原厅长韩立军', 2)).toBe(true);
    expect(former.endsAt('时任局长', 2)).toBe(true);
    expect(former.endsAt('厅长韩立军', 0)).toBe(false);
    expect(former.endsAt('现任局长', 2)).toBe(false);
  });
});

describe('SpanSet', () => {
  // Spans of a report: a person's name, a body, a place inside the body.
  const spans: Span[] = [
    { start: 30, end: 33 },
    { start: 0, end: 8 },
    { start: 0, end: 3 },
    { start: 12, end: 12 },
  ];
  const set = new SpanSet(spans);

  it('answers as the pairwise comparisons it replaces', () => {
    for (let start = 0; start < 40; start += 1) {
      for (let end = start; end < start + 12; end += 1) {
        const span = { start, end };
        expect(set.overlaps(span), `overlaps ${start}-${end}`).toBe(spans.some((other) => spansOverlap(other, span)));
        expect(set.contains(span), `contains ${start}-${end}`).toBe(spans.some((other) => spanContains(other, span)));
        expect(set.runsPast(span), `runsPast ${start}-${end}`).toBe(spans.some((other) => spansOverlap(other, span) && other.end > span.end));
      }
    }
  });

  it('holds nothing when built from nothing', () => {
    const empty = new SpanSet([]);
    expect(empty.overlaps({ start: 0, end: 5 })).toBe(false);
    expect(empty.contains({ start: 0, end: 0 })).toBe(false);
  });
});
