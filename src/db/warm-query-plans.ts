import type { GraphGateway } from './graph-gateway.ts';
import type { QueryName } from './query-names.ts';

/** What warming the plan cache did. */
export interface WarmUpSummary {
  queries: number;
  failed: number;
  milliseconds: number;
}

// Queries that write, or read the whole graph whatever their parameters: never run to warm a plan.
const NOT_WARMED = /^(seed-|document-(delete|rebuild|remaining|remove)|graph-stats|graph-has-entities|extract-)/;
// Parameters that must be numbers (LIMIT, slices, lengths); 1 keeps every warm-up run tiny.
const COUNTS = new Set(['first', 'limit', 'maxLength', 'periodLength', 'rowLimit']);

/**
 * Runs every read query once with parameters that match nothing (no ids, filters naming no entity, walks starting
 * past the last key), so Neo4j plans each while nobody waits for it. A list or bundle query can take a second or
 * more to plan the first time; planned here, a user's first question does not pay for it. EXPLAIN would not do:
 * Neo4j does not cache the plans it explains. Runs one query at a time, so answering requests always comes first.
 */
export async function warmQueryPlans(gateway: GraphGateway, options: { names?: readonly string[] } = {}): Promise<WarmUpSummary> {
  const started = performance.now();
  const names = (options.names ?? gateway.queryNames()).filter((name) => !NOT_WARMED.test(name)) as QueryName[];
  let failed = 0;
  for (const query of names) {
    try {
      await gateway.read(query, inertParameters(gateway, query));
    } catch {
      // A query that cannot run now (the database went away) is planned on first use instead.
      failed += 1;
    }
  }
  return { queries: names.length, failed, milliseconds: Math.round(performance.now() - started) };
}

/** Parameters under which a query reads nothing: every one null, but for ids, counts, walks and flags. */
function inertParameters(gateway: GraphGateway, query: QueryName): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const name of gateway.parameterNames(query)) {
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
