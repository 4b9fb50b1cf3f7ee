import { readdir, readFile } from 'node:fs/promises';
import { getNamedType, isEnumType, isInputObjectType } from 'graphql';
import neo4j, { type Driver, type Plan, type ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CypherCatalog, loadCypherCatalog } from '../../src/db/cypher-catalog.ts';
import { type CypherFragment, type FragmentCatalog, loadFragmentCatalog, renderFragment, renderReturnedItem } from '../../src/db/cypher-fragments.ts';
import { QUERY_NAMES, type QueryName } from '../../src/db/query-names.ts';
import { compileDocument } from '../../src/graphql/compile/compile-document.ts';
import { filterFieldsOf, LIST_DEFINITIONS } from '../../src/graphql/compile/list-definitions.ts';
import { contractSchema } from '../../src/graphql/type-defs.ts';
import { testConnection } from '../support/test-service.ts';

// Named queries that read the whole graph by design: existence and counts, the reset, the entities an extraction
// resolves against (npm run extract -- --against-graph), and the documents loaded before checksums (a migration).
const NOT_ID_DRIVEN = new Set<QueryName>(['graph-has-entities', 'seed-reset', 'extract-known-entities', 'documents-without-checksum']);

// Operators that read a whole label, every node, or every relationship (of a type). A contains-scan of a text index
// is not one: Neo4j 5's text indexes answer CONTAINS from trigrams, reading only the entries that can match.
const SCAN =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|PartitionedNodeByLabelScan|NodeIndexScan|PartitionedNodeIndexScan|NodeIndexEndsWithScan|(Directed|Undirected)(AllRelationships|RelationshipType)Scan)/;

// Representative parameters: ids of the real report and the lists' defaults (Cypher plans do not depend on values).
const PARAMS: Record<string, unknown> = {
  ids: ['person:li-ganjie'],
  id: 'document:cenews-2020-national-conference',
  first: neo4j.int(20),
  limit: neo4j.int(21),
  rowLimit: neo4j.int(210),
  depth: neo4j.int(2),
  maxLength: neo4j.int(4),
  periodLength: neo4j.int(4),
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
  query: 'li',
  indicator: 'PM2.5浓度',
  region: 'region:hebei',
  period: '2019',
};

let driver: Driver;
let catalog: CypherCatalog;
let fragments: FragmentCatalog;

beforeAll(async () => {
  const { uri, user, password } = testConnection();
  driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  catalog = await loadCypherCatalog();
  fragments = await loadFragmentCatalog();
});
afterAll(async () => {
  await driver.close();
});

/** Every operator of a plan tree, depth first. */
function operators(plan: Plan): Plan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

async function scansOf(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    return operators(result.summary.plan as Plan)
      .map((operator) => operator.operatorType.replace(/@.*$/, ''))
      .filter((type) => SCAN.test(type));
  } finally {
    await session.close();
  }
}

// A rows fragment on its own: from an entity by id when it starts from `this`, as the compiler places it.
function wrapFragment(fragment: CypherFragment): string {
  const use = { rename: (name: string) => name };
  const body = `${renderFragment(fragment, use, fragment.returnAt)}\nRETURN ${renderReturnedItem(fragment, use)} AS item`;
  const fromThis = fragment.tokens.some((token) => token.type === 'word' && token.text === 'this');
  return fromThis
    ? `MATCH (this:Entity {id: $id})\nCALL (this) {\n${body}\n}\nRETURN count(*) AS rows`
    : `CALL () {\n${body}\n}\nRETURN count(*) AS rows`;
}

// A GraphQL value for each kind of filter field, so each list can be compiled starting from each of its filters.
function filterValue(listFilter: string, field: string): string {
  const input = contractSchema.getType(listFilter);
  const type = isInputObjectType(input) ? getNamedType(input.getFields()[field]!.type) : undefined;
  if (type && isEnumType(type)) return type.getValues()[0]!.name;
  const kind = filterFieldsOf({ filterInput: listFilter })[field];
  const values = {
    id: '"theme:precise-pollution-control"',
    ids: '["document:cenews-2020-national-conference"]',
    text: '"li"',
    period: '"2019"',
    date: '"2020-01-01"',
  };
  return values[kind as keyof typeof values] ?? '"x"';
}

// Every way each root list reads a page: each walk, each filter's candidates, and `all`.
const LIST_WAYS = Object.entries(LIST_DEFINITIONS).flatMap(([field, definition]) => {
  const orders = Object.entries(definition.sortKeys);
  const walks = orders
    .filter(([, key]) => key in definition.walkable)
    .flatMap(([order]) =>
      ['ASC', 'DESC'].map((direction) => [
        `${field} by ${order} ${direction}`,
        `{ ${field}(orderBy: { field: ${order}, direction: ${direction} }) { edges { node { id } } } }`,
      ]),
    );
  const filtered = definition.candidates.map(([way, filters]) => [
    `${field} from ${way}`,
    `{ ${field}(filter: { ${filters[0]}: ${filterValue(definition.filterInput, filters[0]!)} }) { totalCount edges { node { id } } } }`,
  ]);
  // Without totalCount a filtered page sorts by the property of its order (lists/pages/).
  const [firstWay, firstFilters] = definition.candidates[0]!;
  const ordered = [
    `${field} from ${firstWay}, without a count`,
    `{ ${field}(filter: { ${firstFilters[0]}: ${filterValue(definition.filterInput, firstFilters[0]!)} }) { edges { node { id } } } }`,
  ];
  const unwalked = orders.find(([, key]) => !(key in definition.walkable));
  const all = unwalked
    ? [[`${field} in an order no index walks`, `{ ${field}(orderBy: { field: ${unwalked[0]}, direction: ASC }) { edges { node { id } } } }`]]
    : [];
  return [...walks, ...filtered, ordered, ...all] as Array<[string, string]>;
});

describe('query plans: lookups start from an index, never from a whole label', () => {
  it.each(QUERY_NAMES.filter((name) => !NOT_ID_DRIVEN.has(name)))('the named query %s', async (query) => {
    expect(await scansOf(catalog.get(query)!, PARAMS), query).toEqual([]);
  });

  it('every rows fragment of cypher/fields, from the entity it is a field of', async () => {
    const rows = [...fragments.values()].filter((fragment) => fragment.kind === 'rows');
    expect(rows.length).toBeGreaterThan(40);
    for (const fragment of rows) {
      const params = Object.fromEntries([...fragment.params].map((name) => [name, PARAMS[name] ?? null]));
      expect(await scansOf(wrapFragment(fragment), { ...params, id: PARAMS.id }), fragment.name).toEqual([]);
    }
  });

  it.each(LIST_WAYS)('the page of %s', async (_way, query) => {
    const compiled = compileDocument({ source: query, catalog: fragments });
    expect(await scansOf(compiled.cypher, compiled.params)).toEqual([]);
  });

  it('the statement of every example question (cypher/generated)', async () => {
    const folder = new URL('../../examples/questions/', import.meta.url);
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.graphql'))) {
      const compiled = compileDocument({ source: await readFile(new URL(file, folder), 'utf8'), catalog: fragments });
      expect(await scansOf(compiled.cypher, compiled.params), file).toEqual([]);
    }
  });

  it('the seed loader writes a relation with as many reads beside 300 reports stating it as beside none', async () => {
    // At 10,000 reports a province's or ministry's relation is stated by thousands: a MERGE read them all, per row.
    const prefix = `plan${Math.random().toString(36).slice(2, 10)}`;
    const [busyFrom, busyTo, quietFrom, quietTo] = [`region:${prefix}-a`, `region:${prefix}-b`, `region:${prefix}-c`, `region:${prefix}-d`];
    const session = driver.session({ database: 'neo4j' });
    const readsOfWriting = async (from: string, to: string) => {
      const tx = session.beginTransaction();
      try {
        const rows = [{ type: 'LOCATED_IN', from, to, properties: { source: `document:${prefix}-new` } }];
        const result = await tx.run(`PROFILE ${catalog.get('seed-create-relationships')}`, { rows });
        expect(Number(result.records[0]?.get('merged'))).toBe(1);
        const dbHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
        return dbHits(result.summary.profile as ProfiledPlan);
      } finally {
        await tx.rollback();
      }
    };
    try {
      await session.run('UNWIND $ids AS id CREATE (:Entity:Region {id: id})', { ids: [busyFrom, busyTo, quietFrom, quietTo] });
      await session.run(
        `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
         UNWIND range(1, 300) AS i CREATE (a)-[:LOCATED_IN {source: $prefix + '-' + i}]->(b)`,
        { from: busyFrom, to: busyTo, prefix: `document:${prefix}` },
      );
      const quiet = await readsOfWriting(quietFrom, quietTo);
      expect(quiet).toBeGreaterThan(0);
      expect(await readsOfWriting(busyFrom, busyTo)).toBe(quiet);
    } finally {
      await session.run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [busyFrom, busyTo, quietFrom, quietTo] });
      await session.close();
    }
  });
});
