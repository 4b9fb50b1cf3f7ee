import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/split-sentences.ts';
import { TextIndex } from '../../../src/extract/text-index.ts';

describe('splitSentences', () => {
  it('ends sentences at 。！？ and line breaks, numbering paragraphs by line', () => {
    const sentences = splitSentences(new TextIndex('标题\n\n第一句。第二句！\n第三句？'));
    expect(sentences.map((s) => s.text)).toEqual(['标题', '第一句。', '第二句！', '第三句？']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('keeps a quotation with its speaker in one sentence, closing marks included', () => {
    const [sentence] = splitSentences(new TextIndex('“第一句。第二句。”曹立平说，“第三句。”'));
    expect(sentence!.text).toBe('“第一句。第二句。”曹立平说，“第三句。”');
  });

  it('keeps a quote that a page break interrupts in one sentence', () => {
    const text = '付朝阳说：“我们在这方面做了一些积极的探\n\n索。”\n\n下一段。';
    const sentences = splitSentences(new TextIndex(text));
    expect(sentences[0]!.text).toBe('付朝阳说：“我们在这方面做了一些积极的探\n\n索。”');
    expect(sentences[1]!.text).toBe('下一段。');
  });

  it('gives offsets in code points, so characters past the BMP count once', () => {
    const text = '𠀀𠀁。第二句。';
    const [first, second] = splitSentences(new TextIndex(text));
    expect(first).toMatchObject({ start: 0, end: 3 });
    expect(second).toMatchObject({ start: 3, end: 7, text: '第二句。' });
  });
});
