/**
 * `npm run neo4j`: runs the local Neo4j in the foreground until Ctrl-C or SIGTERM.
 *
 * Flags (each falls back to an environment variable, then a default):
 *   --data-dir DIR   store and logs; default .ecokg/neo4j under the project root
 *   --bolt-port N    NEO4J_LOCAL_BOLT_PORT, 7687; auto lets the launcher choose a free one
 *   --http-port N    NEO4J_LOCAL_HTTP_PORT, 7474; 0 turns Neo4j Browser off, auto as for Bolt
 * NEO4J_PASSWORD, NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGE_CACHE and NEO4J_LOCAL_TX_MAX are read as documented in
 * neo4j-local/README.md. Progress goes to stdout; a failure is one line on stderr and a non-zero exit code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseLocalPort } from './parse-local-port.ts';
import { startLocalNeo4j } from './start-local-neo4j.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'bolt-port': { type: 'string' },
      'http-port': { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? path.join(PROJECT_ROOT, '.ecokg', 'neo4j'));
  const boltPort = parseLocalPort(values['bolt-port'] ?? process.env.NEO4J_LOCAL_BOLT_PORT ?? '7687', '--bolt-port (or NEO4J_LOCAL_BOLT_PORT)');
  const httpPort = parseLocalPort(values['http-port'] ?? process.env.NEO4J_LOCAL_HTTP_PORT ?? '7474', '--http-port (or NEO4J_LOCAL_HTTP_PORT)');

  console.log(`ecokg-neo4j data folder ${dataDir}`);
  const neo4j = await startLocalNeo4j({ dataDir, boltPort, httpPort, log: (line) => console.log(line) });
  console.log(`ecokg-neo4j ready ${neo4j.boltUri} browser=${neo4j.browserUrl ?? 'off'}`);

  let stopRequested = false;
  const stop = (): void => {
    stopRequested = true;
    void neo4j.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const { code, signal } = await neo4j.exited;
  if (!stopRequested) {
    const logFile = path.join(dataDir, 'logs', 'debug.log');
    fail(`ecokg-neo4j: Neo4j exited unexpectedly (${signal ?? `code ${code}`}); see ${logFile}`);
  }
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

main().catch((error: unknown) => {
  // startLocalNeo4j's errors are already complete lines; others (e.g. an unknown flag from parseArgs) get the prefix.
  const message = error instanceof Error ? error.message : String(error);
  fail(message.startsWith('ecokg-neo4j: ') ? message : `ecokg-neo4j: ${message}`);
});
