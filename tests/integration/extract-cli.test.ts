import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { findMisplacedEvidence } from '../support/check-evidence.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { buildReportDocx, buildReportPdf, buildScannedPdf } from '../support/report-documents.ts';
import { buildMinistryPage, buildNewspaperPage, buildProvincialPage, type PageFacts, splitPlainReport } from '../support/report-pages.ts';

const execFileAsync = promisify(execFile);
const SEED_TEXT = path.join(SEED_ROOT, '2020-national-conference/report.txt');
const PAGE_FACTS: PageFacts = {
  date: '2021-07-20',
  time: '10:15',
  source: '中国环境报',
  author: '记者 殷子涵',
  url: 'https://www.example.cn/a/1.html',
};
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ecokg-extract-cli-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs `npm run extract` as a user would: exit code, what it printed. */
async function extract(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['src/cli/extract-cli.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function seedCheck(folder: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await execFileAsync(process.execPath, ['src/cli/seed-cli.ts', '--check', folder]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}

describe('npm run extract', () => {
  it('writes the report byte for byte and a draft that npm run seed -- --check accepts', async () => {
    const out = path.join(work, 'draft');
    const run = await extract([SEED_TEXT, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^extracted .*: \d+ nodes \(.*Person.*\), \d+ relationships, \d+ to review, in \d+ ms \(resolved against seed\)\n$/);
    expect(Buffer.compare(await readFile(path.join(out, 'report.txt')), await readFile(SEED_TEXT))).toBe(0);
    const graph = JSON.parse(await readFile(path.join(out, 'graph.json'), 'utf8')) as {
      document: Record<string, unknown>;
      nodes: Array<{ id: string }>;
    };
    expect(graph.document).toMatchObject({ name: '2020年全国生态环境保护工作会议在北京召开', publishedAt: '2020-01-13', textFile: 'report.txt' });
    expect(graph.nodes.map((node) => node.id)).toContain('organization:mee');
    const check = await seedCheck(out);
    expect(check.code, check.output).toBe(0);
  });

  it('takes the title, date, URL, publisher and kind it is given', async () => {
    const out = path.join(work, 'given');
    const run = await extract([
      SEED_TEXT,
      '--out',
      out,
      '--title',
      '全国生态环境保护工作会议',
      '--date',
      '2020-01-14',
      '--url',
      'https://example.org/report',
      '--publisher',
      '中国环境报',
      '--kind',
      'news-report',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const { document } = JSON.parse(await readFile(path.join(out, 'graph.json'), 'utf8')) as { document: Record<string, unknown> };
    expect(document).toMatchObject({
      name: '全国生态环境保护工作会议',
      publishedAt: '2020-01-14',
      url: 'https://example.org/report',
      publisher: '中国环境报',
      kind: 'news-report',
    });
  });

  it('accepts an HTML page: its article is the text, stored as report.txt, which the draft refers to', async () => {
    const page = path.join(work, 'page.html');
    const body = (await readFile(SEED_TEXT, 'utf8'))
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;')}</p>`)
      .join('\n');
    await writeFile(
      page,
      `<!DOCTYPE html><html><head><title>2020年全国生态环境保护工作会议在北京召开</title><style>p{}</style><script>var x = "<p>";</script></head><body>${body}</body></html>`,
    );
    const out = path.join(work, 'from-html');
    const run = await extract([page, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("from a web page: report.txt holds its article's text");
    const stored = await readFile(path.join(out, 'report.txt'), 'utf8');
    expect(stored).not.toContain('<p>');
    expect(stored).toContain('生态环境部党组书记、部长李干杰');
    expect((await seedCheck(out)).code).toBe(0);
  });

  it('extracts a text that states no date with a placeholder date marked for review', async () => {
    const file = path.join(work, 'undated.txt');
    await writeFile(file, '某地召开会议\n\n某地生态环境局局长张三出席。\n');
    const out = path.join(work, 'undated');
    const run = await extract([file, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const graph = JSON.parse(await readFile(path.join(out, 'graph.json'), 'utf8')) as { document: Record<string, unknown> };
    expect(graph.document.dateUnconfirmed).toBe(true);
    expect(String(graph.document.review)).toMatch(/prints no date of publication/);
    expect(graph.document.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Loading it is refused, naming the record and field, until --date confirms the date; nothing is written.
    const load: { code?: number; stderr: string } = await execFileAsync(process.execPath, ['src/cli/seed-cli.ts', out]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(load.code).toBe(1);
    expect(load.stderr).toContain(`record ${String(graph.document.id)}, field publishedAt: the text prints no date`);
    expect(load.stderr).toContain('confirm the date: npm run seed -- --date YYYY-MM-DD <folder>');
  });

  describe('refuses bad input with one line, a non-zero exit and nothing written', () => {
    const cases: Array<[string, (file: string) => Promise<void>, RegExp]> = [
      ['an empty file', (file) => writeFile(file, '  \n\n'), /is empty/],
      [
        'a binary file',
        (file) => writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
        /not UTF-8|binary/,
      ],
      ['an old Word .doc', (file) => writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])), /old Word \.doc/],
      ['a scanned PDF', async (file) => writeFile(file, await buildScannedPdf(2)), /PDF with no text layer \(2 pages of images, a scan\?\)/],
      [
        'a web page with no article',
        (file) => writeFile(file, '<!DOCTYPE html><html><body><ul><li><a href="/">首页</a></li></ul></body></html>'),
        /article could not be found/,
      ],
      ['a file over 5 MB', (file) => writeFile(file, '生'.repeat(2 * 1024 * 1024)), /at most 5,242,880 bytes \(5 MB\)/],
    ];
    for (const [what, write, message] of cases) {
      it(what, async () => {
        const file = path.join(work, `bad-${what.replace(/\W+/g, '-')}.txt`);
        await write(file);
        const out = path.join(work, `out-${what.replace(/\W+/g, '-')}`);
        const run = await extract([file, '--out', out]);
        expect(run.code).not.toBe(0);
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stdout).toBe('');
        expect(await exists(out)).toBe(false);
        expect((await readdir(work)).filter((name) => name.startsWith('.out-'))).toEqual([]);
      });
    }

    it('a date that is no date', async () => {
      const run = await extract([SEED_TEXT, '--out', path.join(work, 'bad-date'), '--date', '2020-02-30']);
      expect(run.code).not.toBe(0);
      expect(run.stderr.trim()).toBe('extract: --date must be a real date as YYYY-MM-DD, such as 2020-01-13, got "2020-02-30"');
    });

    it('an existing folder that is not empty, unless --force', async () => {
      const out = path.join(work, 'occupied');
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, 'notes.txt'), 'mine');
      const refused = await extract([SEED_TEXT, '--out', out]);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr.trim()).toBe(`extract: ${out} exists and is not empty; pass --force to replace it`);
      expect(await readdir(out)).toEqual(['notes.txt']);
      const forced = await extract([SEED_TEXT, '--out', out, '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect((await readdir(out)).sort()).toEqual(['graph.json', 'report.txt']);
    });
  });

  it('decodes a GBK page, reads its facts and records what the draft was made from', async () => {
    const plain = await readFile(new URL('jiachuan-2021-press-conference/report.txt', FIXTURE_REPORTS), 'utf8');
    const page = path.join(work, 'jiachuan-gbk.html');
    const html = buildProvincialPage(splitPlainReport(plain), PAGE_FACTS).html;
    await writeFile(page, iconv.encode(html, 'gbk'));
    const out = path.join(work, 'from-gbk');
    const run = await extract([page, '--out', out, '--publisher', '嘉川省生态环境厅']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('from a web page in gb18030');
    expect(await readFile(path.join(out, 'report.txt'), 'utf8')).toBe(plain);
    const { document } = JSON.parse(await readFile(path.join(out, 'graph.json'), 'utf8')) as { document: Record<string, unknown> };
    expect(document).toMatchObject({
      name: '嘉川省政府新闻办举行2021年上半年全省生态环境质量状况新闻发布会',
      publishedAt: '2021-07-20',
      publisher: '嘉川省生态环境厅',
      origin: {
        file: 'jiachuan-gbk.html',
        format: 'html',
        encoding: 'gb18030',
        bytes: iconv.encode(html, 'gbk').byteLength,
        facts: { source: '中国环境报', author: '记者 殷子涵', date: '2021-07-20' },
      },
    });
    expect((await seedCheck(out)).code).toBe(0);
  });

  it('extracts a folder of twenty reports in every format, two of them bad: one line each, the rest written', async () => {
    const folder = path.join(work, 'inbox');
    await mkdir(path.join(folder, 'pdf'), { recursive: true });
    const names = (await readdir(FIXTURE_REPORTS)).filter((name) => !name.endsWith('.md')).sort();
    const plains = new Map(
      await Promise.all(names.map(async (name) => [name, await readFile(new URL(`${name}/report.txt`, FIXTURE_REPORTS), 'utf8')] as const)),
    );
    const plain = (name: string) => plains.get(name)!;
    for (const name of names) await writeFile(path.join(folder, `${name}.txt`), plain(name));
    const pages: Array<[string, typeof buildMinistryPage]> = [
      ['mee-2021-weekly-digest', buildMinistryPage],
      ['mee-2019-monitoring-cooperation-signing', buildMinistryPage],
      ['anqing-2022-yangtze-protection', buildNewspaperPage],
      ['donglan-2022-environment-bulletin', buildNewspaperPage],
      ['jiachuan-2021-press-conference', buildProvincialPage],
    ];
    for (const [name, build] of pages) {
      const html = build(splitPlainReport(plain(name)), PAGE_FACTS).html;
      // The provincial site's pages are GB2312, as their meta tag says; the others UTF-8.
      await writeFile(path.join(folder, `${name}.html`), build === buildProvincialPage ? iconv.encode(html, 'gbk') : html);
    }
    for (const name of ['donglan-2021-environment-bulletin', 'jiachuan-2021-press-conference']) {
      await writeFile(path.join(folder, `${name}-gbk.txt`), iconv.encode(plain(name), 'gbk'));
      await writeFile(path.join(folder, 'pdf', `${name}.pdf`), await buildReportPdf(splitPlainReport(plain(name)), { header: '中国环境报' }));
    }
    for (const name of ['mee-2021-monitoring-work-report', 'anqing-2022-yangtze-protection'])
      await writeFile(path.join(folder, `${name}.docx`), await buildReportDocx(plain(name)));
    await writeFile(path.join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(path.join(folder, 'pdf', 'scan.pdf'), await buildScannedPdf(1));
    const out = path.join(work, 'drafts');

    const run = await extract([folder, '--out', out]);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    // Not a terminal here: one plain line per report, then the summary table.
    expect(lines.filter((line) => /^\[\d+\/20\] /.test(line))).toHaveLength(20);
    expect(run.stdout).toMatch(/report\s+from\s+people\s+organizations\s+to review\s+problems/);
    expect(run.stdout).toMatch(/jiachuan-2021-press-conference\.html\s+html gb18030\s+7\s+11\s+\d+/);
    expect(run.stdout).toContain('extracted 18 of 20 reports');
    expect(run.stderr.trim().split('\n')).toEqual([
      // In name order: the pdf folder comes before photo.png.
      expect.stringMatching(/^extract: .*scan\.pdf is a PDF with no text layer \(1 page of images, a scan\?\)/),
      expect.stringMatching(/^extract: .*photo\.png is a binary file \(a PNG image\)/),
    ]);
    const drafts = (await readdir(out)).sort();
    expect(drafts).toHaveLength(18);
    expect(drafts).not.toContain('photo');
    expect(drafts).not.toContain('scan');
    for (const draft of drafts) {
      const text = await readFile(path.join(out, draft, 'report.txt'), 'utf8');
      const graph = JSON.parse(await readFile(path.join(out, draft, 'graph.json'), 'utf8')) as Parameters<typeof findMisplacedEvidence>[0] & {
        document: { origin: { file: string } };
      };
      expect(findMisplacedEvidence(graph, text), draft).toEqual([]);
      // Whatever the format, report.txt is the report's plain text.
      const fixture = names.find((name) => graph.document.origin.file.startsWith(name));
      expect(text, draft).toBe(plain(fixture!));
    }
    const check = await seedCheck(path.join(out, 'jiachuan-2021-press-conference-2'));
    expect(check.code, check.output).toBe(0);
  });
});
