import { gql } from 'graphql-tag';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphGateway } from '../../src/db/graph-gateway.ts';
import type { QueryName } from '../../src/db/query-names.ts';
import { startTestService, type TestService, testConnection, withDriver } from '../support/test-service.ts';

type LogLine = Record<string, unknown> & { msg: string; requestId?: string };

const parseLogs = (service: TestService): LogLine[] => service.logs.map((line) => JSON.parse(line) as LogLine);

/** The value of one Prometheus sample, e.g. `ecokg_graphql_requests_total{operation="Stats"}`; 0 when absent. */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function scrape(service: TestService): Promise<string> {
  const response = await fetch(`${service.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** Resolves once `check` holds, polling every 10 ms for at most `ms` (under the test's own timeout, so it names the check). */
async function until(check: () => boolean | Promise<boolean>, ms = 45_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`not true within ${ms} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('/metrics', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api.stop());

  it('counts GraphQL requests by operation, with latency and errors by code, and HTTP requests by route', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { data } = await api.graphql<{ person: { name: string } }>(gql`query WhoIsLi { person(id: "person:li-ganjie") { name } }`);
      expect(data?.person.name).toBe('李干杰');
    }
    const refused = await api.graphql(gql`query TooMany { people(first: 500) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await (await fetch(`${api.url}/ready`)).text();
    await (await fetch(`${api.url}/explore`)).text();

    const metrics = await scrape(api);
    expect(sample(metrics, 'ecokg_graphql_requests_total{operation="WhoIsLi"}')).toBe(3);
    expect(sample(metrics, 'ecokg_graphql_request_duration_seconds_count{operation="WhoIsLi"}')).toBe(3);
    expect(sample(metrics, 'ecokg_graphql_request_duration_seconds_bucket{le="+Inf",operation="WhoIsLi"}')).toBe(3);
    expect(sample(metrics, 'ecokg_graphql_errors_total{operation="WhoIsLi",code="BAD_USER_INPUT"}')).toBe(0);
    expect(sample(metrics, 'ecokg_graphql_errors_total{operation="TooMany",code="BAD_USER_INPUT"}')).toBe(1);
    expect(sample(metrics, 'ecokg_http_requests_total{route="graphql",method="POST",status="200"}')).toBe(4);
    expect(sample(metrics, 'ecokg_http_requests_total{route="ready",method="GET",status="200"}')).toBe(1);
    expect(sample(metrics, 'ecokg_http_requests_total{route="pages",method="GET",status="200"}')).toBe(1);
    // The Neo4j pool: nothing runs between requests; every query found a free connection at once.
    expect(sample(metrics, 'ecokg_neo4j_connections_in_use')).toBe(0);
    expect(sample(metrics, 'ecokg_neo4j_connections_max')).toBe(32);
    expect(sample(metrics, 'ecokg_neo4j_queries_waiting')).toBe(0);
    expect(sample(metrics, 'ecokg_neo4j_queue_wait_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(metrics).toContain('process_cpu_seconds_total');
  });

  it('keeps operation names clients invent out of the labels past a bound, and never a name that is not one', async () => {
    await api.graphql('query { graphStats { totalNodes } }');
    // A document that does not parse still counts, under the operationName the client sent when it is no name.
    const garbled = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query {', operationName: 'drop table people' }),
    });
    expect(garbled.status).toBe(400);
    for (let i = 0; i < 205; i += 1) await api.graphql(`query Invented${i} { __typename }`);
    const metrics = await scrape(api);
    expect(sample(metrics, 'ecokg_graphql_requests_total{operation="_anonymous"}')).toBe(1);
    expect(sample(metrics, 'ecokg_graphql_errors_total{operation="_invalid",code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    const labels = new Set(metrics.split('\n').flatMap((line) => /^ecokg_graphql_requests_total\{operation="([^"]+)"\}/.exec(line)?.[1] ?? []));
    // 200 names per process (some may come from the test before), then `_other`.
    const names = [...labels].filter((label) => !label.startsWith('_'));
    expect(names).toHaveLength(200);
    expect(sample(metrics, 'ecokg_graphql_requests_total{operation="_other"}')).toBe(
      205 - names.filter((name) => name.startsWith('Invented')).length,
    );
  });
});

describe('request ids', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api.stop());

  it('echoes a sane x-request-id and puts it on every log line of that request', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'checkout-7f3a9c' },
      body: JSON.stringify({ query: '{ theme(id: "theme:precise-pollution-control") { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('checkout-7f3a9c');
    expect(await response.json()).toEqual({ data: { theme: { name: '精准治污' } } });
    await until(() => parseLogs(api).some((line) => line.requestId === 'checkout-7f3a9c' && line.msg === 'request completed'));
    const lines = parseLogs(api).filter((line) => line.requestId === 'checkout-7f3a9c');
    expect(lines.map((line) => line.msg).sort()).toEqual(['graphql request', 'request completed']);
    expect(lines.find((line) => line.msg === 'request completed')).toMatchObject({
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
  });

  it('replaces an id that is too long or not plain with a fresh one, and gives every request one: pages and /ready too', async () => {
    for (const offered of ['x'.repeat(200), 'two words', '<script>']) {
      const response = await fetch(`${api.url}/ready`, { headers: { 'x-request-id': offered } });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      await until(() => parseLogs(api).some((line) => line.requestId === id));
    }
    const page = await fetch(`${api.url}/explore`);
    const pageId = page.headers.get('x-request-id');
    await page.arrayBuffer();
    await until(() => parseLogs(api).some((line) => line.requestId === pageId && line.msg === 'request completed'));
    const lines = parseLogs(api).filter((line) => line.msg === 'request completed');
    expect(lines.every((line) => typeof line.requestId === 'string' && line.requestId.length > 0)).toBe(true);
    expect(lines.some((line) => (line.req as { url: string }).url === '/ready')).toBe(true);
  });
});

// A deliberately slow query: the real catalog has none, by design.
const SLOW_COUNT = 'UNWIND range(1, 10000000000) AS x RETURN count(x) AS n';

describe('a request whose client goes away', () => {
  it.each(['a named query', 'a compiled statement'])(
    'rolls back its running query at once instead of letting it run to the transaction timeout: %s',
    async (kind) => {
      const { uri, user, password } = testConnection();
      // A gateway over a catalog of one deliberately slow query: the real catalog has none, by design.
      const gateway = new GraphGateway({
        driver: neo4j.driver(uri, neo4j.auth.basic(user, password)),
        database: 'neo4j',
        catalog: new Map([['count-to-ten-billion', SLOW_COUNT]]),
        transactionTimeoutMs: 120_000,
        maxConcurrent: 2,
        maxQueued: 2,
        maxWaitMs: 1000,
      });
      const running = () =>
        withDriver((run) => run(`SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.query = 'count-to-ten-billion' RETURN currentQuery`));
      try {
        const client = new AbortController();
        const scope = { metrics: { roundTrips: 0, queries: 0 }, signal: client.signal };
        // A request's compiled statement runs as an auto-commit transaction, a named query in a managed one: both must stop.
        const reading = (
          kind === 'a named query'
            ? gateway.read('count-to-ten-billion' as QueryName, {}, scope)
            : gateway.readComposed({ cypher: SLOW_COUNT, params: {}, name: 'count-to-ten-billion' }, scope)
        ).catch((error: unknown) => error);
        await until(async () => (await running()).length === 1);
        const abortedAt = performance.now();
        client.abort();
        expect(await reading).toMatchObject({ code: 'CLIENT_CLOSED_REQUEST' });
        // Gone within until()'s 45 s, far inside the 120 s transaction timeout that would otherwise end it.
        await until(async () => (await running()).length === 0);
        const goneAfterMs = performance.now() - abortedAt;
        console.log(`cancellation (${kind}): the running query was gone from SHOW TRANSACTIONS ${Math.round(goneAfterMs)} ms after the abort`);
      } finally {
        await gateway.close();
      }
    },
  );

  it('leaves the query queue when the client disconnects while its query waits, and the health probe skips that queue', async () => {
    const api = await startTestService({ NEO4J_MAX_POOL_SIZE: '1', NEO4J_ACQUISITION_TIMEOUT_MS: '20000' });
    let release!: () => void;
    // A transaction that holds the only query slot until the test releases it.
    const holder = api.service.gateway.writeTransaction(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      await until(() => api.service.gateway.load.running === 1);
      const client = new AbortController();
      const request = fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'impatient-client' },
        body: JSON.stringify({ query: '{ person(id: "person:li-ganjie") { name } }' }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      await until(() => api.service.gateway.load.waiting === 1);

      // Ready means GraphQL answers: the slot is busy, but the probe has a connection of its own. It is answered
      // while the GraphQL request still waits for the slot the test holds, so it did not queue behind it.
      const ready = await fetch(`${api.url}/ready`);
      expect(ready.status).toBe(200);
      expect(api.service.gateway.load).toMatchObject({ running: 1, waiting: 1 });

      client.abort();
      expect(await request).toMatchObject({ name: 'AbortError' });
      await until(() => api.service.gateway.load.waiting === 0);
      await until(() => parseLogs(api).some((line) => line.requestId === 'impatient-client' && line.msg === 'graphql request'));
      expect(parseLogs(api).find((line) => line.requestId === 'impatient-client' && line.msg === 'graphql request')).toMatchObject({
        errorCodes: ['CLIENT_CLOSED_REQUEST'],
      });
      expect(sample(await scrape(api), 'ecokg_neo4j_queue_refusals_total{reason="cancelled"}')).toBe(1);
    } finally {
      release();
      await holder;
      await api.stop();
    }
  });
});

describe('stopping the service', () => {
  it('takes no new connection, answers the request in flight, then closes', async () => {
    const api = await startTestService({ NEO4J_MAX_POOL_SIZE: '1', NEO4J_ACQUISITION_TIMEOUT_MS: '20000' });
    let release!: () => void;
    const holder = api.service.gateway.writeTransaction(() => new Promise<void>((resolve) => (release = resolve)));
    await until(() => api.service.gateway.load.running === 1);
    const inFlight = api.graphql<{ person: { name: string } }>(gql`{ person(id: "person:li-ganjie") { name } }`);
    await until(() => api.service.gateway.load.waiting === 1);

    let stopped = false;
    const stopping = api.stop().then(() => (stopped = true));
    // No new connection: the listening socket closes while the drain waits for the request in flight.
    const refused = () =>
      fetch(`${api.url}/ready`).then(
        () => false,
        (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED',
      );
    await until(refused);
    expect(stopped).toBe(false);

    release();
    await holder;
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.data?.person.name).toBe('李干杰');
    await stopping;
    expect(stopped).toBe(true);
  });
});
