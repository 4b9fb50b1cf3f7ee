import { readFileSync } from 'node:fs';
import neo4j, { type Driver, type Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleQuery, type CypherCatalog, loadCypherCatalog } from '../../src/db/cypher-catalog.ts';
import { QUERY_NAMES, type QueryName } from '../../src/db/query-names.ts';
import { testConnection } from '../support/test-service.ts';

// Queries that do not start from ids: existence and counts of the whole graph, the reset, and full-text search.
// Queries that read the whole graph by design: counts, reset, full-text search, the entities an extraction
// resolves against (npm run extract -- --against-graph), and the documents loaded before checksums (a migration).
const NOT_ID_DRIVEN = new Set<QueryName>([
  'graph-has-entities',
  'graph-stats',
  'seed-reset',
  'search-entities',
  'extract-known-entities',
  'documents-without-checksum',
]);

// Operators that read a whole label, every node, or every relationship (of a type). A contains-scan of a text index
// is not one: Neo4j 5's text indexes answer CONTAINS from trigrams, reading only the entries that can match.
const SCAN =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|PartitionedNodeByLabelScan|NodeIndexScan|PartitionedNodeIndexScan|NodeIndexEndsWithScan|(Directed|Undirected)(AllRelationships|RelationshipType)Scan)/;

// Representative parameters: ids of the real report, the lists' defaults, and every filter set to an id, so a
// page query is planned as when a client filters it (Cypher plans do not depend on values, only on the query).
const PARAMS: Record<string, unknown> = {
  ids: ['person:li-ganjie', 'region:hebei', 'theme:precise-pollution-control'],
  id: 'document:cenews-2020-national-conference',
  first: neo4j.int(20),
  limit: neo4j.int(21),
  walk: null,
  walkFrom: '',
  afterKey: null,
  afterId: null,
  withCount: false,
  maxLength: neo4j.int(4),
  theme: 'theme:precise-pollution-control',
  includeSubRegions: true,
  frontier: ['person:li-ganjie', 'organization:mee'],
  from: 'person:li-ganjie',
  to: 'region:hebei',
  rows: [
    {
      id: 'person:li-ganjie',
      label: 'Person',
      type: 'SPEAKS_FOR',
      from: 'person:li-ganjie',
      to: 'organization:mee',
      properties: { source: 'document:x' },
    },
  ],
  documentId: 'document:cenews-2020-national-conference',
  documentIds: ['document:cenews-2020-national-conference'],
  textChecksum: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  url: 'http://www.china-nengyuan.com/exhibition/exhibition_news_151499.html',
  decisions: [],
  unreviewed: null,
  properties: {},
  sortKey: 'name',
  descending: false,
  nameContains: null,
  textContains: null,
  indicatorContains: null,
  kind: null,
  level: null,
  period: null,
  organization: 'organization:mee',
  region: 'region:hebei',
  parent: 'organization:mee',
  within: 'region:china',
  speaker: 'person:li-ganjie',
  mentions: 'organization:mee',
  document: 'document:cenews-2020-national-conference',
};

// The sections of a list query, read from its file as the catalog splits it (the catalog is loaded in beforeAll).
function pageSections(name: string): string[] {
  const text = readFileSync(new URL(`../../cypher/queries/${name}.cypher`, import.meta.url), 'utf8');
  return [...text.matchAll(/^\/\/@candidates ([a-z0-9-]+)$/gm)].map((match) => `${name}@${match[1]}`);
}

let driver: Driver;
let catalog: CypherCatalog;

beforeAll(async () => {
  const { uri, user, password } = testConnection();
  driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  catalog = await loadCypherCatalog();
});
afterAll(async () => {
  await driver.close();
});

/** Every operator of a plan tree, depth first. */
function operators(plan: Plan): Plan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

// A bundle is planned with all its parts, the largest query a lookup can make of it.
function cypherOf(query: QueryName): string {
  const bundle = catalog.bundles.get(query);
  return bundle
    ? bundleQuery(
        bundle,
        bundle.parts.map((_part, index) => index),
      )
    : catalog.get(query)!;
}

async function explain(query: QueryName): Promise<Plan> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`EXPLAIN ${cypherOf(query)}`, PARAMS);
    return result.summary.plan as Plan;
  } finally {
    await session.close();
  }
}

describe('query plans: lookups by id start from the id index', () => {
  // Every runnable query: list queries are one per candidates section (cypher-catalog.ts).
  const idDriven = [...new Set(QUERY_NAMES.flatMap((name) => (name.endsWith('-page') ? pageSections(name) : [name])))].filter(
    (name) => !NOT_ID_DRIVEN.has(name as QueryName),
  ) as QueryName[];

  it.each(idDriven)('%s reads no whole label and no whole relationship store', async (query) => {
    // List pages too: they walk the sort key's index or start from the filter's entity or index (the one branch that
    // reads a whole list, an unfiltered page in an order no index walks, seeks the id index from its start).
    const scans = operators(await explain(query))
      .map((operator) => ({ type: operator.operatorType.replace(/@.*$/, ''), details: String(operator.arguments.Details ?? '') }))
      .filter((operator) => SCAN.test(operator.type));
    expect(scans, `${query} scans instead of seeking by id`).toEqual([]);
  });

  it('the relationship merge of the seed loader expands from the two nodes even on a freshly planned query', async () => {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('CALL db.clearQueryCaches()');
    } finally {
      await session.close();
    }
    const types = operators(await explain('seed-merge-relationships')).map((operator) => operator.operatorType.replace(/@.*$/, ''));
    expect(types).toContain('Expand(Into)');
    expect(types.filter((type) => SCAN.test(type))).toEqual([]);
  });
});
