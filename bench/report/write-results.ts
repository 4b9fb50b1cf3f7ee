import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadRun } from '../load/measure-load.ts';
import type { OperationResult } from '../queries/run-query-mix.ts';
import type { BenchResults, ScaleResult } from './bench-results.ts';
import { BASELINE_FILE, type CpuPerRequest, readBaselineCpu } from './cpu-per-request.ts';
import { evaluateTargets, type TargetCheck } from './evaluate-targets.ts';

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

type Baseline = Awaited<ReturnType<typeof readBaselineCpu>>;

/**
 * Writes latest.json (every figure, each ratio, the machine) and latest.md (the tables) into `dir`, with the server
 * CPU per request of the run before issue 13 (`before-issue-13.json` in `dir`) beside this run's.
 */
export async function writeResults(results: BenchResults, dir: string, options: { name?: string } = {}): Promise<{ markdown: string }> {
  const name = options.name ?? 'latest';
  await mkdir(dir, { recursive: true });
  const targets = evaluateTargets(results);
  const baseline = await readBaselineCpu(dir);
  const withRatios = {
    ...results,
    scales: results.scales.map((scale) => ({
      ...scale,
      operations: scale.operations.map((op) => ({
        ...op,
        ratios: {
          p50EcokgOverCypher: ratio(op.latency.ecokg.latency.p50, op.latency.cypher.latency.p50),
          p50EcokgOverPeer: ratio(op.latency.ecokg.latency.p50, op.latency.peer.latency.p50),
          throughputEcokgOverCypher: ratio(op.throughput.ecokg.requestsPerSecond, op.throughput.cypher.requestsPerSecond),
          throughputEcokgOverPeer: ratio(op.throughput.ecokg.requestsPerSecond, op.throughput.peer.requestsPerSecond),
          throughputCachedOverUncached: ratio(op.throughput.ecokgCached.requestsPerSecond, op.throughput.ecokg.requestsPerSecond),
        },
        cpuMsPerRequestBefore: baseline.byScale.get(scale.scale)?.get(op.name) ?? null,
      })),
    })),
    targets,
  };
  await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(withRatios, null, 2)}\n`);
  const growth = name === 'latest' ? [] : await renderGrowth(results, dir);
  const markdown = renderMarkdown(results, targets, baseline) + growth.join('\n');
  await writeFile(path.join(dir, `${name}.md`), markdown);
  return { markdown };
}

function renderMarkdown(results: BenchResults, targets: TargetCheck[], baseline: Baseline): string {
  const { machine, versions } = results;
  const lines = [
    `# ecokg benchmark (${results.mode} mode)`,
    '',
    `${results.date}, ${Math.round(results.durationSeconds / 60)} min. ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}. ` +
      Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ') +
      '.',
    '',
    '(a) ecokg /graphql over HTTP, uncached (RESPONSE_CACHE=false), (b) the same question as one hand-written Cypher query ' +
      'through neo4j-driver, (c) Apollo Server with @neo4j/graphql over the same database, (d) ecokg with its response cache ' +
      '(RESPONSE_CACHE=true), reported apart: the targets are for (a). Latency: concurrency 1, milliseconds. ' +
      `Throughput: concurrency ${String(results.settings.concurrency)}, answers per second. All four answers are checked equal before timing.`,
    '',
    `Workers: ecokg and the peer each run as one Node process here (WORKERS=1), so the figures compare one core's worth of ` +
      `each. ecokg's default WORKERS on this machine is ${machine.availableParallelism} (os.availableParallelism()): that many ` +
      'processes share the port, each with its own event loop, Neo4j connection pool and response cache; here Neo4j and the ' +
      'load generator run on the same cores.',
    '',
  ];
  for (const scale of results.scales) lines.push(...renderScale(scale, baseline));
  lines.push('## Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const target of targets) {
    lines.push(`| ${target.target} | ${target.measured}${target.missedBy ? ` (${target.missedBy})` : ''} | ${target.met ? 'yes' : '**no**'} |`);
  }
  lines.push('');
  const large = results.scales.at(-1)!;
  lines.push(...renderPerformanceTable(large));
  return lines.join('\n');
}

function renderScale(scale: ScaleResult, baseline: Baseline): string[] {
  const lines = [
    `## ${scale.scale}×: ${scale.documents} document(s), ${scale.nodes.toLocaleString('en')} nodes, ${scale.relationships.toLocaleString('en')} relationships`,
    '',
    `Machine load average at the start: ${scale.loadAverage}.`,
    '',
    ...renderAnswers(scale),
    '| operation | p50 a / b / c | p95 a / b / c | p99 a / b / c | p50 a/b | req/s a / b / c | req/s a/c | server CPU ms/request a / c | CPU % a: gen / server / neo4j |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const op of scale.operations) {
    const l = op.latency;
    const t = op.throughput;
    const cpu = op.cpuPercent.ecokg;
    lines.push(
      `| ${op.name} | ${l.ecokg.latency.p50} / ${l.cypher.latency.p50} / ${l.peer.latency.p50} | ${l.ecokg.latency.p95} / ${l.cypher.latency.p95} / ${l.peer.latency.p95} | ` +
        `${l.ecokg.latency.p99} / ${l.cypher.latency.p99} / ${l.peer.latency.p99} | ${ratio(l.ecokg.latency.p50, l.cypher.latency.p50)} | ` +
        `${t.ecokg.requestsPerSecond} / ${t.cypher.requestsPerSecond} / ${t.peer.requestsPerSecond} | ${ratio(t.ecokg.requestsPerSecond, t.peer.requestsPerSecond)} | ` +
        `${op.cpuMsPerRequest.ecokg} / ${op.cpuMsPerRequest.peer} | ${cpu.loadGenerator} / ${cpu.server} / ${cpu.neo4j} |`,
    );
  }
  lines.push('', ...renderCachedAndCpu(scale, baseline));
  if (scale.load) {
    lines.push('Load (nodes + relationships merged per second, one transaction per document, batches of 2,000 rows):', '');
    lines.push('| run | loader | seconds | per second |', '|---|---|---|---|');
    for (const [index, run] of scale.load.entries()) {
      lines.push(`| ${index + 1} | ${describeLoader(run)} | ${run.seconds.toFixed(1)} | ${run.perSecond} |`);
    }
    lines.push('');
  }
  if (scale.soak) {
    const s = scale.soak;
    lines.push(
      `Soak: ${s.connections} clients for ${s.seconds} s over the ${scale.operations.length} operations in turn, uncached: ${s.requests} requests (${s.requestsPerSecond}/s), ${s.errors} errors; ` +
        `ecokg RSS ${Math.round(s.rssAfterWarmupBytes / 1048576)} MiB after warm-up, ${Math.round(s.rssAfterRunBytes / 1048576)} MiB after the run (×${s.rssRatio}).`,
      '',
    );
  }
  return lines;
}

// A resumed load times only the documents it added: the table says how many the store held before.
function describeLoader(run: LoadRun): string {
  if (run.loader === 'raw-unwind') return 'raw UNWIND … MERGE (neo4j-driver)';
  return run.resumedFrom === undefined
    ? 'ecokg `npm run seed -- --reset`'
    : `ecokg \`npm run seed\`, resumed on the ${run.resumedFrom} documents the store held`;
}

function renderAnswers(scale: ScaleResult): string[] {
  const differing = scale.operations.filter((op) => op.answers.differing.length > 0);
  const empty = scale.operations.filter((op) => op.answers.empty).map((op) => op.name);
  const lines = [
    differing.length === 0
      ? `Answers: all four ways agree on all ${scale.operations.length} operations.`
      : `Answers: **${differing.map((op) => `${op.name} (${op.answers.differing.join(' and ')} differ from ecokg)`).join(', ')}**; the others agree. ` +
        'The operations that differ are timed all the same; latest.json has the answers.',
  ];
  if (empty.length > 0) lines.push(`Empty at this scale (null or no rows, every way): ${empty.join(', ')}.`);
  return [lines.join(' '), ''];
}

function renderCachedAndCpu(scale: ScaleResult, baseline: Baseline): string[] {
  const before = baseline.byScale.get(scale.scale);
  const beforeText = (value: CpuPerRequest | undefined, way: 'ecokg' | 'peer', now: number) => (value ? `${value[way]} → ${now}` : `${now}`);
  const lines = [
    `Response cache (d) beside uncached (a), and server CPU per answered request in the throughput runs (ms; ` +
      (before
        ? `before → after, "before" from ${BASELINE_FILE}, the run of ${baseline.date?.slice(0, 10)} on Node ${baseline.node}, derived from its CPU share and rate):`
        : `the run before issue 13 measured no ${scale.scale}× scale, so there is no "before" here):`),
    '',
    '| operation | p50 a / d | p99 a / d | req/s a / d | req/s d/a | CPU ms/request: ecokg a | ecokg d | @neo4j/graphql |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const op of scale.operations) {
    const l = op.latency;
    const t = op.throughput;
    const cpu = op.cpuMsPerRequest;
    const was = before?.get(op.name);
    lines.push(
      `| ${op.name} | ${l.ecokg.latency.p50} / ${l.ecokgCached.latency.p50} | ${l.ecokg.latency.p99} / ${l.ecokgCached.latency.p99} | ` +
        `${t.ecokg.requestsPerSecond} / ${t.ecokgCached.requestsPerSecond} | ${ratio(t.ecokgCached.requestsPerSecond, t.ecokg.requestsPerSecond)} | ` +
        `${beforeText(was, 'ecokg', cpu.ecokg)} | ${cpu.ecokgCached} | ${beforeText(was, 'peer', cpu.peer)} |`,
    );
  }
  lines.push('');
  return lines;
}

// The Performance table of docs/performance.md, for the lead to paste after a full run: uncached figures at the large scale.
function renderPerformanceTable(scale: ScaleResult): string[] {
  const lines = [
    `## docs/performance.md table (${scale.scale}×, uncached; cached and CPU per request beside)`,
    '',
    '| question | p50 ms: ecokg / Cypher / @neo4j/graphql | ecokg ÷ Cypher | answers/s: ecokg / Cypher / @neo4j/graphql | ecokg ÷ peer | cached: p50 ms, answers/s | server CPU ms/request: ecokg / peer |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const op of scale.operations) lines.push(readmeRow(op));
  lines.push('');
  return lines;
}

function readmeRow(op: OperationResult): string {
  const l = op.latency;
  const t = op.throughput;
  return (
    `| ${op.description} | ${l.ecokg.latency.p50} / ${l.cypher.latency.p50} / ${l.peer.latency.p50} | ${ratio(l.ecokg.latency.p50, l.cypher.latency.p50)} | ` +
    `${t.ecokg.requestsPerSecond} / ${t.cypher.requestsPerSecond} / ${t.peer.requestsPerSecond} | ${ratio(t.ecokg.requestsPerSecond, t.peer.requestsPerSecond)} | ` +
    `${l.ecokgCached.latency.p50}, ${t.ecokgCached.requestsPerSecond} | ${op.cpuMsPerRequest.ecokg} / ${op.cpuMsPerRequest.peer} |`
  );
}

// How each operation grew from the 1,000× scale of latest.json to this run's scale: p50 and the answer's size, so a
// slower answer that is also a larger one is told apart from one that does more work for the same answer.
async function renderGrowth(results: BenchResults, dir: string): Promise<string[]> {
  let reference: BenchResults;
  try {
    reference = JSON.parse(await readFile(path.join(dir, 'latest.json'), 'utf8')) as BenchResults;
  } catch {
    return ['No latest.json to compare with: run `npm run bench` first.', ''];
  }
  const before = reference.scales.at(-1)!;
  const now = results.scales.at(-1)!;
  const lines = [
    `## Growth from ${before.scale}× (latest.json, ${reference.date.slice(0, 10)}) to ${now.scale}×`,
    '',
    `${before.nodes.toLocaleString('en')} → ${now.nodes.toLocaleString('en')} nodes, ${before.relationships.toLocaleString('en')} → ${now.relationships.toLocaleString('en')} relationships. ` +
      'An operation may take up to 5 times its p50 at 1,000×, or more when its answer grew as much. The hand-written ' +
      "Cypher's growth is beside it: the work the question itself does on the larger graph.",
    '',
    '| operation | p50 ms then / now | × | Cypher p50 × | answer bytes then / now | × | within bound |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const op of now.operations) {
    const then = before.operations.find((candidate) => candidate.name === op.name);
    if (!then) continue;
    const p50 = ratio(op.latency.ecokg.latency.p50, then.latency.ecokg.latency.p50);
    const cypher = ratio(op.latency.cypher.latency.p50, then.latency.cypher.latency.p50);
    const bytes = then.answerBytes && op.answerBytes ? ratio(op.answerBytes, then.answerBytes) : null;
    const within = p50 <= 5 ? 'yes' : bytes !== null && bytes >= p50 ? 'yes, the answer grew as much' : '**no**';
    lines.push(
      `| ${op.name} | ${then.latency.ecokg.latency.p50} / ${op.latency.ecokg.latency.p50} | ${p50} | ${cypher} | ${then.answerBytes ?? '?'} / ${op.answerBytes ?? '?'} | ${bytes ?? '?'} | ${within} |`,
    );
  }
  lines.push('');
  return lines;
}
