import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults, ScaleResult } from './bench-results.ts';
import { evaluateTargets } from './evaluate-targets.ts';

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Writes latest.json (every figure, each ratio, the machine) and latest.md (the tables) into `dir`. */
export async function writeResults(results: BenchResults, dir: string): Promise<{ markdown: string }> {
  await mkdir(dir, { recursive: true });
  const targets = evaluateTargets(results);
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
        },
      })),
    })),
    targets,
  };
  await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(withRatios, null, 2)}\n`);
  const markdown = renderMarkdown(results, targets);
  await writeFile(path.join(dir, 'latest.md'), markdown);
  return { markdown };
}

function renderMarkdown(results: BenchResults, targets: ReturnType<typeof evaluateTargets>): string {
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
    '(a) ecokg /graphql over HTTP, (b) the same question as one hand-written Cypher query through neo4j-driver, ' +
      '(c) Apollo Server with @neo4j/graphql over the same database. Latency: concurrency 1, milliseconds. ' +
      `Throughput: concurrency ${String(results.settings.concurrency)}, answers per second. All three answers are checked equal before timing.`,
    '',
  ];
  for (const scale of results.scales) lines.push(...renderScale(scale));
  lines.push('## Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const target of targets) lines.push(`| ${target.target} | ${target.measured} | ${target.met ? 'yes' : '**no**'} |`);
  lines.push('');
  return lines.join('\n');
}

function renderScale(scale: ScaleResult): string[] {
  const lines = [
    `## ${scale.scale}×: ${scale.documents} document(s), ${scale.nodes.toLocaleString('en')} nodes, ${scale.relationships.toLocaleString('en')} relationships`,
    '',
    `Machine load average at the start: ${scale.loadAverage}.`,
    '',
    '| operation | p50 a / b / c | p95 a / b / c | p99 a / b / c | p50 a/b | req/s a / b / c | req/s a/c | CPU % a: gen / server / neo4j |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const op of scale.operations) {
    const l = op.latency;
    const t = op.throughput;
    const cpu = op.cpuPercent.ecokg;
    lines.push(
      `| ${op.name} | ${l.ecokg.latency.p50} / ${l.cypher.latency.p50} / ${l.peer.latency.p50} | ${l.ecokg.latency.p95} / ${l.cypher.latency.p95} / ${l.peer.latency.p95} | ` +
        `${l.ecokg.latency.p99} / ${l.cypher.latency.p99} / ${l.peer.latency.p99} | ${ratio(l.ecokg.latency.p50, l.cypher.latency.p50)} | ` +
        `${t.ecokg.requestsPerSecond} / ${t.cypher.requestsPerSecond} / ${t.peer.requestsPerSecond} | ${ratio(t.ecokg.requestsPerSecond, t.peer.requestsPerSecond)} | ` +
        `${cpu.loadGenerator} / ${cpu.server} / ${cpu.neo4j} |`,
    );
  }
  lines.push('');
  if (scale.load) {
    lines.push('Load (nodes + relationships merged per second, one transaction per document, batches of 2,000 rows):', '');
    lines.push('| run | loader | seconds | per second |', '|---|---|---|---|');
    for (const [index, run] of scale.load.entries()) {
      lines.push(
        `| ${index + 1} | ${run.loader === 'ecokg' ? 'ecokg `npm run seed -- --reset`' : 'raw UNWIND … MERGE (neo4j-driver)'} | ${run.seconds.toFixed(1)} | ${run.perSecond} |`,
      );
    }
    lines.push('');
  }
  if (scale.soak) {
    const s = scale.soak;
    lines.push(
      `Soak: ${s.connections} clients for ${s.seconds} s over the six operations in turn: ${s.requests} requests (${s.requestsPerSecond}/s), ${s.errors} errors; ` +
        `ecokg RSS ${Math.round(s.rssAfterWarmupBytes / 1048576)} MiB after warm-up, ${Math.round(s.rssAfterRunBytes / 1048576)} MiB after the run (×${s.rssRatio}).`,
      '',
    );
  }
  return lines;
}
