import type { Neo4jConnection } from '../../src/db/create-gateway.ts';
import { type ServerProcess, startServerProcess } from './start-server-process.ts';

/** ecokg's API and the @neo4j/graphql peer, both running over the bench's Neo4j. */
export interface BenchServers {
  ecokg: ServerProcess;
  peer: ServerProcess;
  stop(): Promise<void>;
}

/**
 * Starts ecokg as `npm start` runs it but with NODE_ENV=production (no introspection, masked errors) and
 * request logs at warn, and the peer with no logging either, so neither pays for writing a line per request.
 */
export async function startBenchServers(connection: Neo4jConnection): Promise<BenchServers> {
  const neo4jEnv = { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password };
  const ecokg = await startServerProcess({
    script: 'src/main.ts',
    // One process against the peer's one (per-core efficiency), and uncached: the targets are for uncached runs.
    env: { ...neo4jEnv, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKERS: '1', RESPONSE_CACHE: 'false' },
    ready: /^ecokg ready: GraphQL at (\S+)\/graphql$/,
    path: '/graphql',
  });
  try {
    const peer = await startServerProcess({
      script: 'bench/peer/start-peer-server.ts',
      env: { ...neo4jEnv, PORT: '0' },
      ready: /^peer ready (\S+)$/,
    });
    return {
      ecokg,
      peer,
      stop: async () => {
        await Promise.all([ecokg.stop(), peer.stop()]);
      },
    };
  } catch (error) {
    await ecokg.stop();
    throw error;
  }
}
