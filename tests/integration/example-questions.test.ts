import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { startTestService, type TestService } from '../support/test-service.ts';

const reportCodePoints = [...(await readFile(new URL('2020-national-conference/report.txt', `file://${SEED_ROOT}`), 'utf8'))];

// The playground preloads these files; each must still run and give the answer its second line promises.
const folder = new URL('../../examples/questions/', import.meta.url);
const files = (await readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();

// biome-ignore lint/suspicious/noExplicitAny: each example's answer is checked by value against the report.
type Data = Record<string, any>;
const names = (items: Array<{ name: string }>) => items.map((item) => item.name);

/** One real answer from the report per example, keyed by file name. */
const expectations: Record<string, (data: Data) => void> = {
  '01-precise-pollution-discussants.graphql': (data) => {
    const discussants = data.themes.edges[0].node.discussedBy;
    expect(discussants.map((d: Data) => d.person.name)).toEqual(expect.arrayContaining(['李干杰', '钱锋', '霍传林', '付朝阳']));
    const qianFeng = discussants.find((d: Data) => d.person.name === '钱锋');
    expect(qianFeng.statements[0].evidence.excerpt).toContain('江苏省南京市生态环境局局长钱锋说');
  },
  '02-li-ganjie-profile.graphql': (data) => {
    expect(data.person.organizations).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: '部长', organization: expect.objectContaining({ name: '生态环境部' }) })]),
    );
    expect(data.person.themes.map((t: Data) => t.theme.name)).toEqual(expect.arrayContaining(['精准治污', '生态环保铁军']));
    expect(data.person.themes).toHaveLength(7);
    expect(data.person.statements).toHaveLength(2);
  },
  '03-xiamen-bureau-spokesperson.graphql': (data) => {
    expect(data.organization.members).toEqual([expect.objectContaining({ title: '局长', person: expect.objectContaining({ name: '何伯星' }) })]);
    expect(data.organization.members[0].person.statements[0].text).toContain('在全国168个重点城市中排名第五');
  },
  '04-provinces-and-policies.graphql': (data) => {
    expect(data.regions.totalCount).toBe(11);
    const byProvince = Object.fromEntries(data.regions.edges.map((e: Data) => [e.node.name, e.node.policies.map((p: Data) => p.policy.name)]));
    expect(byProvince.天津市).toContain('一河一策');
    expect(byProvince.山东省).toContain('“放管服”改革');
    expect(byProvince.河北省).toContain('河北省机动车和非道路移动机械排放污染防治条例');
  },
  '05-2plus26-pm25-2019.graphql': (data) => {
    expect(data.statistics.edges.map((e: Data) => e.node)).toEqual([
      expect.objectContaining({
        indicator: 'PM2.5浓度',
        value: 54,
        unit: '微克/立方米',
        periodText: '2019年1月-11月',
        change: -1.8,
        changeUnit: '%',
      }),
    ]);
  },
  '06-who-said-xiamen-air-rank.graphql': (data) => {
    expect(data.statistic).toMatchObject({ value: 5, qualifier: 'RANK' });
    expect(data.statistic.statedIn).toEqual([
      expect.objectContaining({
        speaker: expect.objectContaining({ name: '何伯星', organizations: [{ title: '局长', organization: { name: '厦门市生态环境局' } }] }),
      }),
    ]);
  },
  '07-search-in-pinyin.graphql': (data) => {
    expect(data.search[0].entity).toMatchObject({ id: 'person:li-ganjie', name: '李干杰', pinyin: 'Lǐ Gānjié' });
    expect(data.search[0].score).toBeGreaterThan(2 * data.search[1].score);
  },
  '08-path-li-ganjie-to-hebei.graphql': (data) => {
    expect(data.path.length).toBe(4);
    expect(names(data.path.nodes)[0]).toBe('李干杰');
    expect(names(data.path.nodes).at(-1)).toBe('河北省');
    // Several paths of four relations exist; each step of the one returned must be stated by the report.
    for (const edge of data.path.edges) expect(reportCodePoints.slice(edge.evidence.start, edge.evidence.end).join('')).toBe(edge.evidence.excerpt);
  },
  '09-precise-pollution-neighborhood.graphql': (data) => {
    expect(data.neighborhood).toMatchObject({ centerId: 'theme:precise-pollution-control', truncated: false });
    expect(data.neighborhood.nodes).toHaveLength(17);
    expect(names(data.neighborhood.nodes)).toEqual(expect.arrayContaining(['精准治污', '李干杰', '钱锋', '霍传林', '付朝阳']));
    const ids = new Set(data.neighborhood.nodes.map((node: Data) => node.id));
    for (const edge of data.neighborhood.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  },
  '11-li-ganjie-positions.graphql': (data) => {
    const rows = data.person.positions.map((position: Data) => [position.organization.name, position.title, position.firstSeen, position.lastSeen]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['生态环境部', '部长', '2020-01-13', '2020-01-13'],
        ['生态环境部党组', '党组书记', '2020-01-13', '2020-01-13'],
      ]),
    );
    for (const position of data.person.positions) expect(position.sources[0].evidence.excerpt).toContain('李干杰');
  },
  '12-precise-pollution-in-2020.graphql': (data) => {
    expect(data.theme.discussedBy.map((row: Data) => row.person.name)).toEqual(['李干杰', '钱锋', '霍传林', '付朝阳']);
    expect(data.theme.discussedBy[0].statements[0].evidence.document.publishedAt).toBe('2020-01-13');
  },
  '13-precise-pollution-trend.graphql': (data) => {
    expect(data.theme.trend).toEqual([{ period: '2020', documents: 1, statements: 5, speakers: 4 }]);
  },
  '10-graph-stats.graphql': (data) => {
    expect(data.graphStats).toMatchObject({ totalNodes: 164, totalRelationships: 454 });
    expect(data.graphStats.nodes).toContainEqual({ label: 'Person', count: 27 });
    expect(data.graphStats.relationships).toContainEqual({ type: 'SOURCE', count: 163 });
  },
};

let api: TestService;

beforeAll(async () => {
  api = await startTestService();
});
afterAll(async () => {
  await api.stop();
});

describe('the example questions of examples/questions', () => {
  it('are thirteen files, 01 to 13, each with an expectation here', () => {
    expect(files.map((file) => file.slice(0, 2))).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(files).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s says in two comment lines what it answers and what it returns', async (file) => {
    const [question, answer] = (await readFile(new URL(file, folder), 'utf8')).split('\n');
    expect(question).toMatch(/^# \S.*\?$/);
    expect(answer).toMatch(/^# Returns \S/);
  });

  it.each(files)('%s runs without errors and gives the answer from the report', async (file) => {
    const { status, data, errors } = await api.graphql<Data>(await readFile(new URL(file, folder), 'utf8'));
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expectations[file]!(data!);
  });
});
