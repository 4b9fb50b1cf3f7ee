import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Speech in shapes every level's reports share, on sentences the team wrote with made-up names.
describe('short speech with its speaker', () => {
  it('takes a short directive after a speaker, a speech verb and a comma', () => {
    const { saidBy, statements } = readDraft('会上，市委书记陈明强调，要压实责任。');
    expect(statements).toEqual(['要压实责任']);
    expect(saidBy('要压实责任')).toEqual(['陈明']);
  });

  it('takes a short quote that is a whole sentence after a speaker and a colon, without its marks', () => {
    const { saidBy, statements } = readDraft('村民李大山说：“现在的水清了。”');
    expect(statements).toEqual(['现在的水清了。']);
    expect(saidBy('现在的水清了')).toEqual(['李大山']);
  });

  it('takes a quoted term at the start of the speech for no quote of its own', () => {
    const { statements } = readDraft('省生态环境厅厅长韩立新说，“十四五”时期，全省将以减污降碳协同增效为总抓手。');
    expect(statements).not.toContain('十四五');
    expect(statements.some((text) => text.startsWith('“十四五”时期'))).toBe(true);
  });

  it('reads a verb of speech followed by 称 as the news agencies write it', () => {
    const { saidBy } = readDraft('对此，省生态环境厅新闻发言人马骁回应称，将对违法企业依法从严查处。');
    expect(saidBy('将对违法企业')).toEqual(['马骁']);
  });

  it('reads a three-character speaker the segmenter does not tag, by the surname and the speech verb after it', () => {
    expect(readDraft('黄明远表示，将持续深入打好蓝天保卫战。').saidBy('将持续深入')).toEqual(['黄明远']);
  });

  it('reads no speaker out of a common word or a preposition before a speech verb (方案指出, 向大家介绍)', () => {
    expect(readDraft('方案指出，要加快推进垃圾分类工作。').people).toEqual([]);
    expect(readDraft('会上，向大家介绍了全市空气质量改善情况。').people).toEqual([]);
  });
});
