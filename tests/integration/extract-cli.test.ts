import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/service/start-service.ts';

const execFileAsync = promisify(execFile);
const SEED_TEXT = path.join(SEED_ROOT, '2020-national-conference/report.txt');
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
    const { stdout, stderr } = await execFileAsync(process.execPath, ['src/extract/extract-cli.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function seedCheck(folder: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await execFileAsync(process.execPath, ['src/seed/seed-cli.ts', '--check', folder]);
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

  it('accepts an HTML page by stripping its tags, and stores the text the draft refers to', async () => {
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
    expect(run.stdout).toContain('HTML tags stripped');
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
  });

  describe('refuses bad input with one line, a non-zero exit and nothing written', () => {
    const cases: Array<[string, (file: string) => Promise<void>, RegExp]> = [
      ['an empty file', (file) => writeFile(file, '  \n\n'), /is empty/],
      [
        'a binary file',
        (file) => writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
        /not UTF-8|binary/,
      ],
      // 生态环境 in GBK: bytes that are not valid UTF-8.
      ['a GBK file', (file) => writeFile(file, Buffer.from([0xc9, 0xfa, 0xcc, 0xac, 0xbb, 0xb7, 0xbe, 0xb3])), /not UTF-8/],
      ['a file over 5 MB', (file) => writeFile(file, '生'.repeat(2 * 1024 * 1024)), /at most 5 MB/],
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
      expect(run.stderr.trim()).toBe('extract: --date must be a real date as YYYY-MM-DD, got "2020-02-30"');
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
});
