import type { Driver } from 'neo4j-driver';
import { type DriverRun, runDriverLoop } from '../measure/measure-driver.ts';
import { type HttpRun, type HttpTarget, runAutocannon } from '../measure/measure-http.ts';
import { measureCpuShare } from '../measure/read-process-usage.ts';
import type { BenchServers } from '../servers/start-bench-servers.ts';
import { type AnswerCheck, acceptsAnswerOf, checkAnswers } from './check-answers.ts';
import type { Operation, OperationGroup } from './operation.ts';
import { OPERATIONS as ALL_OPERATIONS } from './operations.ts';

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

/** The four ways each operation is answered: ecokg uncached, hand-written Cypher, the peer, ecokg with its response cache. */
export interface FourWays<Http, Driver> {
  ecokg: Http;
  cypher: Driver;
  peer: Http;
  ecokgCached: Http;
}

/** One operation's figures, the four ways. */
export interface OperationResult {
  name: string;
  description: string;
  group: OperationGroup;
  /** What the check before the timings found. */
  answers: Pick<AnswerCheck, 'agree' | 'cachedAgrees' | 'differing' | 'empty'> & { detail?: Pick<AnswerCheck, 'ecokg' | 'cypher' | 'peer'> };
  latency: FourWays<HttpRun, DriverRun>;
  throughput: FourWays<HttpRun, DriverRun>;
  /** CPU of each process during the throughput runs, in % of one core: load generator, server, Neo4j. */
  cpuPercent: FourWays<Record<string, number>, Record<string, number>>;
  /** Milliseconds of the server process's CPU per answered request during the throughput runs. */
  cpuMsPerRequest: { ecokg: number; ecokgCached: number; peer: number };
  /** Bytes of ecokg's answer, so growth across scales can be told apart from the answer growing. */
  answerBytes?: number;
}

/**
 * Checks that ecokg (uncached and cached), the hand-written Cypher and the peer give the same answers, then times
 * each operation four ways: latency at concurrency 1 and throughput at the settings' concurrency, each after a
 * warm-up, with the CPU each process used during the throughput runs.
 */
export async function runQueryMix(options: {
  servers: BenchServers;
  driver: Driver;
  neo4jPid: number;
  settings: QueryMixSettings;
  log: (line: string) => void;
  /** Only these operations, by name. @default all */
  only?: readonly string[];
}): Promise<OperationResult[]> {
  const { servers, driver, settings, log } = options;
  const OPERATIONS = options.only ? ALL_OPERATIONS.filter((operation) => options.only!.includes(operation.name)) : ALL_OPERATIONS;
  const { checks, bodies } = await checkAnswers({
    ecokgUrl: servers.ecokg.url,
    ecokgCachedUrl: servers.ecokgCached.url,
    peerUrl: servers.peer.url,
    driver,
    operations: OPERATIONS,
  });
  const disagreements = checks.filter((check) => check.differing.length > 0);
  for (const check of disagreements) {
    log(`  DISAGREE ${check.operation}: ${check.differing.join(', ')} differ from ecokg; timed anyway, and the results say so`);
  }
  log(`  answers agree on ${checks.length - disagreements.length} of ${checks.length} operations`);

  const targetsOf = (operation: Operation) => {
    const body = bodies.get(operation.name)!;
    const target = (url: string, request: Operation['ecokg'], expectedBody: string, normalize: (data: any) => unknown): HttpTarget => ({
      url,
      body: JSON.stringify(request),
      expectedBody,
      ...(operation.answersVary ? { accepts: acceptsAnswerOf(normalize, expectedBody) } : {}),
    });
    return {
      ecokg: target(servers.ecokg.url, operation.ecokg, body.ecokg, operation.normalize.ecokg),
      ecokgCached: target(servers.ecokgCached.url, operation.ecokg, body.ecokgCached, operation.normalize.ecokg),
      peer: target(servers.peer.url, operation.peer, body.peer, operation.normalize.peer),
    };
  };

  // Warms every operation every way before the first timing: otherwise the first operation measured would also pay
  // for the servers' JIT compilation and Neo4j's query planning.
  for (const operation of OPERATIONS) {
    const targets = targetsOf(operation);
    const warm = { connections: settings.concurrency, seconds: settings.globalWarmupSeconds };
    for (const target of [targets.ecokg, targets.peer, targets.ecokgCached]) await runAutocannon(target, warm);
    await runDriverLoop(driver, operation.cypher, { concurrency: settings.concurrency, seconds: settings.globalWarmupSeconds });
  }

  const results: OperationResult[] = [];
  for (const operation of OPERATIONS) {
    const targets = targetsOf(operation);
    const pids = (server?: number) => ({ loadGenerator: process.pid, ...(server ? { server } : {}), neo4j: options.neo4jPid });

    const latencyHttp = async (target: HttpTarget) => {
      await runAutocannon(target, { connections: 1, amount: settings.warmupRequests });
      return runAutocannon(target, { connections: 1, amount: settings.latencyRequests });
    };
    const latencyCypher = async () => {
      await runDriverLoop(driver, operation.cypher, { concurrency: 1, amount: settings.warmupRequests });
      return runDriverLoop(driver, operation.cypher, { concurrency: 1, amount: settings.latencyRequests });
    };
    const latency = {
      ecokg: await latencyHttp(targets.ecokg),
      cypher: await latencyCypher(),
      peer: await latencyHttp(targets.peer),
      ecokgCached: await latencyHttp(targets.ecokgCached),
    };

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
      ecokg: await throughputHttp(targets.ecokg, servers.ecokg.pid),
      cypher: await throughputCypher(),
      peer: await throughputHttp(targets.peer, servers.peer.pid),
      ecokgCached: await throughputHttp(targets.ecokgCached, servers.ecokgCached.pid),
    };
    const msPerRequest = (run: { result: HttpRun; cpuSeconds: Record<string, number> }) =>
      Math.round(((run.cpuSeconds.server! * 1000) / Math.max(1, run.result.requests - run.result.errors)) * 1000) / 1000;
    const check = checks.find((c) => c.operation === operation.name)!;
    const result: OperationResult = {
      name: operation.name,
      description: operation.description,
      group: operation.group,
      answers: {
        agree: check.agree,
        cachedAgrees: check.cachedAgrees,
        differing: check.differing,
        empty: check.empty,
        ...(check.differing.length > 0 ? { detail: { ecokg: check.ecokg, cypher: check.cypher, peer: check.peer } } : {}),
      },
      latency,
      throughput: { ecokg: t.ecokg.result, cypher: t.cypher.result, peer: t.peer.result, ecokgCached: t.ecokgCached.result },
      cpuPercent: { ecokg: t.ecokg.cpuPercent, cypher: t.cypher.cpuPercent, peer: t.peer.cpuPercent, ecokgCached: t.ecokgCached.cpuPercent },
      cpuMsPerRequest: { ecokg: msPerRequest(t.ecokg), ecokgCached: msPerRequest(t.ecokgCached), peer: msPerRequest(t.peer) },
      answerBytes: Buffer.byteLength(bodies.get(operation.name)!.ecokg),
    };
    const errors = [...Object.values(result.latency), ...Object.values(result.throughput)].reduce((sum, run) => sum + run.errors, 0);
    if (errors > 0) throw new Error(`${operation.name}: ${errors} failed or unexpected answers during the timed runs`);
    results.push(result);
    log(
      `  ${operation.name.padEnd(18)} p50 ${latency.ecokg.latency.p50} / ${latency.cypher.latency.p50} / ${latency.peer.latency.p50} / ${latency.ecokgCached.latency.p50} ms, ` +
        `${t.ecokg.result.requestsPerSecond} / ${t.cypher.result.requestsPerSecond} / ${t.peer.result.requestsPerSecond} / ${t.ecokgCached.result.requestsPerSecond} req/s ` +
        '(ecokg / Cypher / peer / ecokg cached); server CPU per request ' +
        `${result.cpuMsPerRequest.ecokg} / ${result.cpuMsPerRequest.peer} / ${result.cpuMsPerRequest.ecokgCached} ms (ecokg / peer / ecokg cached)`,
    );
  }
  return results;
}
