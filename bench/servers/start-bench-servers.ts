import type { Neo4jConnection } from '../../src/db/create-gateway.ts';
import { type ServerProcess, startServerProcess } from './start-server-process.ts';

/** ecokg's API uncached and with its response cache, and the @neo4j/graphql peer, all over the bench's Neo4j. */
export interface BenchServers {
  ecokg: ServerProcess;
  /** ecokg with RESPONSE_CACHE=true: measured apart, since the targets are for uncached runs. */
  ecokgCached: ServerProcess;
  peer: ServerProcess;
  stop(): Promise<void>;
}

/**
 * Starts ecokg twice as `npm start` runs it but with NODE_ENV=production (no introspection, masked errors) and
 * request logs at warn, once uncached and once with its response cache, and the peer with no logging either, so
 * none pays for writing a line per request. Each ecokg is one process (WORKERS=1) against the peer's one: the
 * comparison is per core. BENCH_ECOKG_ROOT runs ecokg from another checkout (main's, say) against the same peer,
 * Neo4j and hand-written Cypher, for a before/after on the same store.
 */
export async function startBenchServers(connection: Neo4jConnection): Promise<BenchServers> {
  const neo4jEnv = { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password };
  // The first answer to each question plans its statement, which on a busy shared machine can take longer than the
  // service's default 5 s transaction timeout; the peer has no timeout at all, so ecokg gets a generous one here.
  const startEcokg = (cache: boolean) =>
    startServerProcess({
      script: 'src/main.ts',
      root: process.env.BENCH_ECOKG_ROOT,
      env: {
        ...neo4jEnv,
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        WORKERS: '1',
        RESPONSE_CACHE: String(cache),
        NEO4J_TX_TIMEOUT_MS: '60000',
      },
      ready: /^ecokg ready: GraphQL at (\S+)\/graphql$/,
      path: '/graphql',
    });
  const started: ServerProcess[] = [];
  try {
    const ecokg = await startEcokg(false);
    started.push(ecokg);
    const ecokgCached = await startEcokg(true);
    started.push(ecokgCached);
    const peer = await startServerProcess({
      script: 'bench/peer/start-peer-server.ts',
      env: { ...neo4jEnv, PORT: '0' },
      ready: /^peer ready (\S+)$/,
    });
    return {
      ecokg,
      ecokgCached,
      peer,
      stop: async () => {
        await Promise.all([ecokg.stop(), ecokgCached.stop(), peer.stop()]);
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.stop()));
    throw error;
  }
}
