import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences written by the team in the shapes of county inspection news: where officials go (到, 在, 前往, 来到) is a
// township named by its own name and level word, which the segmenter often splits into common words.
describe('townships named where officials go or meet', () => {
  it('finds a township after a word of going or being there, whatever words the segmenter makes of its name', () => {
    expect(readDraft('调研组一行到青枫镇开展调研工作。').places).toEqual(['青枫镇']);
    expect(readDraft('随后，检查组在石泉乡二楼会议室召开座谈会。').places).toEqual(['石泉乡']);
    expect(readDraft('督查组前往白岭镇等地进行实地踏查。').places).toEqual(['白岭镇']);
    expect(readDraft('检查组先后来到天堂镇新源养殖场、旧铅锌矿察看整改情况。').places).toContain('天堂镇');
  });

  it('takes a township whose name starts with a city’s short name as the township, not the city', () => {
    expect(readDraft('督查组前往朝阳川镇等地进行实地踏查。').places).toEqual(['朝阳川镇']);
  });

  it('finds no township in the levels (乡镇, 乡村), in a category of towns, or after a pronoun or adjective', () => {
    expect(readDraft('工作组深入基层乡镇开展宣讲。').places).toEqual([]);
    expect(readDraft('要在重点镇建设污水处理设施。').places).toEqual([]);
    expect(readDraft('到偏远乡开展巡回检查。').places).toEqual([]);
    expect(readDraft('在小城镇建设中落实环保要求。').places).toEqual([]);
    expect(readDraft('检查组在该镇召开座谈会。').places).toEqual([]);
  });
});

// GOLD.md counts the places a report names; 全国 ("nationwide") and 我国 ("our country") are no name of a place, but the
// figure they scope measures the country, so the country stays in the draft apart, as a place inside a body's name does.
describe('the country a nationwide figure implies', () => {
  it('keeps the country of 全国 apart from the places the report names, and lists it when 中国 is printed', () => {
    const implied = readDraft('全国地级及以上城市细颗粒物平均浓度为30微克/立方米。');
    expect(implied.places).toEqual([]);
    expect(implied.graph.impliedPlaces?.map((node) => node.id)).toEqual(['region:china']);
    const named = readDraft('中国的细颗粒物平均浓度持续下降，全国地级及以上城市平均浓度为30微克/立方米。');
    expect(named.graph.impliedPlaces ?? []).toEqual([]);
    expect(named.graph.nodes.filter((node) => node.label === 'Region').map((node) => node.id)).toEqual(['region:china']);
  });
});

// The river and lake chief system and the Water Law name a water's parts, banks and chiefs right after its name.
describe('waters named by what the report says of them right after their name', () => {
  it('finds a water before its banks, its chief, its water quality, and the waters listed before it', () => {
    expect(readDraft('调研组先后深入青禾河、柳坪河沿线以及水库周边。').places).toEqual(['青禾河', '柳坪河']);
    expect(readDraft('督查青禾河、柳溪河河长制工作落实情况。').places).toEqual(['青禾河', '柳溪河']);
    expect(readDraft('讨论研究石岭河水质提升与总氮削减工作。').places).toEqual(['石岭河']);
    expect(readDraft('兼任石溪河“河长”的区委书记表示，要守护好这条河。').places).toEqual(['石溪河']);
    expect(readDraft('镇级湖长每月沿澄塘港河道巡查三次。').places).toEqual(['澄塘港']);
  });

  it('takes no water from the system’s own words (河湖长制), a general noun (重点湖泊) or a kind of river (黑臭河)', () => {
    expect(readDraft('各地严格落实河湖长制，压实各级河湖长责任。').places).toEqual([]);
    expect(readDraft('全市重点湖泊水质持续改善。').places).toEqual([]);
    expect(readDraft('城区黑臭河沿岸的排污口全部封堵。').places).toEqual([]);
  });

  it('starts a water’s name after the township written before it', () => {
    expect(readDraft('检查组察看了青枫镇的柏溪河沿岸。').places).toEqual(['青枫镇', '柏溪河']);
  });
});

describe('the areas of the national regional strategies and the city clusters', () => {
  it('finds the twin-city economic circle, the free trade port and a city cluster by their official names', () => {
    expect(readDraft('推动成渝地区双城经济圈建设，加快建设海南自由贸易港。').places).toEqual(['成渝地区双城经济圈', '海南自由贸易港']);
    expect(readDraft('推进关中平原城市群大气污染联防联控。').places).toEqual(['关中平原城市群']);
    expect(readDraft('长株潭地区空气质量明显改善。').places).toEqual(['长株潭地区']);
    const shortName = readDraft('兰西城市群生态环境协同保护取得进展。').graph.nodes.filter((node) => node.label === 'Region');
    expect(shortName.map((node) => node.id)).toEqual(['region:lanzhou-xining-city-cluster']);
  });
});

describe('counties by their stem where only a place can stand, and rankings with figures in brackets', () => {
  it('finds a county by its stem before 分会场 and after a visit’s verb, with its full name from the dataset', () => {
    const venue = readDraft('广西召开生态环境保护大会，相关单位负责人在桂平分会场收听收看会议。');
    expect(venue.graph.nodes.filter((node) => node.label === 'Region').map((node) => node.id)).toContain('region:guigang-guiping');
    const visit = readDraft('浙江省林业局一行到庆元调研国家公园创建工作。');
    const county = visit.graph.nodes.find((node) => node.id === 'region:lishui-qingyuan');
    expect([county?.name, county?.nameEn, county?.level]).toEqual(['庆元', 'Qingyuan County', 'county']);
  });

  it('takes no stem that is no county’s, nor one several counties of the report’s province share', () => {
    expect(readDraft('调研组到基层调研，深入企业检查。').places).toEqual([]);
  });

  it('reads a ranking of cities whose items carry their figure in brackets', () => {
    expect(readDraft('降幅排名前三的城市分别为：随州（13.6%）、孝感（13.2%）、荆门（12.1%）。').places).toEqual(['随州', '孝感', '荆门']);
  });
});

describe('a county of one character is no county inside a title or a pair of levels', () => {
  it('reads 代县长 as an acting county head and 和县区 as a conjunction and the levels, but 代县 alone as the county', () => {
    expect(readDraft('县委副书记、代县长徐望深入部分乡镇督导。').places).toEqual([]);
    expect(readDraft('有关部门和县区要准确把握形势。').places).toEqual([]);
    expect(readDraft('代县召开生态环境保护大会。').places).toEqual(['代县']);
  });
});

describe('a place printed only at the head of an institution’s name', () => {
  it('keeps apart the places of a school, a works and a delegation the body finders do not know', () => {
    const { places, impliedPlaces } = readDraft('获奖者有东岚省青州市第一高中学生潘某、北京市炼焦化学厂党委书记张某。');
    expect(places).toEqual([]);
    expect(impliedPlaces.sort()).toEqual(['北京市', '东岚省', '青州市'].sort());
  });

  it('lists the place when the report names it elsewhere too', () => {
    const { places } = readDraft('北京市炼焦化学厂完成搬迁。北京市空气质量持续改善。');
    expect(places).toEqual(['北京市']);
  });
});

describe('variant characters of traditional script', () => {
  it('reads 陜 (the Big5 and Hong Kong variant of 陝) as 陕 in a text printed in traditional characters', () => {
    expect(readDraft('陜西啟動六五環境日活動，陜西省副省長出席並講話。').places).toEqual(['陜西省']);
  });
});
