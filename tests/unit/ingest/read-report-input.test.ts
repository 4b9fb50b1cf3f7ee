import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblemForApi, describeProblemForCommandLine } from '../../../src/ingest/describe-input-problem.ts';
import { InputError, type InputProblem } from '../../../src/ingest/input-problem.ts';
import { readReportInput, readReportText } from '../../../src/ingest/read-report-input.ts';
import { FIXTURE_REPORTS } from '../../support/fixture-reports.ts';
import { buildReportDocx, buildReportPdf, buildScannedPdf } from '../../support/report-documents.ts';
import {
  type BuiltPage,
  buildMinistryPage,
  buildNewspaperPage,
  buildProvincialPage,
  joinPlainReport,
  type PageFacts,
  type PlainReport,
  splitPlainReport,
} from '../../support/report-pages.ts';

const FACTS: PageFacts = {
  date: '2021-07-20',
  time: '10:15',
  source: '中国环境报',
  author: '记者 殷子涵',
  url: 'https://www.example.gov.cn/xxgk/202107/t20210720_1.shtml',
};
const reports = new Map<string, { plain: string; report: PlainReport }>();

beforeAll(async () => {
  for (const name of [
    'mee-2021-weekly-digest',
    'anqing-2022-yangtze-protection',
    'jiachuan-2021-press-conference',
    'mee-2021-monitoring-work-report',
  ]) {
    const plain = await readFile(new URL(`${name}/report.txt`, FIXTURE_REPORTS), 'utf8');
    reports.set(name, { plain, report: name === 'mee-2021-monitoring-work-report' ? { title: '', paragraphs: [] } : splitPlainReport(plain) });
  }
});

const fixture = (name: string) => reports.get(name)!;

/** The problem an input is refused with (fails when it is accepted). */
async function refusal(read: () => Promise<unknown> | unknown): Promise<InputProblem> {
  try {
    await read();
  } catch (error) {
    if (error instanceof InputError) return error.problem;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('web pages', () => {
  const shapes: Array<[string, string, (report: PlainReport, facts: PageFacts) => BuiltPage, 'utf-8' | 'gbk']> = [
    ['a ministry site', 'mee-2021-weekly-digest', buildMinistryPage, 'utf-8'],
    ['a newspaper site', 'anqing-2022-yangtze-protection', buildNewspaperPage, 'utf-8'],
    ['a provincial department’s site, in GBK', 'jiachuan-2021-press-conference', buildProvincialPage, 'gbk'],
  ];
  for (const [shape, name, build, encoding] of shapes) {
    it(`reads the article of ${shape} as its plain text, and none of the page's chrome`, async () => {
      const { report, plain } = fixture(name);
      const page = build(report, FACTS);
      const bytes = encoding === 'gbk' ? iconv.encode(page.html, 'gbk') : Buffer.from(page.html);
      const input = await readReportInput({ bytes, name: `pages/${name}.html` });
      expect(input.text).toBe(joinPlainReport(report));
      expect(input.text).toBe(plain);
      for (const chrome of page.chrome) expect(input.text, chrome).not.toContain(chrome);
      expect(input.origin).toMatchObject({
        file: `${name}.html`,
        format: 'html',
        encoding: encoding === 'gbk' ? 'gb18030' : 'utf-8',
        bytes: bytes.byteLength,
      });
      expect(input.origin.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(input.facts).toMatchObject({ title: report.title, date: '2021-07-20', source: '中国环境报' });
    });
  }

  it('takes the author from the 作者 line, the URL from og:url, the date from article:published_time', async () => {
    const { report } = fixture('anqing-2022-yangtze-protection');
    const input = await readReportInput({ bytes: Buffer.from(buildNewspaperPage(report, { ...FACTS, date: '2022-03-22' }).html), name: 'a.html' });
    expect(input.facts).toEqual({ title: report.title, date: '2022-03-22', author: '记者 殷子涵', source: '中国环境报', url: FACTS.url });
  });

  it('reads a page saved by a browser: the URL from its "saved from" note, GB2312 from its meta tag', async () => {
    const { report } = fixture('jiachuan-2021-press-conference');
    const html = `<!-- saved from url=(0048)http://sthjt.jiachuan.example.cn/gzdt/2021/3.html -->\n${buildProvincialPage(report, FACTS).html}`;
    const input = await readReportInput({ bytes: iconv.encode(html, 'gb2312'), name: 'saved.htm' });
    expect(input.facts.url).toBe('http://sthjt.jiachuan.example.cn/gzdt/2021/3.html');
    expect(input.text.split('\n')[0]).toBe(report.title);
  });

  it('refuses an empty page and a page whose article cannot be found, each in one line', async () => {
    expect(
      await refusal(() =>
        readReportInput({ bytes: Buffer.from('<!DOCTYPE html><html><head><title>空</title></head><body>  </body></html>'), name: 'empty.html' }),
      ),
    ).toEqual({
      code: 'empty-page',
      source: 'empty.html',
    });
    const index = `<!DOCTYPE html><html><head><title>工作动态_嘉川省生态环境厅</title></head><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/gzdt">工作动态</a></li></ul>
      <ul class="list">${Array.from({ length: 12 }, (_, i) => `<li><a href="/gzdt/${i}.html">全省生态环境系统召开第${i + 1}次工作调度会议</a><span>2021-07-${10 + i}</span></li>`).join('')}</ul>
      <div class="foot">版权所有：嘉川省生态环境厅</div></body></html>`;
    expect(await refusal(() => readReportInput({ bytes: Buffer.from(index), name: 'list.html' }))).toEqual({
      code: 'no-article',
      source: 'list.html',
    });
  });
});

describe('encodings', () => {
  const TRADITIONAL =
    '嘉川省生態環境廳召開2021年上半年工作會議\n\n2021年7月15日，嘉川省生態環境廳在鶴陽召開上半年工作會議。廳長唐振華出席會議並講話。他指出，全省空氣品質持續改善，PM2.5平均濃度為36微克/立方米，同比下降7.7%。\n';

  it('decodes GBK, GB18030 with its byte order mark, Big5 and UTF-16, and says which it was', async () => {
    const { plain } = fixture('jiachuan-2021-press-conference');
    const cases: Array<[Buffer, string, string]> = [
      [iconv.encode(plain, 'gbk'), plain, 'gb18030'],
      [Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode(plain, 'gb18030')]), plain, 'gb18030'],
      [iconv.encode(TRADITIONAL, 'big5'), TRADITIONAL, 'big5'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain, 'utf16le')]), plain, 'utf-16le'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain)]), plain, 'utf-8'],
    ];
    for (const [bytes, text, encoding] of cases) {
      const input = await readReportInput({ bytes, name: 'r.txt' });
      expect(input.text).toBe(text);
      expect(input.origin).toMatchObject({ format: 'text', encoding });
    }
  });

  it('keeps a UTF-8 text as it is', async () => {
    const { plain } = fixture('jiachuan-2021-press-conference');
    expect((await readReportInput({ bytes: Buffer.from(plain), name: 'r.txt' })).text).toBe(plain);
  });
});

describe('PDF and Word', () => {
  it('reads a PDF’s text layer as the plain report: running header and page numbers dropped, wrapped lines joined', async () => {
    const { report, plain } = fixture('jiachuan-2021-press-conference');
    const pdf = await buildReportPdf(report, { header: '中国环境报　2021年7月21日　星期三' });
    const input = await readReportInput({ bytes: pdf, name: 'jiachuan.pdf' });
    expect(input.origin).toMatchObject({ format: 'pdf', pages: 2 });
    expect(input.text).toBe(plain);
    expect(input.text).not.toContain('星期三');
    expect(input.text).not.toMatch(/— \d —/);
  });

  it('reads a .docx, keeping the line breaks inside a paragraph', async () => {
    const { plain } = fixture('mee-2021-monitoring-work-report');
    const input = await readReportInput({ bytes: await buildReportDocx(plain), name: 'report.docx' });
    expect(input.origin.format).toBe('docx');
    expect(input.text).toBe(plain);
    expect(input.text).toContain('生态环境部副部长 孟庆远\n（2021年3月18日）');
  });

  it('refuses a scanned PDF and an encrypted one, each in one line', async () => {
    expect(await refusal(async () => readReportInput({ bytes: await buildScannedPdf(3), name: 'scan.pdf' }))).toEqual({
      code: 'pdf-scanned',
      source: 'scan.pdf',
      pages: 3,
    });
    const { report } = fixture('jiachuan-2021-press-conference');
    const locked = await buildReportPdf(report, { header: '中国环境报', userPassword: 'secret' });
    expect(await refusal(() => readReportInput({ bytes: locked, name: 'locked.pdf' }))).toEqual({ code: 'pdf-encrypted', source: 'locked.pdf' });
  });
});

describe('bad input', () => {
  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), { code: 'binary', kind: 'a PNG image' }],
    ['NUL bytes', Buffer.from('生态\u0000环境'), { code: 'binary', kind: 'NUL bytes' }],
    ['control characters', Buffer.from('生态环境\u0001部'), { code: 'binary', kind: 'control characters' }],
    ['an old .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { code: 'unsupported-format' }],
    ['an empty file', Buffer.alloc(0), { code: 'empty' }],
    ['blanks only', Buffer.from(' \n\t\n'), { code: 'empty' }],
    ['a text with no Chinese', Buffer.from('hello world'), { code: 'no-chinese' }],
    ['bytes no encoding decodes', Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x81, 0xfe, 0x30, 0x39]), { code: 'unknown-encoding' }],
  ])('refuses %s', async (_what, bytes, problem) => {
    expect(await refusal(() => readReportInput({ bytes, name: 'in.bin' }))).toMatchObject({ source: 'in.bin', ...problem });
  });

  it('refuses more than 5 MB before reading it', async () => {
    expect(await refusal(() => readReportInput({ bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), name: 'big.txt' }))).toMatchObject({
      code: 'too-large',
      limit: 5 * 1024 * 1024,
    });
  });

  it('words a problem for the command line with flags, for the API with the body’s fields', () => {
    const date: InputProblem = { code: 'invalid-option', field: 'date', value: '2020-13-01', expected: 'a real date YYYY-MM-DD' };
    expect(describeProblemForCommandLine(date)).toBe('--date must be a real date YYYY-MM-DD, got "2020-13-01"');
    expect(describeProblemForApi(date)).toBe('"date" must be a real date YYYY-MM-DD, got "2020-13-01"');
    const kind: InputProblem = { code: 'invalid-option', field: 'kind', value: 'memo', expected: 'one of news-report, other' };
    expect(describeProblemForCommandLine(kind)).toBe('--kind must be one of news-report, other, got "memo"');
    expect(describeProblemForApi(kind)).toBe('"kind" must be one of news-report, other, got "memo"');
  });

  it('reads a page pasted as text as it reads the file', () => {
    const { report } = fixture('mee-2021-weekly-digest');
    const input = readReportText(buildMinistryPage(report, FACTS).html, 'text');
    expect(input.text).toBe(joinPlainReport(report));
    expect(input.origin).toMatchObject({ file: 'text', format: 'html', encoding: 'utf-8' });
  });
});
