import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { type LoadedFixtures, loadFixtureReports } from '../support/fixture-reports.ts';
import { snapshotDocument } from '../support/graph-snapshot.ts';
import { createTestGateway, startTestService, type TestService } from '../support/test-service.ts';

// The two team-written 东岚 reports one year apart (tests/fixtures/reports/README.md): 周启航 is 副厅长 of the
// provincial department in the 2021 report and 厅长 in the 2022 one; 陆文博 moves from 临溪市生态环境局 (局长) to the
// department (副厅长); 韩立军 is 原厅长 in 2022. The 2022 report discusses 精准治污, a theme the seed report has too.
const SEED_DOCUMENT = 'document:cenews-2020-national-conference';
let gateway: GraphGateway;
let api: TestService;
let fixtures: LoadedFixtures;
let seedBefore: Awaited<ReturnType<typeof snapshotDocument>>;

beforeAll(async () => {
  gateway = await createTestGateway();
  seedBefore = await snapshotDocument(SEED_DOCUMENT);
  fixtures = await loadFixtureReports(gateway, ['donglan-2021-environment-bulletin', 'donglan-2022-environment-bulletin']);
  api = await startTestService();
});

let removed = false;
afterAll(async () => {
  await api.stop();
  if (!removed) await fixtures.remove();
  await gateway.close();
});

const id = (fixtureId: string) => fixtures.id(fixtureId);
const report2021 = () => fixtures.documentIds[0]!;
const report2022 = () => fixtures.documentIds[1]!;
const department = () => id('organization:donglan-department-of-ecology-and-environment');

describe('documents carry time and kind', () => {
  it('gives each report its date, kind and publisher, and lists them by date', async () => {
    const { data, errors } = await api.graphql<{ documents: { edges: Array<{ node: Record<string, unknown> }> } }>(
      gql`
        query DonglanReports($from: Date!) {
          documents(filter: { publisher: "东岚日报", from: $from }, orderBy: { field: PUBLISHED_AT, direction: ASC }) {
            edges {
              node {
                id
                publishedAt
                kind
                publisher
              }
            }
          }
        }
      `,
      { from: '2021-01-01' },
    );
    expect(errors).toBeUndefined();
    expect(data!.documents.edges.map((edge) => edge.node).filter((node) => fixtures.documentIds.includes(node.id as string))).toEqual([
      { id: report2021(), publishedAt: '2021-06-04', kind: 'NEWS_REPORT', publisher: '东岚日报' },
      { id: report2022(), publishedAt: '2022-06-02', kind: 'NEWS_REPORT', publisher: '东岚日报' },
    ]);
  });

  it('dates the seed report by its text: published 2020-01-13, on the conference of 2020-01-12', async () => {
    const { data } = await api.graphql<{ document: Record<string, unknown> }>(
      gql`
        {
          document(id: "document:cenews-2020-national-conference") {
            publishedAt
            eventDate
            kind
            publisher
          }
        }
      `,
    );
    expect(data!.document).toEqual({ publishedAt: '2020-01-13', eventDate: '2020-01-12', kind: 'NEWS_REPORT', publisher: '中国环境报' });
  });
});

describe('positions over time', () => {
  it('shows both of 周启航’s titles at the department, each with its dates and the words of its report', async () => {
    const { data, errors } = await api.graphql<{
      person: {
        positions: Array<{
          organization: { name: string };
          title: string;
          former: boolean;
          firstSeen: string;
          lastSeen: string;
          sources: Array<{ publishedAt: string; document: { id: string }; evidence: { excerpt: string } }>;
        }>;
      };
    }>(
      gql`
        query Positions($id: ID!) {
          person(id: $id) {
            positions {
              organization {
                name
              }
              title
              former
              firstSeen
              lastSeen
              sources {
                publishedAt
                document {
                  id
                }
                evidence {
                  excerpt
                }
              }
            }
          }
        }
      `,
      { id: id('person:zhou-qihang') },
    );
    expect(errors).toBeUndefined();
    const positions = data!.person.positions;
    expect(positions.map(({ organization, title, former, firstSeen, lastSeen }) => [organization.name, title, former, firstSeen, lastSeen])).toEqual([
      ['东岚省生态环境厅', '副厅长', false, '2021-06-04', '2021-06-04'],
      ['东岚省生态环境厅', '厅长', false, '2022-06-02', '2022-06-02'],
      ['省生态环境厅党组', '党组书记', false, '2022-06-02', '2022-06-02'],
    ]);
    expect(positions[0]!.sources).toEqual([
      { publishedAt: '2021-06-04', document: { id: report2021() }, evidence: { excerpt: expect.stringContaining('副厅长周启航') } },
    ]);
    expect(positions[1]!.sources[0]!.document.id).toBe(report2022());
  });

  it('keeps a former post marked: 陆文博 was 局长 of 临溪市生态环境局 until the 2022 report named him 原局长 there', async () => {
    const { data } = await api.graphql<{
      person: { positions: Array<{ organization: { name: string }; title: string; former: boolean; lastSeen: string }> };
    }>(
      gql`
        query Positions($id: ID!) {
          person(id: $id) {
            positions {
              organization {
                name
              }
              title
              former
              lastSeen
            }
          }
        }
      `,
      { id: id('person:lu-wenbo') },
    );
    expect(data!.person.positions).toEqual([
      { organization: { name: '临溪市生态环境局' }, title: '局长', former: true, lastSeen: '2022-06-02' },
      { organization: { name: '东岚省生态环境厅' }, title: '副厅长', former: false, lastSeen: '2022-06-02' },
    ]);
  });

  it('answers who held which title at the department as of a date on each side of the change', async () => {
    const members = async (asOf: string | null) => {
      const { data, errors } = await api.graphql<{ organization: { members: Array<{ person: { name: string }; title: string }> } }>(
        gql`
          query Members($id: ID!, $asOf: Date) {
            organization(id: $id) {
              members(asOf: $asOf) {
                person {
                  name
                }
                title
              }
            }
          }
        `,
        { id: department(), asOf },
      );
      expect(errors).toBeUndefined();
      return data!.organization.members.map((member) => `${member.person.name} ${member.title}`).sort();
    };
    expect(await members('2021-12-31')).toEqual(['周启航 副厅长', '韩立军 厅长']);
    expect(await members('2022-12-31')).toEqual(['周启航 厅长', '陆文博 副厅长']);
    // Before any report there was no one to name; without asOf, every post of every report.
    expect(await members('2019-01-01')).toEqual([]);
    expect(await members(null)).toEqual(['周启航 副厅长', '周启航 厅长', '陆文博 副厅长', '韩立军 厅长']);
  });

  it('lists a person’s organizations newest first', async () => {
    const { data } = await api.graphql<{ person: { organizations: Array<{ organization: { name: string }; title: string }> } }>(
      gql`
        query Organizations($id: ID!) {
          person(id: $id) {
            organizations {
              organization {
                name
              }
              title
            }
          }
        }
      `,
      { id: id('person:han-lijun') },
    );
    // 2022 (原厅长) first, then the 2021 posts.
    expect(data!.person.organizations[0]).toEqual({ organization: { name: '东岚省生态环境厅' }, title: '厅长' });
    expect(data!.person.organizations.map((row) => row.title).sort()).toEqual(['党组书记', '厅长']);
  });
});

describe('scoping by time', () => {
  const discussants = gql`
    query Discussants($from: Date, $to: Date, $documents: [ID!]) {
      theme(id: "theme:precise-pollution-control") {
        discussedBy(from: $from, to: $to, documents: $documents) {
          person {
            name
          }
          statements {
            text
          }
        }
      }
    }
  `;
  type Discussants = { theme: { discussedBy: Array<{ person: { name: string }; statements: Array<{ text: string }> }> } };

  it('answers who discussed 精准治污 in 2022 (周启航, twice) and in 2020 (the seed report’s officials) in one query each', async () => {
    const in2022 = await api.graphql<Discussants>(discussants, { from: '2022-01-01', to: '2022-12-31' });
    expect(in2022.errors).toBeUndefined();
    expect(in2022.data!.theme.discussedBy.map((row) => [row.person.name, row.statements.length])).toEqual([['周启航', 2]]);
    const in2020 = await api.graphql<Discussants>(discussants, { from: '2020-01-01', to: '2020-12-31' });
    expect(in2020.data!.theme.discussedBy.map((row) => row.person.name)).toEqual(['李干杰', '钱锋', '霍传林', '付朝阳']);
    const byDocument = await api.graphql<Discussants>(discussants, { documents: [report2022()] });
    expect(byDocument.data!.theme.discussedBy.map((row) => row.person.name)).toEqual(['周启航']);
  });

  it('scopes the people list the same way', async () => {
    const { data } = await api.graphql<{ people: { edges: Array<{ node: { name: string } }> } }>(
      gql`
        {
          people(filter: { theme: "theme:precise-pollution-control", from: "2022-01-01" }) {
            edges {
              node {
                name
              }
            }
          }
        }
      `,
    );
    expect(data!.people.edges.map((edge) => edge.node.name)).toEqual(['周启航']);
  });

  it('refuses a period that ends before it starts, and an empty list of documents, saying what is allowed', async () => {
    const backwards = await api.graphql(discussants, { from: '2022-01-01', to: '2021-01-01' });
    expect(backwards.errors![0]).toMatchObject({
      message: 'from must not be after to, got from 2022-01-01 and to 2021-01-01',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const none = await api.graphql(discussants, { documents: [] });
    expect(none.errors![0]).toMatchObject({ message: 'documents must name 1 to 100 documents, got 0', extensions: { code: 'BAD_USER_INPUT' } });
    const notADay = await api.graphql(discussants, { from: '2022-02-30' });
    expect(notADay.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(notADay.errors![0]!.message).toContain('2022-02-30');
  });
});

describe('report order', () => {
  // Neo4j walks a node's relationships newest first, so a list that is not sorted by the reports' dates shows the
  // report loaded last first: these reports are loaded in date order to catch that.
  it('lists the evidence of a fact both reports state earliest report first', async () => {
    const { data, errors } = await api.graphql<{
      region: { policies: Array<{ policy: { name: string }; evidence: Array<{ excerpt: string; document: { publishedAt: string } }> }> };
    }>(
      gql`
        query BeiyuPolicies($id: ID!) {
          region(id: $id) {
            policies {
              policy {
                name
              }
              evidence {
                excerpt
                document {
                  publishedAt
                }
              }
            }
          }
        }
      `,
      { id: id('region:beiyu') },
    );
    expect(errors).toBeUndefined();
    const grid = data!.region.policies.find((row) => row.policy.name === '大气污染防治网格化管理');
    expect(grid?.evidence.map((evidence) => evidence.document.publishedAt)).toEqual(['2021-06-04', '2022-06-02']);
    expect(grid?.evidence[0]?.excerpt).toBe('北屿市近年来推行大气污染防治网格化管理');
  });
});

describe('trends', () => {
  it('counts 精准治污 year by year: the seed report in 2020, the 2022 东岚 report, nothing in 2021', async () => {
    const { data, errors } = await api.graphql<{ theme: { trend: Array<Record<string, unknown>> } }>(
      gql`
        {
          theme(id: "theme:precise-pollution-control") {
            trend(by: YEAR) {
              period
              documents
              statements
              speakers
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data!.theme.trend).toEqual([
      { period: '2020', documents: 1, statements: 5, speakers: 4 },
      { period: '2022', documents: 1, statements: 2, speakers: 1 },
    ]);
  });

  it('follows 东岚省’s PM2.5 across both reports, measured values only, each with its evidence', async () => {
    const { data, errors } = await api.graphql<{
      statisticSeries: Array<{
        period: string;
        value: number;
        unit: string;
        publishedAt: string;
        evidence: { excerpt: string };
        document: { id: string };
      }>;
    }>(
      gql`
        query Series($region: ID!) {
          statisticSeries(indicator: "PM2.5浓度", region: $region) {
            period
            value
            unit
            publishedAt
            evidence {
              excerpt
            }
            document {
              id
            }
          }
        }
      `,
      { region: id('region:donglan') },
    );
    expect(errors).toBeUndefined();
    expect(data!.statisticSeries.map(({ period, value, unit, publishedAt }) => [period, value, unit, publishedAt])).toEqual([
      ['2020', 38, '微克/立方米', '2021-06-04'],
      ['2021', 34, '微克/立方米', '2022-06-02'],
    ]);
    expect(data!.statisticSeries[0]!.evidence.excerpt).toContain('38微克/立方米');
    expect(data!.statisticSeries.map((point) => point.document.id)).toEqual([report2021(), report2022()]);
  });

  it('compares the cities’ PM2.5 of 2021, largest first', async () => {
    const { data, errors } = await api.graphql<{ statisticComparison: Array<{ region: { id: string; name: string }; value: number }> }>(
      gql`
        {
          statisticComparison(indicator: "PM2.5浓度", period: "2021", level: CITY) {
            region {
              id
              name
            }
            value
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const ours = data!.statisticComparison.filter((row) => row.region.id.includes(fixtures.prefix));
    expect(ours.map((row) => [row.region.name, row.value])).toEqual([
      ['望川市', 40],
      ['临溪市', 37],
      ['北屿市', 30],
    ]);
  });
});

describe('the seed report beside later ones', () => {
  it('keeps every fact of the seed report while the 东岚 reports are loaded, and after they are removed again', async () => {
    expect(await snapshotDocument(SEED_DOCUMENT)).toEqual(seedBefore);
    await fixtures.remove();
    removed = true;
    expect(await snapshotDocument(SEED_DOCUMENT)).toEqual(seedBefore);
    const { data } = await api.graphql<{ theme: { trend: Array<{ period: string }> } }>(
      gql`
        {
          theme(id: "theme:precise-pollution-control") {
            trend {
              period
            }
          }
        }
      `,
    );
    expect(data!.theme.trend.map((point) => point.period)).toEqual(['2020']);
  });
});
