import neo4j from 'neo4j-driver';
import type { Operation } from './operation.ts';

// 卓明远, a ministry leader the synthetic reports repeat (bench/corpus/vocabulary.ts: chief engineer until 2019,
// vice minister from 2020), in about half of them; the real report does not name him, so at 1× he is unknown.
const RECURRING_PERSON = 'person:synthetic-zhuo-mingyuan';
const ORGANIZATION = 'organization:mee';
// Mid-range of the synthetic reports' dates (2016 to 2024), after the real report (2020-01-13).
const AS_OF = '2020-06-30';
const THEME = 'theme:precise-pollution-control';
// The PM2.5 of a province across reports: the Jiangsu department gives it in about one report in fifty.
const INDICATOR = 'PM2.5平均浓度';
const REGION = 'region:jiangsu';

const positionShape = (p: any) => ({
  organization: { id: p.organization.id, name: p.organization.name },
  title: p.title,
  titleEn: p.titleEn ?? null,
  former: p.former,
  firstSeen: p.firstSeen,
  lastSeen: p.lastSeen,
  sources: p.sources.map((s: any) => ({ publishedAt: s.publishedAt, documentId: s.documentId, excerpt: s.excerpt })),
});

const figureShape = (f: any) => ({
  id: f.id,
  value: f.value,
  unit: f.unit,
  period: f.period ?? null,
  publishedAt: f.publishedAt,
  document: { id: f.document.id, name: f.document.name },
  excerpt: f.excerpt,
});

/** The questions across reports of issue 11: posts over time, who held what as of a date, trends and series. */
export const TIME_OPERATIONS: readonly Operation[] = [
  {
    name: 'positions',
    description: "a recurring official's posts over time, with every report's date and words",
    group: 'time',
    ecokg: {
      query: `query Positions($id: ID!) { person(id: $id) { id name positions {
        organization { id name } title titleEn former firstSeen lastSeen sources { publishedAt evidence { documentId excerpt } } } } }`,
      variables: { id: RECURRING_PERSON },
    },
    peer: {
      query: `query Positions($id: ID!) { people(where: { id: { eq: $id } }) { id name positions {
        organizationId organizationName title titleEn former firstSeen lastSeen sources { publishedAt documentId excerpt } } } }`,
      variables: { id: RECURRING_PERSON },
    },
    cypher: {
      statement: `MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:SPEAKS_FOR]->(o:Organization)
  WITH o, r ORDER BY r.publishedAt, r.source
  WITH o, r.title AS title, collect(r) AS rels
  ORDER BY rels[0].publishedAt, rels[-1].publishedAt, rels[0].source, rels[0].evidenceStart, o.id, title
  RETURN collect({
    organization: o {.id, .name}, title: title, titleEn: rels[-1].titleEn, former: coalesce(rels[-1].former, false),
    firstSeen: rels[0].publishedAt, lastSeen: rels[-1].publishedAt,
    sources: [r IN rels | {publishedAt: r.publishedAt, documentId: r.source, excerpt: r.evidence}]
  })[..100] AS positions
}
RETURN p.id AS id, p.name AS name, positions`,
      params: { id: RECURRING_PERSON },
    },
    normalize: {
      ecokg: (data) =>
        data.person && {
          id: data.person.id,
          name: data.person.name,
          positions: data.person.positions.map((p: any) =>
            positionShape({
              ...p,
              sources: p.sources.map((s: any) => ({ publishedAt: s.publishedAt, documentId: s.evidence.documentId, excerpt: s.evidence.excerpt })),
            }),
          ),
        },
      peer: (data) => {
        const person = data.people[0];
        if (!person) return null;
        const positions = person.positions.map((p: any) => positionShape({ ...p, organization: { id: p.organizationId, name: p.organizationName } }));
        return { id: person.id, name: person.name, positions };
      },
      cypher: ([row]) => (row ? { id: row.id, name: row.name, positions: (row.positions as any[]).map(positionShape) } : null),
    },
  },
  {
    name: 'members-as-of',
    description: `who held which post at 生态环境部 as of ${AS_OF}`,
    group: 'time',
    ecokg: {
      query: `query Members($id: ID!, $asOf: Date!) { organization(id: $id) { id name
        members(asOf: $asOf) { person { id name } title former } } }`,
      variables: { id: ORGANIZATION, asOf: AS_OF },
    },
    peer: {
      query: `query Members($id: ID!, $asOf: String!) { organizations(where: { id: { eq: $id } }) { id name
        members(asOf: $asOf) { personId personName title former } } }`,
      variables: { id: ORGANIZATION, asOf: AS_OF },
    },
    cypher: {
      // For each person, the latest report at or before the date that gives them any post decides: their posts
      // here in that report, unless it gives them as former; most recently reported first.
      statement: `MATCH (o:Organization {id: $id})
CALL (o) {
  MATCH (o)<-[:SPEAKS_FOR]-(p:Person)
  WITH DISTINCT p
  CALL (o, p) {
    MATCH (p)-[post:SPEAKS_FOR]->(:Organization)
    WHERE post.publishedAt <= $asOf
    WITH max(post.publishedAt) AS latest
    MATCH (p)-[r:SPEAKS_FOR]->(o)
    WHERE r.publishedAt = latest AND NOT coalesce(r.former, false)
    RETURN r
  }
  WITH p, r ORDER BY r.publishedAt DESC, r.source
  WITH p, r.title AS title, collect(r) AS rels
  ORDER BY rels[0].publishedAt DESC, rels[0].source, rels[0].evidenceStart, p.id, title
  RETURN collect({person: p {.id, .name}, title: title, former: coalesce(rels[0].former, false)})[..20] AS members
}
RETURN o.id AS id, o.name AS name, members`,
      params: { id: ORGANIZATION, asOf: AS_OF },
    },
    normalize: {
      ecokg: (data) => ({
        id: data.organization.id,
        name: data.organization.name,
        members: data.organization.members.map((m: any) => ({ id: m.person.id, name: m.person.name, title: m.title, former: m.former })),
      }),
      peer: (data) => ({
        id: data.organizations[0].id,
        name: data.organizations[0].name,
        members: data.organizations[0].members.map((m: any) => ({ id: m.personId, name: m.personName, title: m.title, former: m.former })),
      }),
      cypher: ([row]) => ({
        id: row!.id,
        name: row!.name,
        members: (row!.members as any[]).map((m) => ({ id: m.person.id, name: m.person.name, title: m.title, former: m.former })),
      }),
    },
  },
  {
    name: 'theme-trend',
    description: '精准治污 year by year: statements, reports and speakers',
    group: 'time',
    ecokg: {
      query: 'query Trend($id: ID!) { theme(id: $id) { id name trend(by: YEAR) { period statements documents speakers } } }',
      variables: { id: THEME },
    },
    peer: {
      query: 'query Trend($id: ID!) { themes(where: { id: { eq: $id } }) { id name trendByYear { period statements documents speakers } } }',
      variables: { id: THEME },
    },
    cypher: {
      // One pass over the theme's reports and one over its statements, joined by year; only years a report of which
      // names the theme, as ecokg counts them.
      statement: `MATCH (t:Theme {id: $id})
CALL (t) {
  MATCH (t)-[src:SOURCE]->(:Document)
  WITH left(src.publishedAt, 4) AS period, count(*) AS documents
  RETURN collect({period: period, documents: documents}) AS reports
}
CALL (t) {
  MATCH (t)<-[:ABOUT]-(s:Statement)
  OPTIONAL MATCH (s)<-[:SAID]-(speaker:Person)
  WITH left(s.publishedAt, 4) AS period, count(DISTINCT s) AS statements, count(DISTINCT speaker) AS speakers
  RETURN collect({period: period, statements: statements, speakers: speakers}) AS said
}
UNWIND reports AS report
WITH t, report, [x IN said WHERE x.period = report.period][0] AS words
WITH t, report, words ORDER BY report.period
RETURN t.id AS id, t.name AS name, collect({
  period: report.period, statements: coalesce(words.statements, 0), documents: report.documents, speakers: coalesce(words.speakers, 0)
}) AS trend`,
      params: { id: THEME },
    },
    normalize: {
      ecokg: (data) => ({ id: data.theme.id, name: data.theme.name, trend: data.theme.trend }),
      peer: (data) => ({ id: data.themes[0].id, name: data.themes[0].name, trend: data.themes[0].trendByYear }),
      cypher: ([row]) => ({ id: row!.id, name: row!.name, trend: row!.trend }),
    },
  },
  {
    name: 'statistic-series',
    description: `${INDICATOR} of 江苏省 across reports, in period order, with each report and its words`,
    group: 'time',
    ecokg: {
      query: `query Series($indicator: String!, $region: ID!) { statisticSeries(indicator: $indicator, region: $region) {
        statistic { id } value unit period publishedAt document { id name } evidence { excerpt } } }`,
      variables: { indicator: INDICATOR, region: REGION },
    },
    peer: {
      query: `query Series($indicator: String!, $region: ID!, $first: Int!) { statisticSeries(indicator: $indicator, region: $region, first: $first) {
        id value unit period publishedAt evidence documents { id name } } }`,
      variables: { indicator: INDICATOR, region: REGION, first: 100 },
    },
    cypher: {
      statement: `MATCH (region:Region {id: $region})<-[:MEASURES]-(s:Statistic)
WHERE toLower(s.indicator) = toLower($indicator) OR toLower(s.indicatorEn) = toLower($indicator) OR $indicator IN coalesce(s.aliases, [])
WITH DISTINCT s ORDER BY s.period IS NULL, s.period, s.publishedAt, s.source, s.evidenceStart LIMIT $first
RETURN s.id AS id, s.value AS value, s.unit AS unit, s.period AS period, s.publishedAt AS publishedAt,
  [(s)-[:SOURCE]->(d:Document) | d {.id, .name}][0] AS document, s.evidence AS excerpt`,
      params: { indicator: INDICATOR, region: REGION, first: neo4j.int(100) },
    },
    normalize: {
      ecokg: (data) => data.statisticSeries.map((f: any) => figureShape({ ...f, id: f.statistic.id, excerpt: f.evidence.excerpt })),
      peer: (data) => data.statisticSeries.map((s: any) => figureShape({ ...s, document: s.documents[0], excerpt: s.evidence })),
      cypher: (rows) => rows.map(figureShape),
    },
  },
];
