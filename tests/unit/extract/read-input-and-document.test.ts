import { describe, expect, it } from 'vitest';
import { readDocumentFacts } from '../../../src/extract/read-document-facts.ts';
import { TextIndex } from '../../../src/extract/text-index.ts';

describe('readDocumentFacts', () => {
  const facts = (text: string, options = {}) => readDocumentFacts(new TextIndex(text), options, undefined, false);

  it('takes the first non-empty line as the title, with its place in the text', () => {
    const result = facts('\n\n  2020年全国会议召开\n正文');
    expect(result.title).toBe('2020年全国会议召开');
    expect(result.titleSpan).toEqual({ start: 4, end: 15 });
  });

  it('reads the date a text states, and says so; an event of several days gives its last day', () => {
    expect(facts('2020年全国会议在北京召开\n\n1月12日-13日，会议召开。')).toMatchObject({
      publishedAt: '2020-01-13',
      reviews: ['date read from the text: 2020年 … 1月12日-13日'],
    });
    expect(facts('工作动态\n（2021年6月7日—6月13日）')).toMatchObject({ publishedAt: '2021-06-13' });
    expect(facts('报告\n（2021年3月18日）')).toMatchObject({ publishedAt: '2021-03-18' });
    expect(facts('报告\n没有日期').publishedAt).toBeUndefined();
  });

  it('prefers what it is given, and reads the kind from the title and the URL from the text', () => {
    expect(facts('嘉川省举行新闻发布会\n正文\n原文地址：http://example.org/a', { date: '2021-07-20' })).toMatchObject({
      publishedAt: '2021-07-20',
      kind: 'press-conference',
      url: 'http://example.org/a',
      reviews: [],
    });
  });
});
