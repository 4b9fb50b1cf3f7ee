import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { startTestService, type TestService } from '../support/test-service.ts';

const reportText = await readFile(path.join(SEED_ROOT, '2020-national-conference', 'report.txt'), 'utf8');
let api: TestService;

beforeAll(async () => {
  api = await startTestService();
});
afterAll(async () => {
  await api.stop();
});

type Evidence = { excerpt: string; start: number; end: number; document: { id: string } };
const expectVerbatim = (evidence: Evidence) => expect(reportText.slice(evidence.start, evidence.end)).toBe(evidence.excerpt);

describe('which officials discussed which themes', () => {
  it('lists 钱锋 among those who discussed 精准治污, with his words and where they stand in the report', async () => {
    const { data, errors } = await api.graphql<{
      themes: {
        edges: Array<{ node: { discussedBy: Array<{ person: { name: string }; statements: Array<{ text: string; evidence: Evidence }> }> } }>;
      };
    }>(gql`
      query PreciseDiscussants {
        themes(filter: { nameContains: "精准治污" }) {
          edges { node { name discussedBy { person { name } statements { text evidence { excerpt start end document { id } } } } } }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const discussants = data!.themes.edges[0]!.node.discussedBy;
    expect(discussants.map((d) => d.person.name)).toEqual(expect.arrayContaining(['钱锋', '霍传林', '付朝阳']));
    const qianFeng = discussants.find((d) => d.person.name === '钱锋')!;
    expect(qianFeng.statements[0]!.text).toContain('加强我们的预测预判能力');
    expect(qianFeng.statements[0]!.evidence.excerpt).toContain('江苏省南京市生态环境局局长钱锋说');
    expect(qianFeng.statements[0]!.evidence.document.id).toBe('document:cenews-2020-national-conference');
    expectVerbatim(qianFeng.statements[0]!.evidence);
  });

  it("gives a person's themes with the statements on each: 徐恒秋 on 科学治污", async () => {
    const { data } = await api.graphql<{
      people: { edges: Array<{ node: { themes: Array<{ theme: { name: string }; statements: Array<{ text: string }> }> } }> };
    }>(gql`
      { people(filter: { nameContains: "徐恒秋" }) { edges { node { themes { theme { name } statements { text } } } } } }
    `);
    const themes = data!.people.edges[0]!.node.themes;
    const scientific = themes.find((t) => t.theme.name === '科学治污');
    expect(scientific?.statements[0]?.text).toContain('从源头科学治理的重要性');
  });
});

describe('who speaks for an organization', () => {
  it('names 何伯星, 局长, for 厦门市生态环境局, with the evidence of the title', async () => {
    const { data } = await api.graphql<{
      organization: {
        name: string;
        nameEn: string;
        kind: string;
        members: Array<{ title: string; titleEn: string; person: { name: string; pinyin: string }; evidence: Evidence[] }>;
        regions: Array<{ relation: string; region: { name: string } }>;
      };
    }>(gql`
      {
        organization(id: "organization:xiamen-bureau-of-ecology-and-environment") {
          name nameEn kind
          members { title titleEn person { name pinyin } evidence { excerpt start end document { id } } }
          regions { relation region { name } }
        }
      }
    `);
    expect(data!.organization).toMatchObject({
      name: '厦门市生态环境局',
      nameEn: 'Xiamen Municipal Bureau of Ecology and Environment',
      kind: 'MUNICIPAL_BUREAU',
    });
    expect(data!.organization.members).toHaveLength(1);
    expect(data!.organization.members[0]).toMatchObject({ title: '局长', person: { name: '何伯星', pinyin: 'Hé Bóxīng' } });
    expectVerbatim(data!.organization.members[0]!.evidence[0]!);
    expect(data!.organization.regions).toContainEqual({ relation: 'HAS_JURISDICTION', region: { name: '厦门市' } });
  });

  it('lists the ministry units through PART_OF, each of which a person speaks for', async () => {
    const { data } = await api.graphql<{
      organization: { units: Array<{ organization: { name: string; members: Array<{ person: { name: string } }> } }> };
    }>(gql`
      { organization(id: "organization:mee") { units { organization { name members { person { name } } } } } }
    `);
    const units = Object.fromEntries(data!.organization.units.map((u) => [u.organization.name, u.organization.members.map((m) => m.person.name)]));
    expect(units.生态环境执法局).toEqual(['曹立平']);
    expect(units.华南督察局).toEqual(['白保柱']);
    expect(units.海洋生态环境司).toEqual(['霍传林']);
  });
});

describe('which provinces and bodies implement which policies', () => {
  it('answers per province: 天津市 implements 一河一策, 山东省 the "放管服" reform, 河北省 its emissions regulation', async () => {
    const { data } = await api.graphql<{
      regions: {
        totalCount: number;
        edges: Array<{ node: { name: string; policies: Array<{ policy: { name: string; kind: string }; evidence: Evidence[] }> } }>;
      };
    }>(gql`
      { regions(filter: { level: PROVINCE }, first: 50) { totalCount edges { node { name policies(includeSubRegions: true) { policy { name kind } evidence { excerpt start end document { id } } } } } } }
    `);
    const byRegion = Object.fromEntries(data!.regions.edges.map((e) => [e.node.name, e.node.policies.map((p) => p.policy.name)]));
    expect(byRegion.天津市).toEqual(expect.arrayContaining(['一河一策', '分区分案']));
    expect(byRegion.山东省).toEqual(expect.arrayContaining(['“放管服”改革', '并联审批']));
    expect(byRegion.河北省).toContain('河北省机动车和非道路移动机械排放污染防治条例');
    // 城市大脑 is implemented in 杭州市, a city of 浙江省: counted for the province with its sub-regions.
    expect(byRegion.浙江省).toEqual(expect.arrayContaining(['移动执法系统建设', '城市大脑']));
    for (const edge of data!.regions.edges) for (const policy of edge.node.policies) for (const evidence of policy.evidence) expectVerbatim(evidence);
  });

  it('lists the policies and bodies of 安徽省 with its cities: 亳州市’s workstations count for the province', async () => {
    const { data, errors } = await api.graphql<{
      policies: { edges: Array<{ node: { name: string } }> };
      organizations: { edges: Array<{ node: { name: string } }> };
    }>(gql`
      {
        policies(filter: { region: "region:anhui" }, orderBy: { field: NAME, direction: ASC }) {
          edges {
            node {
              name
            }
          }
        }
        organizations(filter: { region: "region:anhui" }) {
          edges {
            node {
              name
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data!.policies.edges.map((edge) => edge.node.name).sort()).toEqual(['乡镇生态环境保护工作站', '蓝天保卫战', '行业标准'].sort());
    expect(data!.organizations.edges.map((edge) => edge.node.name)).toEqual(['安徽省生态环境厅']);
  });

  it('gives a policy its implementers and proposers: 王仲田 proposed legislation on the Yellow River basin', async () => {
    const { data } = await api.graphql<{
      policies: { edges: Array<{ node: { name: string; kind: string; proposedBy: Array<{ proposer: { __typename: string; name: string } }> } }> };
    }>(gql`
      { policies(filter: { kind: LEGISLATION_PROPOSAL }) { edges { node { name kind proposedBy { proposer { __typename name } } } } } }
    `);
    expect(data!.policies.edges).toEqual([
      { node: { name: '黄河流域生态保护立法', kind: 'LEGISLATION_PROPOSAL', proposedBy: [{ proposer: { __typename: 'Person', name: '王仲田' } }] } },
    ]);
  });
});

describe('what the statistics say, for which region and period, and who said it', () => {
  it('gives the "2+26" cities PM2.5 figure of 2019 with its unit and change', async () => {
    const { data } = await api.graphql<{ statistics: { edges: Array<{ node: Record<string, unknown> }> } }>(gql`
      {
        statistics(filter: { indicatorContains: "PM2.5", period: "2019", region: "region:2plus26-cities" }) {
          edges { node { value unit unitEn period periodText change changeUnit qualifier subjects { subject { name } } evidence { excerpt } } }
        }
      }
    `);
    expect(data!.statistics.edges).toHaveLength(1);
    expect(data!.statistics.edges[0]!.node).toMatchObject({
      value: 54,
      unit: '微克/立方米',
      period: '2019-01/2019-11',
      periodText: '2019年1月-11月',
      change: -1.8,
      changeUnit: '%',
      qualifier: 'EXACT',
      subjects: [{ subject: { name: '“2+26”城市' } }],
    });
  });

  it('says who gave a figure: 劳新祥 gave the 900多 warnings of Hangzhou’s City Brain', async () => {
    const { data } = await api.graphql<{
      statistics: { edges: Array<{ node: { value: number; qualifier: string; statedIn: Array<{ speaker: { name: string } }> } }> };
    }>(gql`
      { statistics(filter: { indicatorContains: "预警" }) { edges { node { value qualifier statedIn { speaker { name } } } } } }
    `);
    expect(data!.statistics.edges.map((e) => e.node)).toEqual([{ value: 900, qualifier: 'MORE_THAN', statedIn: [{ speaker: { name: '劳新祥' } }] }]);
  });
});

describe('search', () => {
  it.each(['li ganjie', 'liganjie', 'Lǐ Gānjié', 'li3 gan1 jie2', '李干杰'])('finds 李干杰 first for %s', async (text) => {
    const { data } = await api.graphql<{ search: Array<{ score: number; entity: { id: string; name: string } }> }>(
      gql`query Find($text: String!) { search(text: $text, first: 5) { score entity { id name } } }`,
      { text },
    );
    expect(data!.search[0]!.entity).toEqual({ id: 'person:li-ganjie', name: '李干杰' });
    const scores = data!.search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('narrows hits to the kinds asked for', async () => {
    const { data } = await api.graphql<{ search: Array<{ entity: { __typename: string } }> }>(
      gql`{ search(text: "治污", kinds: [THEME]) { entity { __typename ... on Theme { name } } } }`,
    );
    expect(data!.search.length).toBeGreaterThanOrEqual(3);
    expect(new Set(data!.search.map((hit) => hit.entity.__typename))).toEqual(new Set(['Theme']));
  });

  it('gives each hit its mentions, a document its own title: the page that links a draft to the graph asks so', async () => {
    const { data, errors } = await api.graphql<{
      search: Array<{ entity: { __typename: string; id: string; mentions: Array<{ excerpt: string; document: { publishedAt: string } }> } }>;
    }>(
      gql`
        query Mentions($text: String!, $kinds: [EntityKind!]) {
          search(text: $text, kinds: $kinds, first: 5) {
            entity { __typename id mentions { excerpt document { publishedAt } } }
          }
        }
      `,
      { text: '全国生态环境保护工作会议', kinds: ['DOCUMENT', 'EVENT'] },
    );
    expect(errors).toBeUndefined();
    const report = data!.search.find((hit) => hit.entity.id === 'document:cenews-2020-national-conference')!;
    expect(report.entity.mentions).toEqual([{ excerpt: '2020年全国生态环境保护工作会议在北京召开', document: { publishedAt: '2020-01-13' } }]);
    const conference = data!.search.find((hit) => hit.entity.__typename === 'Event')!;
    expect(conference.entity.mentions[0]!.document.publishedAt).toBe('2020-01-13');
  });
});

describe('how two entities are connected', () => {
  it('finds a path from 李干杰 to 河北省 whose every edge carries evidence from the report', async () => {
    const { data } = await api.graphql<{
      path: { length: number; nodes: Array<{ id: string }>; edges: Array<{ type: string; from: string; to: string; evidence: Evidence }> };
    }>(gql`
      { path(from: "person:li-ganjie", to: "region:hebei") { length nodes { id } edges { type from to evidence { excerpt start end document { id } } } } }
    `);
    const path = data!.path;
    expect(path.nodes[0]!.id).toBe('person:li-ganjie');
    expect(path.nodes.at(-1)!.id).toBe('region:hebei');
    expect(path.length).toBe(path.edges.length);
    expect(path.length).toBeLessThanOrEqual(4);
    path.edges.forEach((edge, i) => {
      expect([edge.from, edge.to].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
      expect(edge.evidence.excerpt.length).toBeGreaterThan(0);
      expectVerbatim(edge.evidence);
    });
    expect(path.nodes.some((node) => node.id.startsWith('document:'))).toBe(false);
  });

  it('returns null when no path is short enough', async () => {
    const { data, errors } = await api.graphql(gql`{ path(from: "person:li-ganjie", to: "region:hebei", maxLength: 1) { length } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ path: null });
  });
});

describe('what surrounds an entity', () => {
  it('draws 李干杰 with the ministry he leads, the statements he made and the conference he spoke at', async () => {
    const { data } = await api.graphql<{
      neighborhood: {
        centerId: string;
        truncated: boolean;
        nodes: Array<{ id: string; label: string; name: string; distance: number }>;
        edges: Array<{ type: string; from: string; to: string; title: string | null }>;
      };
    }>(gql`
      { neighborhood(id: "person:li-ganjie") { centerId truncated nodes { id label name distance } edges { type from to title } } }
    `);
    const hood = data!.neighborhood;
    expect(hood.nodes[0]).toMatchObject({ id: 'person:li-ganjie', distance: 0 });
    expect(hood.edges).toContainEqual({ type: 'SPEAKS_FOR', from: 'person:li-ganjie', to: 'organization:mee', title: '部长' });
    const statements = hood.nodes.filter((node) => node.label === 'Statement').map((node) => node.name);
    expect(statements).toHaveLength(2);
    expect(statements).toContainEqual(expect.stringContaining('突出精准治污、科学治污、依法治污'));
    expect(hood.nodes).toContainEqual(expect.objectContaining({ label: 'Event', name: '2020年全国生态环境保护工作会议', distance: 1 }));
    const ids = new Set(hood.nodes.map((node) => node.id));
    for (const edge of hood.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    expect(hood.truncated).toBe(false);
  });

  it('stops at the limit and says it did', async () => {
    const { data } = await api.graphql<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(
      gql`{ neighborhood(id: "person:li-ganjie", depth: 2, limit: 5) { nodes { id } truncated } }`,
    );
    expect(data!.neighborhood.nodes).toHaveLength(5);
    expect(data!.neighborhood.truncated).toBe(true);
  });
});

describe('lists', () => {
  it('pages through all 27 people of the report in name order with cursors', async () => {
    type Page = {
      people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { name: string } }> };
    };
    const names: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = (
        await api.graphql<Page>(
          gql`
            query Page($after: String) {
              people(first: 10, after: $after, filter: { document: "document:cenews-2020-national-conference" }) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { name } }
              }
            }
          `,
          { after },
        )
      ).data!;
      names.push(...page.people.edges.map((edge) => edge.node.name));
      totals.add(page.people.totalCount);
      if (!page.people.pageInfo.hasNextPage) break;
      after = page.people.pageInfo.endCursor;
    }
    expect([...totals]).toEqual([27]);
    expect(names).toHaveLength(27);
    expect(new Set(names).size).toBe(27);
    expect(names).toEqual(expect.arrayContaining(['李干杰', '钱锋', '郭薇', '刘良伟', '李玲玉']));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters people by organization and by theme', async () => {
    const { data } = await api.graphql<{ reporters: { totalCount: number }; lawful: { edges: Array<{ node: { name: string } }> } }>(gql`
      {
        reporters: people(filter: { organization: "organization:china-environment-news" }) { totalCount }
        lawful: people(filter: { theme: "theme:law-based-pollution-control" }, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } }
      }
    `);
    expect(data!.reporters.totalCount).toBe(9);
    expect(data!.lawful.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['高建民', '王仲田']));
  });
});
