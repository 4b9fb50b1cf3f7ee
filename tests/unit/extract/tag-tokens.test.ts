import { describe, expect, it } from 'vitest';
import { contextFor } from '../../support/extraction-context.ts';

describe('TokenTagger', () => {
  it('tags every character of a sentence with offsets in code points that add up', () => {
    const context = contextFor('江苏省南京市生态环境局局长钱锋说。');
    const tokens = context.tokens[0]!;
    expect(tokens.map((t) => t.word).join('')).toBe('江苏省南京市生态环境局局长钱锋说。');
    for (const token of tokens) expect(context.index.slice(token)).toBe(token.word);
    expect(tokens.find((t) => t.word === '江苏省')?.tag).toBe('ns');
  });

  it('knows the division dataset through its user dictionary', () => {
    const context = contextFor('去年亳州市探索建立工作站。');
    expect(context.tokens[0]!.map((t) => t.word)).toContain('亳州市');
  });
});
