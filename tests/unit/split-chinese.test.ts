import { describe, expect, it } from 'vitest';
import { splitChinese } from '../../web/shared/split-chinese.ts';

describe('splitChinese, which lets the pages mark Chinese runs lang="zh-Hans"', () => {
  it('cuts an example question into its English and Chinese runs, with where each starts', () => {
    expect(splitChinese('Which officials discussed 精准治污 (precise pollution control)?')).toEqual([
      { text: 'Which officials discussed ', start: 0, chinese: false },
      { text: '精准治污', start: 26, chinese: true },
      { text: ' (precise pollution control)?', start: 30, chinese: false },
    ]);
  });

  it('keeps Chinese punctuation inside a run, and English between runs outside', () => {
    expect(splitChinese('Returns 李干杰, 钱锋 and 生态环境部党组书记、部长。').map((run) => [run.text, run.chinese])).toEqual([
      ['Returns ', false],
      ['李干杰', true],
      [', ', false],
      ['钱锋', true],
      [' and ', false],
      ['生态环境部党组书记、部长。', true],
    ]);
  });

  it('gives one run for text in one language, and none for no text', () => {
    expect(splitChinese('2020年全国生态环境保护工作会议')).toEqual([
      { text: '2020', start: 0, chinese: false },
      { text: '年全国生态环境保护工作会议', start: 4, chinese: true },
    ]);
    expect(splitChinese('Li Ganjie')).toEqual([{ text: 'Li Ganjie', start: 0, chinese: false }]);
    expect(splitChinese('')).toEqual([]);
  });
});
