import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { buildSearchQuery } from '../../src/search/build-search-query.ts';
import { personShape, regionShape, subgraphShape, themeShape } from './answer-shapes.ts';
import type { Operation } from './operation.ts';

// Entities of the real report, so the same question is asked at every scale; at 1,000× they have gained the
// relations of other documents (the Nanjing bureau, Jiangsu and 精准治污 are shared with synthetic reports).
const PERSON = 'person:qian-feng';
const SPEAKER = 'person:lao-xinxiang';
const THEME = 'theme:precise-pollution-control';
const REGION = 'region:jiangsu';
const SEARCH_TEXT = '精准治污';
const NEIGHBORHOOD_LIMIT = 100;

const NEIGHBORHOOD_CYPHER = readFileSync(new URL('./neighborhood-depth-2.cypher', import.meta.url), 'utf8');

// "Report order" everywhere below is ecokg's: (publishedAt, source, evidenceStart), oldest report first; a relation
// stated by several reports is placed by the first of them.

/** Lookups by id with their relation lists, full-text search and a neighborhood: the questions of issue 6. */
export const ENTITY_OPERATIONS: readonly Operation[] = [
  {
    name: 'lookup',
    description: 'a person by id',
    group: 'entity',
    ecokg: { query: 'query Lookup($id: ID!) { person(id: $id) { id name nameEn pinyin aliases } }', variables: { id: PERSON } },
    peer: { query: 'query Lookup($id: ID!) { people(where: { id: { eq: $id } }) { id name nameEn pinyin aliases } }', variables: { id: PERSON } },
    cypher: { statement: 'MATCH (p:Person {id: $id}) RETURN p {.id, .name, .nameEn, .pinyin, .aliases} AS person', params: { id: PERSON } },
    normalize: {
      ecokg: (data) => data.person,
      peer: (data) => data.people[0] ?? null,
      cypher: (rows) => rows[0]?.person ?? null,
    },
  },
  {
    name: 'person',
    description: 'a person with organizations, themes (with statements) and statements',
    group: 'entity',
    ecokg: {
      query: `query Person($id: ID!) { person(id: $id) { id name
        organizations { title organization { id name } }
        themes { theme { id name } statements { id text } }
        statements { id text } } }`,
      variables: { id: SPEAKER },
    },
    peer: {
      query: `query Person($id: ID!) { people(where: { id: { eq: $id } }) { id name
        organizationsConnection(sort: [{ edge: { publishedAt: DESC } }, { edge: { source: ASC } }], first: 20) {
          edges { properties { title } node { id name } } }
        discussedThemes { id name statementsBy(person: $id) { id text } }
        statements(sort: [{ publishedAt: ASC }, { source: ASC }, { evidenceStart: ASC }], limit: 20) { id text } } }`,
      variables: { id: SPEAKER },
    },
    cypher: {
      // Organizations: one row per organization and title, the most recently reported first.
      statement: `MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:SPEAKS_FOR]->(o:Organization)
  WITH o, r ORDER BY r.publishedAt DESC, r.source
  WITH o, r.title AS title, collect(r) AS rels
  ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, o.id, title
  RETURN collect({title: title, organization: o {.id, .name}})[..20] AS organizations
}
CALL (p) {
  MATCH (p)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Theme)
  WITH t, s ORDER BY s.publishedAt, s.source, s.evidenceStart
  WITH t, collect(s {.id, .text}) AS statements ORDER BY size(statements) DESC, t.name
  RETURN collect({theme: t {.id, .name}, statements: statements[..20]})[..20] AS themes
}
CALL (p) {
  MATCH (p)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.publishedAt, s.source, s.evidenceStart
  RETURN collect(s {.id, .text})[..20] AS statements
}
RETURN p.id AS id, p.name AS name, organizations, themes, statements`,
      params: { id: SPEAKER },
    },
    normalize: {
      ecokg: (data) =>
        personShape(
          data.person.id,
          data.person.name,
          data.person.organizations.map((m: any) => ({ title: m.title, ...m.organization })),
          data.person.themes.map((d: any) => ({ ...d.theme, statements: d.statements })),
          data.person.statements,
        ),
      peer: (data) => {
        const p = data.people[0];
        return personShape(
          p.id,
          p.name,
          p.organizationsConnection.edges.map((e: any) => ({ title: e.properties.title, ...e.node })),
          p.discussedThemes.map((t: any) => ({ id: t.id, name: t.name, statements: t.statementsBy })),
          p.statements,
        );
      },
      cypher: ([row]) =>
        personShape(
          row!.id as string,
          row!.name as string,
          (row!.organizations as any[]).map((m) => ({ title: m.title, ...m.organization })),
          (row!.themes as any[]).map((d) => ({ ...d.theme, statements: d.statements })),
          row!.statements as any[],
        ),
    },
  },
  {
    name: 'theme',
    description: 'a theme with the people who discussed it and their statements on it',
    group: 'entity',
    ecokg: {
      query: 'query Theme($id: ID!) { theme(id: $id) { id name discussedBy { person { id name } statements { id text } } } }',
      variables: { id: THEME },
    },
    peer: {
      query: `query Theme($id: ID!) { themes(where: { id: { eq: $id } }) { id name
        discussants { id name statements(where: { themes: { some: { id: { eq: $id } } } },
          sort: [{ publishedAt: ASC }, { source: ASC }, { evidenceStart: ASC }], limit: 20) { id text } } } }`,
      variables: { id: THEME },
    },
    cypher: {
      statement: `MATCH (t:Theme {id: $id})
CALL (t) {
  MATCH (t)<-[:ABOUT]-(s:Statement)<-[:SAID]-(p:Person)
  WITH p, s ORDER BY s.publishedAt, s.source, s.evidenceStart
  WITH p, collect(s) AS statements ORDER BY statements[0].publishedAt, statements[0].source, statements[0].evidenceStart
  RETURN collect({person: p {.id, .name}, statements: [s IN statements[..20] | s {.id, .text}]})[..20] AS discussedBy
}
RETURN t.id AS id, t.name AS name, discussedBy`,
      params: { id: THEME },
    },
    normalize: {
      ecokg: (data) =>
        themeShape(
          data.theme.id,
          data.theme.name,
          data.theme.discussedBy.map((d: any) => ({ ...d.person, statements: d.statements })),
        ),
      peer: (data) =>
        themeShape(
          data.themes[0].id,
          data.themes[0].name,
          data.themes[0].discussants.map((p: any) => ({ id: p.id, name: p.name, statements: p.statements })),
        ),
      cypher: ([row]) =>
        themeShape(
          row!.id as string,
          row!.name as string,
          (row!.discussedBy as any[]).map((d) => ({ ...d.person, statements: d.statements })),
        ),
    },
  },
  {
    name: 'region',
    description: 'a region with its sub-regions, policies and statistics',
    group: 'entity',
    ecokg: {
      query: `query Region($id: ID!) { region(id: $id) { id name
        subRegions { region { id name } } policies { policy { id name } } statistics { statistic { id name value unit } } } }`,
      variables: { id: REGION },
    },
    peer: {
      query: `query Region($id: ID!) { regions(where: { id: { eq: $id } }) { id name
        subRegions { id name } policies { id name }
        statistics(sort: [{ publishedAt: ASC }, { source: ASC }, { evidenceStart: ASC }], limit: 20) { id name value unit } } }`,
      variables: { id: REGION },
    },
    cypher: {
      // A policy implemented by several reports is placed by the first report that states it.
      statement: `MATCH (g:Region {id: $id})
CALL (g) {
  MATCH (g)<-[:PART_OF]-(sub:Region)
  WITH DISTINCT sub ORDER BY sub.name
  RETURN collect(sub {.id, .name})[..20] AS subRegions
}
CALL (g) {
  CALL (g) {
    MATCH (g)-[r:IMPLEMENTS]->(p:Policy)
    RETURN g AS implementer, r, p
    UNION
    MATCH (g)<-[:HAS_JURISDICTION]-(implementer:Organization)-[r:IMPLEMENTS]->(p:Policy)
    RETURN implementer, r, p
  }
  WITH implementer, p, min([r.publishedAt, r.source, r.evidenceStart]) AS first
  ORDER BY first
  RETURN collect(p {.id, .name})[..20] AS policies
}
CALL (g) {
  MATCH (g)<-[:MEASURES]-(s:Statistic)
  WITH DISTINCT s ORDER BY s.publishedAt, s.source, s.evidenceStart
  RETURN collect(s {.id, .name, .value, .unit})[..20] AS statistics
}
RETURN g.id AS id, g.name AS name, subRegions, policies, statistics`,
      params: { id: REGION },
    },
    normalize: {
      ecokg: (data) =>
        regionShape(
          data.region.id,
          data.region.name,
          data.region.subRegions.map((l: any) => l.region),
          data.region.policies.map((i: any) => i.policy),
          data.region.statistics.map((m: any) => m.statistic),
        ),
      peer: (data) =>
        regionShape(data.regions[0].id, data.regions[0].name, data.regions[0].subRegions, data.regions[0].policies, data.regions[0].statistics),
      cypher: ([row]) =>
        regionShape(row!.id as string, row!.name as string, row!.subRegions as any[], row!.policies as any[], row!.statistics as any[]),
    },
  },
  {
    name: 'search',
    description: `full-text search for ${SEARCH_TEXT}, first 10`,
    group: 'entity',
    ecokg: {
      query: 'query Search($text: String!) { search(text: $text, first: 10) { score entity { id name } } }',
      variables: { text: SEARCH_TEXT },
    },
    peer: {
      query: 'query Search($query: String!) { search(query: $query, first: 10) { id name score } }',
      variables: { query: buildSearchQuery(SEARCH_TEXT) },
    },
    cypher: {
      statement: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, score ORDER BY score DESC, node.id LIMIT 10`,
      params: { query: buildSearchQuery(SEARCH_TEXT) },
    },
    normalize: {
      ecokg: (data) => data.search.map((hit: any) => ({ id: hit.entity.id, name: hit.entity.name })),
      peer: (data) => data.search.map((hit: any) => ({ id: hit.id, name: hit.name })),
      cypher: (rows) => rows.map((row) => ({ id: row.id, name: row.name })),
    },
  },
  {
    name: 'neighborhood',
    description: `the neighborhood of depth 2 of a person, at most ${NEIGHBORHOOD_LIMIT} nodes`,
    group: 'entity',
    ecokg: {
      query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) { truncated nodes { id label distance } edges { id type from to } } }`,
      variables: { id: PERSON },
    },
    peer: {
      query: `query Neighborhood($id: ID!) { neighborhood(id: $id, limit: ${NEIGHBORHOOD_LIMIT}) { truncated nodes { id label distance } edges { id type from to } } }`,
      variables: { id: PERSON },
    },
    cypher: {
      statement: NEIGHBORHOOD_CYPHER,
      params: { id: PERSON, limit: neo4j.int(NEIGHBORHOOD_LIMIT), rowLimit: neo4j.int(NEIGHBORHOOD_LIMIT * 10) },
    },
    normalize: {
      ecokg: (data) => subgraphShape(data.neighborhood),
      peer: (data) => subgraphShape(data.neighborhood),
      cypher: ([row]) => subgraphShape(row!.subgraph as any),
    },
  },
];
