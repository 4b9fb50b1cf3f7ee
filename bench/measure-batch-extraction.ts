/**
 * The batch figure of `npm run bench:extract`: fifty reports of 5,000 characters in the formats users have
 * (plain text, a ministry's web page, a Word .docx, a PDF), extracted by `npm run extract -- <folder> --out
 * <folder>` as a user runs it, from the command's start to its end (start-up, reading every format, extraction,
 * writing the drafts). The target of issue 20 is under 30 s on this machine.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildReportDocx, buildReportPdf } from '../tests/support/report-documents.ts';
import { buildMinistryPage, splitPlainReport } from '../tests/support/report-pages.ts';
import { generateCorpus } from './generate-corpus.ts';

const run = promisify(execFile);
const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** What the batch run measured. */
export interface BatchFigures {
  reports: number;
  characters: number;
  formats: Record<string, number>;
  extracted: number;
  /** From the command's start to its end. */
  seconds: number;
  /** The command's own count for its batch: wall and CPU seconds after start-up. */
  batchSeconds: number;
  batchCpuSeconds: number;
}

/** Writes `reports` reports of about `characters` characters each in four formats, and times `npm run extract` on their folder. */
export async function measureBatchExtraction(options: { reports: number; characters: number }): Promise<BatchFigures> {
  const work = await mkdtemp(path.join(tmpdir(), 'ecokg-bench-batch-'));
  try {
    const corpus = await generateCorpus({ documents: options.reports * 3, seed: 2, outDir: path.join(work, 'corpus') });
    const texts = await Promise.all(corpus.folders.map((folder) => readFile(path.join(folder, 'report.txt'), 'utf8')));
    const inbox = path.join(work, 'inbox');
    await mkdir(inbox);
    const formats: Record<string, number> = {};
    let characters = 0;
    for (let i = 0; i < options.reports; i += 1) {
      const plain = reportOf(texts, i, options.characters);
      characters += Array.from(plain).length;
      const report = splitPlainReport(plain);
      const format = ['txt', 'txt', 'html', 'docx', 'pdf'][i % 5]!;
      formats[format] = (formats[format] ?? 0) + 1;
      const file = path.join(inbox, `report-${String(i + 1).padStart(2, '0')}.${format}`);
      if (format === 'txt') await writeFile(file, plain);
      if (format === 'html')
        await writeFile(
          file,
          buildMinistryPage(report, { date: '2021-06-01', time: '09:00', source: '中国环境报', author: '', url: 'https://example.org/a' }).html,
        );
      if (format === 'docx') await writeFile(file, await buildReportDocx(plain));
      if (format === 'pdf') await writeFile(file, await buildReportPdf(report, { header: '中国环境报' }));
    }
    const started = performance.now();
    const { stdout } = await run(process.execPath, ['src/cli/extract-cli.ts', inbox, '--out', path.join(work, 'drafts'), '--date', '2021-06-01'], {
      cwd: PROJECT_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const said = /extracted (\d+) of \d+ reports .* in ([\d.]+) s \(([\d.]+) s of CPU\)/.exec(stdout);
    if (!said) throw new Error(`npm run extract printed no summary: ${stdout.slice(-500)}`);
    const extracted = Number(said[1]);
    if ((await readdir(path.join(work, 'drafts'))).length !== extracted) throw new Error('the command wrote another number of drafts than it says');
    return { reports: options.reports, characters, formats, extracted, seconds, batchSeconds: Number(said[2]), batchCpuSeconds: Number(said[3]) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// One report of about `characters` characters: a synthetic report's title, then paragraphs of several synthetic
// reports, one line each, until the length is reached.
function reportOf(texts: string[], i: number, characters: number): string {
  const blocks = (text: string) =>
    text
      .trim()
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s*\n\s*/g, ''));
  const [title, ...first] = blocks(texts[i * 3]!);
  const paragraphs = [...first, ...blocks(texts[i * 3 + 1]!).slice(1), ...blocks(texts[i * 3 + 2]!).slice(1)];
  const kept: string[] = [];
  let length = Array.from(title!).length;
  for (const paragraph of paragraphs) {
    if (length >= characters) break;
    kept.push(paragraph);
    length += Array.from(paragraph).length + 2;
  }
  return `${[title, ...kept].join('\n\n')}\n`;
}
