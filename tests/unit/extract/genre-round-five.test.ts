import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';

const extractor = createExtractor({ known: emptyKnownGraph() });

const labelled = (text: string, label: string) => {
  const { graph } = extractor.extract(text, {
    title: '测试报道',
    date: '2024-05-06',
  });
  return graph.nodes.filter((node) => node.label === label).map((node) => String(node.name));
};
const people = (text: string) => labelled(text, 'Person');
const bodies = (text: string) => labelled(text, 'Organization');
const places = (text: string) => labelled(text, 'Region');

describe('people in the shapes of round five', () => {
  it('reads the review credits of a government site, padded roles and padded names included', () => {
    const text = '东岚区召开河湖保护推进会。\n图文:周立新 审核:郑海 编辑:吴晓\n三 审:陈 刚\n二 审:孔维东\n文 字:何 平';
    expect(people(text)).toEqual(expect.arrayContaining(['周立新', '郑海', '吴晓', '陈 刚', '孔维东', '何 平']));
  });

  it('reads members named before their post in a congress inquiry, and no name inside a longer post', () => {
    const text = '联组会议上，周永安委员就流域治理提出询问；沈立红委员就土壤修复提出询问。国务委员到会应询。';
    const found = people(text);
    expect(found).toEqual(expect.arrayContaining(['周永安', '沈立红']));
    expect(found).not.toContain('国务');
  });

  it('reads a Mongolian name of two name words with no surname whole', () => {
    expect(people('东岚盟林草局副局长乌兰其木格及有关科室负责人陪同调研。')).toContain('乌兰其木格');
  });

  it('finds no person in a leadership team, after an unnamed official, or in a ministry’s name before its basin agency', () => {
    expect(people('保护区领导班子、各科室负责人全程陪同调研。')).toEqual([]);
    expect(people('会议通报了水利部长江委来东岚暗访河长制的情况。')).toEqual([]);
  });
});

describe('posts of the chief systems and the newest party departments', () => {
  it('reads a chief of the river chief system with its level word as a post in a run of posts', () => {
    const { graph } = extractor.extract('东岚市召开总河长会议。市委副书记、市长、市总河长李建平出席会议并讲话。', {
      title: '测试报道',
      date: '2024-05-06',
    });
    const person = graph.nodes.find((node) => node.label === 'Person' && node.name === '李建平');
    expect(person).toBeDefined();
    const speaksFor = graph.relationships.filter((rel) => rel.type === 'SPEAKS_FOR' && rel.from === person?.id);
    expect(speaksFor.map((rel) => String(rel.evidence))).toEqual([expect.stringContaining('市总河长李建平')]);
  });

  it('reads a party committee’s social work department as a body', () => {
    expect(bodies('东岚市委社会工作部召开座谈会。')).toEqual(expect.arrayContaining([expect.stringContaining('社会工作部')]));
  });
});

describe('bodies of the districts and campaigns', () => {
  it('reads the leading bodies of a campaign and the bureaus listed after one, with the level word carried', () => {
    const found = bodies('区大气办、生态环境分局、市场局、交通局相关负责同志参加会议。');
    expect(found).toEqual(expect.arrayContaining(['区大气办', '生态环境分局', '市场局', '交通局']));
  });

  it('reads a municipality’s commissions and a campaign headquarters by their place left out', () => {
    const found = bodies('区大气污染防治指挥部召开推进会，区住房城乡建委、区交通局等部门负责人参加。');
    expect(found).toEqual(expect.arrayContaining(['区大气污染防治指挥部', '区住房城乡建委', '区交通局']));
  });

  it('reads a river-basin agency of the water ministry as a body, not its river as a place', () => {
    const text = '会议通报了水利部长江委来东岚暗访河长制的情况。';
    expect(bodies(text)).toEqual(expect.arrayContaining(['长江委']));
    expect(places(text)).not.toContain('长江');
  });
});

describe('places of the reserves and waters', () => {
  it('reads a reserve named short and a reservoir by their proper names', () => {
    expect(places('调研组实地察看了哈达图保护区和红旗水库。')).toEqual(expect.arrayContaining(['哈达图保护区', '红旗水库']));
  });

  it('takes a reserve named short after its full name for the same reserve', () => {
    const found = places('贺兰山国家级自然保护区面积广大。近年来，贺兰山保护区持续开展整治。');
    expect(found).toContain('贺兰山国家级自然保护区');
    expect(found).not.toContain('贺兰山保护区');
  });

  it('reads no lake in the rivers and lakes of the river-chief system', () => {
    const found = places('各地要抓好样板河湖和幸福河湖创建。');
    expect(found).not.toContain('样板河湖');
    expect(found).not.toContain('幸福河湖');
  });
});

describe('bodies of the central inspections', () => {
  it('reads the leading group over the central inspections as one body', () => {
    expect(bodies('中央生态环境保护督察工作领导小组第二次会议审议通过督察报告。')).toEqual(['中央生态环境保护督察工作领导小组']);
  });
});

describe('runs of posts through a party committee’s working bodies', () => {
  it('reads a head of a working body after the committee’s standing member, and the person speaks for the committee', () => {
    const { graph } = extractor.extract('东岚市召开会议。东岚市委常委、宣传部部长张立新出席会议。', { title: '测试报道', date: '2024-05-06' });
    const person = graph.nodes.find((node) => node.label === 'Person' && node.name === '张立新');
    const committee = graph.nodes.find((node) => node.label === 'Organization' && node.name === '东岚市委');
    expect(graph.relationships.some((rel) => rel.type === 'SPEAKS_FOR' && rel.from === person?.id && rel.to === committee?.id)).toBe(true);
  });

  it('reads the office a bureau’s director heads as that bureau’s office', () => {
    expect(bodies('东岚省林业局办公室主任陈卫国陪同调研。')).toContain('东岚省林业局办公室');
  });
});

describe('names before a visit, and page labels after a byline', () => {
  it('reads a three-character name before the verb of a visit', () => {
    expect(people('县长朱佳宁到青石镇调研指导环境整治工作。')).toContain('朱佳宁');
  });

  it('reads no name from a page label after an editor’s credit', () => {
    const found = people('日期: 2023-05-25 来源:东岚宣传 责任编辑:孙立 文字大小:\n\n东岚县召开生态环境保护工作会议。');
    expect(found).toContain('孙立');
    expect(found).not.toContain('文字');
  });
});

describe('places with function words, and provincial broadcasters', () => {
  it('reads no county whose name would hold a conjunction', () => {
    const found = bodies('林草局局长赵立东及县政府办、县生态环境局负责同志陪同调研。');
    expect(found.some((name) => name.includes('东及'))).toBe(false);
  });

  it('reads a province’s broadcaster by its place left out', () => {
    expect(bodies('东岚日报社和省广电总台的相关领导出席会议。')).toContain('省广电总台');
  });
});
