import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../../src/extract/text-index.ts';

describe('TextIndex', () => {
  it('is the identity for text within the Basic Multilingual Plane', () => {
    const index = new TextIndex('生态环境部');
    expect(index.toPoint(3)).toBe(3);
    expect(index.slice({ start: 0, end: 5 })).toBe('生态环境部');
  });

  it('converts between code units and code points past the BMP', () => {
    const index = new TextIndex('a𠀀b𠀁c');
    expect(index.length).toBe(5);
    expect(index.toPoint(3)).toBe(2);
    expect(index.toUnit(3)).toBe(4);
    expect(index.toUnit(4)).toBe(6);
    expect(index.slice({ start: 1, end: 4 })).toBe('𠀀b𠀁');
  });
});
