/**
 * `node bench/response-cache/measure-response-cache.ts`: what the response cache costs and saves, on one service
 * process against the Neo4j of NEO4J_URI (default: the local one `npm start` or `npm run neo4j` runs, seeded):
 * a person with organizations and statements, uncached; the same request answered from the cache; and requests
 * that all miss (each one different), which pay the graph-version check and gain nothing. For each: p50 at
 * concurrency 1 and answers per second at 16.
 */
import autocannon from 'autocannon';
import { LOCAL_NEO4J_DEV_PASSWORD } from '../../src/config/load-config.ts';
import { startServerProcess } from '../servers/start-server-process.ts';

const QUERY = 'query Profile($id: ID!) { person(id: $id) { name organizations { title organization { name } } statements(first: 5) { text } } }';
const connection = {
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEV_PASSWORD,
};

/** Every request the same (a hit once cached), or each one different by an alias (always a miss). */
type Bodies = 'same' | 'unique';

async function measure(name: string, cache: boolean, bodies: Bodies): Promise<void> {
  // A process of its own, as in production, so the clients here do not share its event loop.
  const service = await startServerProcess({
    script: 'src/main.ts',
    env: { ...neo4jEnv(), NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKERS: '1', RESPONSE_CACHE: String(cache) },
    ready: /^ecokg ready: GraphQL at (\S+)\/graphql$/,
  });
  let counter = 0;
  const body = () =>
    JSON.stringify({
      query: bodies === 'same' ? QUERY : QUERY.replace('person(id: $id)', `p${counter++}: person(id: $id)`),
      variables: { id: 'person:li-ganjie' },
    });
  const run = (connections: number, options: { amount?: number; duration?: number }) =>
    autocannon({
      url: `${service.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      ...options,
      requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
    });
  try {
    await run(4, { amount: 400 });
    // autocannon rounds latencies to whole milliseconds; one client timed here keeps the fractions.
    const times: number[] = [];
    let failed = 0;
    for (let i = 0; i < 1000; i += 1) {
      const started = performance.now();
      const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
      if (!response.ok || ((await response.json()) as { errors?: unknown }).errors) failed += 1;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const throughput = await run(16, { duration: 8 });
    const errors = failed + throughput.errors + throughput.non2xx;
    console.log(
      `${name.padEnd(34)} p50 ${times[500]!.toFixed(2)} ms (p99 ${times[990]!.toFixed(2)}), ${Math.round(throughput.requests.average)} answers/s at 16${errors ? `, ${errors} errors` : ''}`,
    );
  } finally {
    await service.stop();
  }
}

function neo4jEnv(): Record<string, string> {
  return { NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password };
}

for (let round = 1; round <= Number(process.env.ROUNDS ?? 1); round += 1) {
  await measure('uncached (RESPONSE_CACHE=false)', false, 'same');
  await measure('cached, every request a hit', true, 'same');
  await measure('uncached, every request different', false, 'unique');
  await measure('cached, every request a miss', true, 'unique');
}
process.exit(0);
