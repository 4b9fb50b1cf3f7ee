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
