import { describe, expect, it } from 'vitest';
import { readDocumentFacts } from '../../../src/extract/read-document-facts.ts';
import { BadInputError, readInputText, stripHtml } from '../../../src/extract/read-input-text.ts';
import { TextIndex } from '../../../src/extract/text-index.ts';

describe('readInputText', () => {
  it('decodes UTF-8 text and keeps it as it is', () => {
    expect(readInputText(Buffer.from('生态环境部召开会议\n'), 'r.txt')).toEqual({ text: '生态环境部召开会议\n', fromHtml: false });
  });

  it.each([
    ['empty', Buffer.from(' \n\t\n'), /is empty/],
    ['binary', Buffer.from([0x00, 0x01, 0x02, 0x41]), /binary/],
    ['GBK', Buffer.from([0xc9, 0xfa, 0xcc, 0xac]), /not UTF-8/],
    ['not Chinese', Buffer.from('hello world'), /no Chinese text/],
  ])('refuses %s input with one line', (_what, bytes, message) => {
    expect(() => readInputText(bytes, 'r.txt')).toThrow(BadInputError);
    expect(() => readInputText(bytes, 'r.txt')).toThrow(message);
  });

  it('refuses more than 5 MB as too large', () => {
    expect(() => readInputText(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'big.txt')).toThrow(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }) as unknown as Error,
    );
  });

  it('strips an HTML page to its text: no scripts, styles or tags, entities decoded, blocks on their own lines', () => {
    const page =
      '<!DOCTYPE html><html><head><style>p{color:red}</style><script>var a="<p>x</p>";</script></head><body><h1>标题</h1><p>生态环境部&ldquo;会议&rdquo;&amp;座谈</p></body></html>';
    expect(stripHtml(page)).toBe('标题\n生态环境部“会议”&座谈\n');
    expect(readInputText(Buffer.from(page), 'p.html').fromHtml).toBe(true);
  });
});

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
