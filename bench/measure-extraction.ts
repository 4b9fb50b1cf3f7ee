/**
 * `npm run bench:extract [-- --documents 1000] [--write] [--batch-only]`: extraction speed on the bench's synthetic corpus, in
 * one process on one core. Writes the corpus to a temporary folder, creates the extractor once (its start-up,
 * the segmenter's dictionaries, is reported apart), extracts every report and reports characters per second,
 * reports per second and the per-report times; then times one 10,000-character report (several synthetic
 * reports joined) for the target of issue 10 (≤ 300 ms). `--write` keeps the figures in
 * bench/results/extraction.md. First, the batch of issue 20 (bench/measure-batch-extraction.ts): fifty reports of
 * 5,000 characters in four formats through the command; `--batch-only` stops after it. No assertion: these
 * are figures to compare, not a test.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/extract/extract-report.ts';
import { loadKnownGraphFromSeed } from '../src/extract/known-graph.ts';
import { SEED_ROOT } from '../src/seed/seed-from-folder.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureBatchExtraction } from './measure-batch-extraction.ts';

const RESULTS = fileURLToPath(new URL('./results/extraction.md', import.meta.url));
const DOCS = fileURLToPath(new URL('../docs/extraction.md', import.meta.url));
const SPEED_START = '<!-- extraction-speed:start -->';
const SPEED_END = '<!-- extraction-speed:end -->';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '1000' },
      write: { type: 'boolean', default: false },
      'batch-only': { type: 'boolean', default: false },
    },
  });
  const batch = await measureBatchExtraction({ reports: 50, characters: 5000 });
  const batchLines = [
    `| batch: ${batch.reports} reports of ~5,000 characters (${Object.entries(batch.formats)
      .map(([format, count]) => `${count} ${format}`)
      .join(
        ', ',
      )}) by \`npm run extract -- <folder> --out <folder>\`, ${batch.extracted} extracted (target < 30 s) | ${batch.seconds.toFixed(1)} s from start to end |`,
    `| batch: the command's own count after its start-up, wall; CPU | ${batch.batchSeconds.toFixed(1)} s; ${batch.batchCpuSeconds.toFixed(1)} s |`,
  ];
  if (values['batch-only']) {
    console.log([`load average ${os.loadavg()[0]!.toFixed(2)}`, '| measure | value |', '|---|---:|', ...batchLines].join('\n'));
    return;
  }
  const documents = Number(values.documents);
  const dir = await mkdtemp(path.join(tmpdir(), 'ecokg-bench-extract-'));
  try {
    const corpus = await generateCorpus({ documents, seed: 1, outDir: dir });
    const texts = await Promise.all(corpus.folders.map((folder) => readFile(path.join(folder, 'report.txt'), 'utf8')));
    const dates = await Promise.all(
      corpus.folders.map(
        async (folder) =>
          (JSON.parse(await readFile(path.join(folder, 'graph.json'), 'utf8')) as { document: { publishedAt: string } }).document.publishedAt,
      ),
    );

    let started = performance.now();
    const known = await loadKnownGraphFromSeed(SEED_ROOT);
    const extractor = createExtractor({ known });
    const startupMs = performance.now() - started;
    // Warm-up: the first reports also compile the code paths; they are timed again below.
    for (const [i, text] of texts.slice(0, 20).entries()) extractor.extract(text, { date: dates[i] });

    const times: number[] = [];
    let characters = 0;
    const cpuBefore = process.cpuUsage();
    started = performance.now();
    texts.forEach((text, i) => {
      const t = performance.now();
      extractor.extract(text, { date: dates[i] });
      times.push(performance.now() - t);
      characters += Array.from(text).length;
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const sorted = [...times].sort((a, b) => a - b);

    // One report of 10,000 characters: synthetic reports joined until the length is reached.
    let long = '';
    for (const text of texts) {
      if (Array.from(long).length >= 10_000) break;
      long += `${text}\n\n`;
    }
    long = Array.from(long).slice(0, 10_000).join('');
    // CPU time beside wall time: on a shared machine the wall time of one report includes the time other
    // processes held the core.
    const longTimes: number[] = [];
    const longCpu: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      const t = performance.now();
      const c = process.cpuUsage();
      extractor.extract(long, { date: dates[0] });
      const used = process.cpuUsage(c);
      longTimes.push(performance.now() - t);
      longCpu.push((used.user + used.system) / 1000);
    }
    const longSorted = [...longTimes].sort((a, b) => a - b);
    const longCpuSorted = [...longCpu].sort((a, b) => a - b);

    const cpuModel = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown CPU';
    const lines = [
      `# Extraction speed`,
      '',
      `${new Date().toISOString()}; ${cpuModel}, ${os.cpus().length} cores (one used), load average at the end ${os.loadavg()[0]!.toFixed(2)}; node ${process.version}.`,
      '',
      '| measure | value |',
      '|---|---:|',
      `| reports (synthetic corpus, seed 1) | ${texts.length} |`,
      `| characters | ${characters.toLocaleString('en')} (${Math.round(characters / texts.length).toLocaleString('en')} per report) |`,
      `| extractor start-up (known graph of seed/, segmenter dictionaries) | ${Math.round(startupMs)} ms |`,
      `| wall time for all reports | ${seconds.toFixed(1)} s |`,
      `| CPU time (user + system) | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s |`,
      `| characters per second (wall; per CPU second) | ${Math.round(characters / seconds).toLocaleString('en')}; ${Math.round(characters / ((cpu.user + cpu.system) / 1e6)).toLocaleString('en')} |`,
      `| reports per second | ${(texts.length / seconds).toFixed(1)} |`,
      `| per report: p50 / p95 / max | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} / ${sorted.at(-1)!.toFixed(1)} ms |`,
      `| one 10,000-character report: median / slowest of 7 (target ≤ 300 ms) | ${percentile(longSorted, 50).toFixed(0)} / ${longSorted.at(-1)!.toFixed(0)} ms |`,
      `| one 10,000-character report, CPU time: median / most of 7 | ${percentile(longCpuSorted, 50).toFixed(0)} / ${longCpuSorted.at(-1)!.toFixed(0)} ms |`,
      ...batchLines,
    ];
    console.log(lines.join('\n'));
    if (values.write) {
      await writeFile(RESULTS, `${lines.join('\n')}\n`);
      const docs = await readFile(DOCS, 'utf8');
      const start = docs.indexOf(SPEED_START);
      const end = docs.indexOf(SPEED_END);
      if (start >= 0 && end > start)
        await writeFile(DOCS, `${docs.slice(0, start + SPEED_START.length)}\n${lines.slice(2).join('\n')}\n${docs.slice(end)}`);
      console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)} and the speed section of docs/extraction.md`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:extract failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
