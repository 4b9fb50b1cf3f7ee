import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { findStatisticMentions } from '../../../src/extract/find-statistic-mentions.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';
import { contextFor } from '../../support/extraction-context.ts';

const extractor = createExtractor({ known: emptyKnownGraph() });

const figures = (text: string) => findStatisticMentions(contextFor(text, { year: 2021 })).map((s) => [s.indicator, s.value, s.unit, s.qualifier]);

describe('figures of indicators printed with no unit', () => {
  it('reads an index after its name and the words that lead to it, the index taking the place of the unit', () => {
    const text = '去年东岚市水质综合指数平均为3.86，比上年下降4.2%。';
    expect(figures(text)).toEqual([['水质综合指数', 3.86, '指数', 'exact']]);
    expect(findStatisticMentions(contextFor(text, { year: 2021 }))[0]?.change).toBe(-4.2);
  });

  it('reads every figure of a list and both ends of a range with the indicator of the first', () => {
    expect(figures('北湖、南湖和西湖的富营养化指数分别为41.2、45.7和50.3。')).toEqual([
      ['北湖、南湖和西湖的富营养化指数', 41.2, '指数', 'exact'],
      ['北湖、南湖和西湖的富营养化指数', 45.7, '指数', 'exact'],
      ['北湖、南湖和西湖的富营养化指数', 50.3, '指数', 'exact'],
    ]);
    expect(figures('各乡镇植被覆盖系数在0.42 ~ 0.87之间。').map((f) => f[1])).toEqual([0.42, 0.87]);
  });

  it('counts days when the report leaves the unit out, and leaves bare numbers of other nouns alone', () => {
    expect(figures('沿海两市空气优良天数分别为301和296。').map((f) => [f[1], f[2]])).toEqual([
      [301, '天'],
      [296, '天'],
    ]);
    expect(figures('会议编号为2021，代表证号为35。')).toEqual([]);
  });
});

describe('ranges and qualifiers before a scale word', () => {
  it('reads a range as its lower end, at least, with the scale word of its upper end', () => {
    expect(figures('越冬候鸟由每年8-12万只增加到15—18万只，每季开展3~4次巡护。').map((f) => [f[1], f[2], f[3]])).toEqual([
      [80000, '只', 'at-least'],
      [150000, '只', 'at-least'],
      [3, '次', 'at-least'],
    ]);
  });

  it('does not read a span of years or months as a range figure', () => {
    expect(figures('2021-2025年，1-6月完成治理。')).toEqual([]);
  });

  it('scales a figure whose qualifier comes before the scale word', () => {
    expect(figures('每年向下游输送清水300多亿立方米。').map((f) => [f[1], f[2], f[3]])).toEqual([[30000000000, '立方米', 'more-than']]);
  });

  it('counts meetings held and the parts of a task list', () => {
    expect(figures('今年已召开4场专题推进会，部署7方面重点任务。').map((f) => [f[1], f[2]])).toEqual([
      [4, '场'],
      [7, '方面'],
    ]);
  });
});

describe('places by the structure of the divisions and the macro-regions', () => {
  const places = (text: string) => {
    const { graph } = extractor.extract(text, { title: '测试报道', date: '2024-05-06' });
    return graph.nodes
      .filter((node) => node.label === 'Region')
      .map((node) => [String(node.name), ...((node.aliases as string[] | undefined) ?? [])]);
  };

  it('leaves 中国 out where it starts the name of a body, an event or a document, and keeps the country elsewhere', () => {
    expect(places('第五届中国湿地保护论坛在临溪市开幕，中国长河水电集团有限公司派员参加。').flat()).not.toContain('中国');
    expect(places('2023年中国海洋环境质量公报显示，近岸水质稳中向好。').flat()).not.toContain('中国');
    expect(places('中国是最大的发展中国家，也是全球生态治理的重要参与者。').flat()).toContain('中国');
  });

  it('reads a special administrative region with its level word abbreviated', () => {
    expect(places('部领导会见澳门特区政府环境保护局代表，双方就澳门特区生态合作交换意见。').flat()).toContain('澳门特区');
  });

  it('reads an autonomous prefecture by the place before its peoples alone', () => {
    expect(places('延边和甘孜两地开展联合巡查。').flat()).toEqual(expect.arrayContaining(['延边', '甘孜']));
  });

  it('reads the economic regions by their count of provinces, and no region inside a joined direction', () => {
    expect(places('全省水质优良率在中部六省排名第二，东北三省同期均有改善。').flat()).toEqual(expect.arrayContaining(['中部六省', '东北三省']));
    expect(places('中央财政重点支持中西部地区县级监测站建设。').flat()).not.toContain('西部地区');
  });

  it('reads the parts of a province by its abbreviation and a direction, but not a division of that name', () => {
    expect(places('建设川西北生态示范区，推进苏南地区产业转型。').flat()).toEqual(expect.arrayContaining(['川西北', '苏南地区']));
    expect(places('陕西南部的秦巴山区生态良好。').flat()).not.toContain('陕西南');
  });

  it('reads the waters listed after a numbered group, and the lakes and reservoirs of a counted list', () => {
    const found = places('全省六大水系中，青溪河、白石江水质优良，桐川河为轻度污染。');
    expect(found.flat()).toEqual(expect.arrayContaining(['青溪河', '白石江', '桐川河']));
    const lakes = places('鹤湖、北山水库等9个湖库水质全部达标。').flat();
    expect(lakes).toEqual(expect.arrayContaining(['鹤湖', '北山水库']));
  });

  it('gives a water named after a city the place of the city, which the text does not name alone', () => {
    const found = places('五大湖泊中，沧州湖、邯郸河水质稳定。').flat();
    expect(found).toEqual(expect.arrayContaining(['沧州湖', '邯郸河']));
    expect(found).not.toContain('沧州市');
  });

  it('reads no lake in an initiative named 美丽 or 健康 + a kind of place, and no place ending in a body’s word', () => {
    expect(places('全省建成健康河湖12个，幸福河湖8个。').flat()).not.toContain('健康河湖');
    expect(places('会同住房城乡建设部省级联络员开展督导。').flat()).not.toContain('建设部省');
  });

  it('reads a city by its short name when it is listed with places the segmenter knows', () => {
    expect(places('生态质量较好的有承德，保定，张家口三市。').flat()).toContain('保定');
  });
});

describe('speakers of the genre', () => {
  const speech = (text: string) => {
    const { graph } = extractor.extract(text, { title: '测试报道', date: '2024-05-06' });
    const names = new Map(graph.nodes.map((node) => [node.id, String(node.name)]));
    const people = graph.nodes.filter((node) => node.label === 'Person').map((node) => String(node.name));
    const said = graph.nodes
      .filter((node) => node.label === 'Statement')
      .map((node) => [
        graph.relationships.filter((rel) => rel.type === 'SAID' && rel.to === node.id).map((rel) => names.get(rel.from))[0],
        String(node.text).slice(0, 6),
      ]);
    return { people, said };
  };

  it('reads a Tibetan name of two name elements, though its first character is also a surname', () => {
    const { people, said } = speech('东岚自治区人民政府主席白玛顿珠在作政府工作报告时提到，全区空气质量优良天数比例保持在较高水平。');
    expect(people).toEqual(['白玛顿珠']);
    expect(said).toEqual([['白玛顿珠', '全区空气质量']]);
  });

  it('takes 他 for the subject of the sentence before, not the last person that sentence names', () => {
    const { said } = speech(
      '省长许立新出席。许立新首先代表白长明书记对生态环境部的支持表示感谢。他说，东岚始终把生态保护放在突出位置，持续推进治理。',
    );
    expect(said).toEqual([['许立新', '东岚始终把生']]);
  });

  it('reads 讲 as a speech verb before its comma, and the occasion of a speech without 在', () => {
    const { said } = speech('厅长周明远讲，东岚省作为西部省份，要啃的硬骨头仍然不少。市长陈立群讲话时强调，要持续加强生态环境保护工作。');
    expect(said).toEqual([
      ['周明远', '东岚省作为西'],
      ['陈立群', '要持续加强生'],
    ]);
  });
});

describe('names and credits of the genre', () => {
  const found = (text: string) => {
    const { graph } = extractor.extract(text, { title: '测试报道', date: '2024-05-06' });
    const names = new Map(graph.nodes.map((node) => [node.id, String(node.name)]));
    return {
      people: graph.nodes.filter((node) => node.label === 'Person').map((node) => String(node.name)),
      speaksFor: graph.relationships.filter((rel) => rel.type === 'SPEAKS_FOR').map((rel) => `${names.get(rel.from)}→${names.get(rel.to)}`),
    };
  };

  it('splits a photographer’s credit glued to the outlet, and reads one set apart by a space', () => {
    expect(found('图为临溪湖晨景。东岚省政府网方志清 摄').speaksFor).toEqual(['方志清→东岚省政府网']);
    expect(found('图为临溪湖晨景。临溪日报 方志清 摄').speaksFor).toEqual(['方志清→临溪日报']);
  });

  it('reads 会 inside a given name but never at its end', () => {
    expect(found('东岚省生态环境厅副厅长何会民出席会议。').people).toEqual(['何会民']);
    expect(found('主任张会上强调，要持续加强生态环境保护工作。').people).toEqual([]);
  });
});

describe('bodies at the centre and their abbreviations', () => {
  const bodies = (text: string) => {
    const { graph } = extractor.extract(text, { title: '测试报道', date: '2024-05-06' });
    return graph.nodes
      .filter((node) => node.label === 'Organization')
      .map((node) => [String(node.name), ...((node.aliases as string[] | undefined) ?? [])]);
  };

  it('reads the Central Committee’s departments and the general offices by their abbreviations', () => {
    const found = bodies('中组部、中联部有关同志出席，中办、国办印发通知，全国政协调研组赴东岚省调研。').flat();
    expect(found).toEqual(expect.arrayContaining(['中组部', '中联部', '中办', '国办', '全国政协']));
  });

  it('reads a numbered central inspection team by its name and its names before 2018, one team for each number', () => {
    const found = bodies('中央第三环境保护督察组向东岚省反馈督察情况，中央第五生态环境保护督察组同日进驻临溪省。');
    expect(found.map((names) => names[0])).toEqual(expect.arrayContaining(['中央第三环境保护督察组', '中央第五生态环境保护督察组']));
  });

  it('reads no body where a count makes its name stand for several bodies of its kind', () => {
    expect(bodies('4个中央生态环境保护督察组完成进驻。').flat()).not.toContain('中央生态环境保护督察组');
  });

  it('reads the external publicity office of a party committee', () => {
    expect(bodies('东岚省委外宣办主任出席发布会。').flat()).toEqual(expect.arrayContaining(['东岚省委外宣办']));
  });
});
