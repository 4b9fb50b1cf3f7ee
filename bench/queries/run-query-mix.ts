import type { Driver } from 'neo4j-driver';
import { type DriverRun, runDriverLoop } from '../measure/measure-driver.ts';
import { type HttpRun, type HttpTarget, runAutocannon } from '../measure/measure-http.ts';
import { measureCpuShare } from '../measure/read-process-usage.ts';
import type { BenchServers } from '../servers/start-bench-servers.ts';
import { checkAnswers } from './check-answers.ts';
import { OPERATIONS } from './operations.ts';

/** How long each timed part of the query mix runs. */
export interface QueryMixSettings {
  /** Seconds each operation runs each way before any timing, so no operation is measured on a cold JIT or plan cache. */
  globalWarmupSeconds: number;
  /** Requests at concurrency 1 before the latency run. */
  warmupRequests: number;
  /** Requests timed at concurrency 1. */
  latencyRequests: number;
  /** Seconds at concurrency 16 before the throughput run. */
  warmupSeconds: number;
  /** Seconds timed at concurrency 16. */
  throughputSeconds: number;
  concurrency: number;
}

/** One operation's figures, the three ways. */
export interface OperationResult {
  name: string;
  description: string;
  latency: { ecokg: HttpRun; cypher: DriverRun; peer: HttpRun };
  throughput: { ecokg: HttpRun; cypher: DriverRun; peer: HttpRun };
  /** CPU of each process during the throughput runs, in % of one core: load generator, server, Neo4j. */
  cpuPercent: { ecokg: Record<string, number>; cypher: Record<string, number>; peer: Record<string, number> };
}

/**
 * Checks that ecokg, the hand-written Cypher and the peer give the same answers, then times each operation
 * three ways: latency at concurrency 1 and throughput at the settings' concurrency, each after a warm-up.
 */
export async function runQueryMix(options: {
  servers: BenchServers;
  driver: Driver;
  neo4jPid: number;
  settings: QueryMixSettings;
  log: (line: string) => void;
}): Promise<OperationResult[]> {
  const { servers, driver, settings, log } = options;
  const { checks, bodies } = await checkAnswers({ ecokgUrl: servers.ecokg.url, peerUrl: servers.peer.url, driver, operations: OPERATIONS });
  const disagreements = checks.filter((check) => !check.agree);
  if (disagreements.length > 0) {
    throw new Error(
      `The three ways disagree on ${disagreements.map((d) => d.operation).join(', ')}: ${JSON.stringify(disagreements[0]).slice(0, 2000)}`,
    );
  }
  log(`  answers agree on all ${checks.length} operations`);

  // Warms every operation on all three before the first timing: otherwise the first operation measured would
  // also pay for the servers' JIT compilation and Neo4j's query planning.
  for (const operation of OPERATIONS) {
    const body = bodies.get(operation.name)!;
    const warm = { connections: settings.concurrency, seconds: settings.globalWarmupSeconds };
    await runAutocannon({ url: servers.ecokg.url, body: JSON.stringify(operation.ecokg), expectedBody: body.ecokg }, warm);
    await runAutocannon({ url: servers.peer.url, body: JSON.stringify(operation.peer), expectedBody: body.peer }, warm);
    await runDriverLoop(driver, operation.cypher, { concurrency: settings.concurrency, seconds: settings.globalWarmupSeconds });
  }

  const results: OperationResult[] = [];
  for (const operation of OPERATIONS) {
    const body = bodies.get(operation.name)!;
    const ecokg: HttpTarget = { url: servers.ecokg.url, body: JSON.stringify(operation.ecokg), expectedBody: body.ecokg };
    const peer: HttpTarget = { url: servers.peer.url, body: JSON.stringify(operation.peer), expectedBody: body.peer };
    const pids = (server?: number) => ({ loadGenerator: process.pid, ...(server ? { server } : {}), neo4j: options.neo4jPid });

    const latencyHttp = async (target: HttpTarget) => {
      await runAutocannon(target, { connections: 1, amount: settings.warmupRequests });
      return runAutocannon(target, { connections: 1, amount: settings.latencyRequests });
    };
    const latencyCypher = async () => {
      await runDriverLoop(driver, operation.cypher, { concurrency: 1, amount: settings.warmupRequests });
      return runDriverLoop(driver, operation.cypher, { concurrency: 1, amount: settings.latencyRequests });
    };
    const latency = { ecokg: await latencyHttp(ecokg), cypher: await latencyCypher(), peer: await latencyHttp(peer) };

    const throughputHttp = async (target: HttpTarget, server: number) => {
      await runAutocannon(target, { connections: settings.concurrency, seconds: settings.warmupSeconds });
      return measureCpuShare(pids(server), () => runAutocannon(target, { connections: settings.concurrency, seconds: settings.throughputSeconds }));
    };
    const throughputCypher = async () => {
      await runDriverLoop(driver, operation.cypher, { concurrency: settings.concurrency, seconds: settings.warmupSeconds });
      return measureCpuShare(pids(), () =>
        runDriverLoop(driver, operation.cypher, { concurrency: settings.concurrency, seconds: settings.throughputSeconds }),
      );
    };
    const t = {
      ecokg: await throughputHttp(ecokg, servers.ecokg.pid),
      cypher: await throughputCypher(),
      peer: await throughputHttp(peer, servers.peer.pid),
    };
    const result: OperationResult = {
      name: operation.name,
      description: operation.description,
      latency,
      throughput: { ecokg: t.ecokg.result, cypher: t.cypher.result, peer: t.peer.result },
      cpuPercent: { ecokg: t.ecokg.cpuPercent, cypher: t.cypher.cpuPercent, peer: t.peer.cpuPercent },
    };
    const errors = [...Object.values(result.latency), ...Object.values(result.throughput)].reduce((sum, run) => sum + run.errors, 0);
    if (errors > 0) throw new Error(`${operation.name}: ${errors} failed or unexpected answers during the timed runs`);
    results.push(result);
    log(
      `  ${operation.name.padEnd(12)} p50 ${latency.ecokg.latency.p50} / ${latency.cypher.latency.p50} / ${latency.peer.latency.p50} ms, ` +
        `${t.ecokg.result.requestsPerSecond} / ${t.cypher.result.requestsPerSecond} / ${t.peer.result.requestsPerSecond} req/s (ecokg / Cypher / peer)`,
    );
  }
  return results;
}
