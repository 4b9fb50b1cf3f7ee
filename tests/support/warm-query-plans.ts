import { type CypherCatalog, loadCypherCatalog } from '../../src/db/cypher-catalog.ts';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import type { QueryName } from '../../src/db/query-names.ts';

/** What warming the plan cache did. */
export interface WarmUpSummary {
  queries: number;
  /** Queries that could not run with inert parameters; they are planned on first use instead. */
  failed: string[];
  milliseconds: number;
}

// Queries that write, or read the whole graph whatever their parameters: never run to warm a plan.
const NOT_WARMED =
  /^(seed-|document-(delete|rebuild|remaining|remove|load-lock|set-checksums|write-decisions)|documents-without-checksum|graph-stats|graph-has-entities|graph-version-bump|extract-)/;
// Parameters that must be numbers (LIMIT, slices, lengths); 1 keeps every warm-up run tiny.
const COUNTS = new Set(['first', 'limit', 'maxLength', 'periodLength', 'rowLimit']);

/**
 * Runs every read query once with parameters that match nothing (no ids, filters naming no entity, walks starting
 * past the last key), so Neo4j has planned each before the tests start. A list section can take a second to plan
 * on a busy machine, and the first test to ask would otherwise run into the transaction timeout while it does.
 * EXPLAIN would not do: Neo4j does not cache the plans it explains.
 */
export async function warmQueryPlans(gateway: GraphGateway): Promise<WarmUpSummary> {
  const started = performance.now();
  const catalog = await loadCypherCatalog();
  const names = [...catalog.keys()].filter((name) => !NOT_WARMED.test(name)) as QueryName[];
  const failed: string[] = [];
  for (const query of names) {
    try {
      await gateway.read(query, inertParameters(catalog, query));
    } catch (error) {
      failed.push(`${query}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return { queries: names.length, failed, milliseconds: Math.round(performance.now() - started) };
}

/** Parameters under which a query reads nothing: every one null, but for ids, counts, walks and flags. */
function inertParameters(catalog: CypherCatalog, query: QueryName): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const names = new Set([...catalog.get(query)!.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!));
  for (const name of names) {
    if (name === 'ids' || name === 'frontier') params[name] = [];
    else if (COUNTS.has(name) || /_(first|limit)$/.test(name)) params[name] = 1;
    else if (/^want\d+$/.test(name) || name === 'descending' || name === 'withCount' || name === 'includeSubRegions') params[name] = false;
    else if (name === 'walkFrom') params[name] = '\u{10FFFF}';
    else if (name === 'sortKey') params[name] = 'id';
    else if (name === 'query') params[name] = 'warmupmatchesnothing';
    else params[name] = null;
  }
  // A list section starting from a filter needs one to start from; an id no entity has matches nothing.
  for (const filter of ['theme', 'organization', 'document', 'region', 'parent', 'within', 'speaker', 'mentions', 'id', 'from', 'to', 'indicator']) {
    if (filter in params && params[filter] === null) params[filter] = 'warm-up:none';
  }
  return params;
}
