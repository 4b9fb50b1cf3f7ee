import type { LocalPort } from './start-local-neo4j.ts';

/**
 * Reads a local Neo4j port setting (a flag or NEO4J_LOCAL_*_PORT): a port number, or `auto` for one the launcher
 * chooses; throws one line naming the setting otherwise.
 */
export function parseLocalPort(value: string, setting: string): LocalPort {
  if (value === 'auto') return 'auto';
  if (/^\d{1,5}$/.test(value) && Number(value) <= 65535) return Number(value);
  throw new Error(`ecokg-neo4j: ${setting} must be a port number or auto, got '${value}'`);
}

/**
 * The Bolt address of the local Neo4j `npm start` runs, for a command given no NEO4J_URI. With an `auto` port only
 * the running launcher knows its port (npm start prints it), so the command is told to name it.
 */
export function localBoltUri(env: NodeJS.ProcessEnv = process.env): string {
  const port = parseLocalPort(env.NEO4J_LOCAL_BOLT_PORT ?? '7687', 'NEO4J_LOCAL_BOLT_PORT');
  if (port === 'auto') throw new Error("NEO4J_LOCAL_BOLT_PORT is 'auto': set NEO4J_URI to the Bolt address npm start printed");
  return `bolt://127.0.0.1:${port}`;
}
