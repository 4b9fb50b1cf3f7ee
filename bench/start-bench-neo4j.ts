import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from '../src/db/create-gateway.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../src/neo4j-local/start-local-neo4j.ts';

/** The bench's own Neo4j: its own data folder and port, never the development or test database. */
export interface BenchNeo4j {
  connection: Neo4jConnection;
  neo4j: LocalNeo4j;
}

/** Where the bench's Neo4j keeps its store (git-ignored). */
export const BENCH_NEO4J_DIR = fileURLToPath(new URL('./.neo4j/', import.meta.url));
const PASSWORD = 'ecokg-bench-password';

/**
 * Starts Neo4j 5.26 through the project's launcher on bolt 37687 (BENCH_NEO4J_BOLT_PORT to change it) with a
 * 2 GB heap and a 2 GB page cache, enough to hold the whole 1,000× store in memory, so queries read no disk.
 */
export async function startBenchNeo4j(log: (line: string) => void, options: { dataDir?: string } = {}): Promise<BenchNeo4j> {
  process.env.NEO4J_LOCAL_PAGE_CACHE ??= '2g';
  const boltPort = Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 37687);
  const dataDir = options.dataDir ?? BENCH_NEO4J_DIR;
  const neo4j = await startLocalNeo4j({ dataDir, boltPort, httpPort: null, password: PASSWORD, heap: '2g', log });
  return { connection: { uri: neo4j.boltUri, user: 'neo4j', password: PASSWORD }, neo4j };
}
