import neo4j from 'neo4j-driver';
import { pageShape } from './answer-shapes.ts';
import type { Operation } from './operation.ts';

const THEME = 'theme:precise-pollution-control';
const REGION = 'region:jiangsu';
const PAGE = 20;

const PERSON_FIELDS = ['id', 'name'] as const;
const STATISTIC_FIELDS = ['id', 'name', 'value', 'unit', 'period'] as const;

/** List pages of issue 13: a filter, an order by name, and pageInfo without totalCount. */
export const LIST_OPERATIONS: readonly Operation[] = [
  {
    name: 'people-by-theme',
    description: `people who discussed 精准治污, by name, first ${PAGE}, with pageInfo`,
    group: 'list',
    ecokg: {
      query: `query PeopleByTheme($theme: ID!, $first: Int!) {
        people(filter: { theme: $theme }, orderBy: { field: NAME, direction: ASC }, first: $first) {
          edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
      variables: { theme: THEME, first: PAGE },
    },
    // The library expresses this one itself: a filter through two relationships, a sort and a cursor page.
    peer: {
      query: `query PeopleByTheme($theme: ID!, $first: Int!) {
        peopleConnection(where: { statements: { some: { themes: { some: { id: { eq: $theme } } } } } },
          sort: [{ name: ASC }, { id: ASC }], first: $first) {
          edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
      variables: { theme: THEME, first: PAGE },
    },
    cypher: {
      statement: `MATCH (:Theme {id: $theme})<-[:ABOUT]-(:Statement)<-[:SAID]-(p:Person)
WITH DISTINCT p ORDER BY p.name, p.id LIMIT $first + 1
WITH collect(p {.id, .name}) AS people
RETURN people[..$first] AS people, size(people) > $first AS hasNextPage`,
      params: { theme: THEME, first: neo4j.int(PAGE) },
    },
    normalize: {
      ecokg: (data) =>
        pageShape(
          data.people.edges.map((e: any) => e.node),
          data.people.pageInfo.hasNextPage,
          PERSON_FIELDS,
        ),
      peer: (data) =>
        pageShape(
          data.peopleConnection.edges.map((e: any) => e.node),
          data.peopleConnection.pageInfo.hasNextPage,
          PERSON_FIELDS,
        ),
      cypher: ([row]) => pageShape(row!.people as any[], row!.hasNextPage as boolean, PERSON_FIELDS),
    },
  },
  {
    name: 'region-statistics',
    description: `statistics of 江苏省 and its sub-regions, by name, first ${PAGE}, with pageInfo`,
    group: 'list',
    ecokg: {
      query: `query RegionStatistics($region: ID!, $first: Int!) {
        statistics(filter: { region: $region }, orderBy: { field: NAME, direction: ASC }, first: $first) {
          edges { node { id name value unit period } } pageInfo { hasNextPage endCursor } } }`,
      variables: { region: REGION, first: PAGE },
    },
    // Sub-regions at any depth are a variable-length path, which the library's filters cannot state: a @cypher
    // field returns the page and one more, as a user of the library would write it, and the extra one says whether
    // more follow.
    peer: {
      query: `query RegionStatistics($region: ID!, $limit: Int!) {
        statisticsOfRegion(region: $region, limit: $limit) { id name value unit period } }`,
      variables: { region: REGION, limit: PAGE + 1 },
    },
    cypher: {
      statement: `MATCH (region:Region {id: $region})
CALL (region) {
  MATCH (place:Region)-[:PART_OF*1..6]->(region)
  RETURN DISTINCT place
  UNION
  RETURN region AS place
}
MATCH (place)<-[:MEASURES]-(s:Statistic)
WITH DISTINCT s ORDER BY s.name, s.id LIMIT $first + 1
WITH collect(s {.id, .name, .value, .unit, .period}) AS statistics
RETURN statistics[..$first] AS statistics, size(statistics) > $first AS hasNextPage`,
      params: { region: REGION, first: neo4j.int(PAGE) },
    },
    normalize: {
      ecokg: (data) =>
        pageShape(
          data.statistics.edges.map((e: any) => e.node),
          data.statistics.pageInfo.hasNextPage,
          STATISTIC_FIELDS,
        ),
      peer: (data) => pageShape(data.statisticsOfRegion.slice(0, PAGE), data.statisticsOfRegion.length > PAGE, STATISTIC_FIELDS),
      cypher: ([row]) => pageShape(row!.statistics as any[], row!.hasNextPage as boolean, STATISTIC_FIELDS),
    },
  },
];
