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

describe('TextIndex over a text with pinyin glosses', () => {
  it('counts in the text without them, and turns spans back into the text as printed past the BMP', () => {
    const printed = '𠀀書(shū)記𠀁乙';
    const index = new TextIndex(printed);
    expect(index.readable).toBe('𠀀书记𠀁乙');
    expect(index.length).toBe(5);
    expect(index.slice({ start: 1, end: 3 })).toBe('書(shū)記');
    expect(index.slice({ start: 1, end: 2 })).toBe('書(shū)');
    expect(index.slice({ start: 3, end: 5 })).toBe('𠀁乙');
    expect(index.printedStart({ start: 3, end: 5 })).toBe(Array.from('𠀀書(shū)記').length);
    expect(index.printedAt('𠀁乙', 8)).toBe(true);
    expect(index.printedAt('𠀁乙', 3)).toBe(false);
    expect(index.printedAt('乙', 99)).toBe(false);
  });
});
