import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';
import { nodesOf } from '../../../src/seed/seed-graph.ts';

// Places beyond the divisions (issue 19, class 5), on sentences the team wrote with made-up sites.
const extractor = createExtractor({ known: emptyKnownGraph() });

function places(text: string) {
  const { graph } = extractor.extract(text, { title: '测试报道', date: '2021-03-02' });
  const regions = graph.nodes.filter((node) => node.label === 'Region');
  const names = new Map(nodesOf(graph).map((node) => [node.id, String(node.name)]));
  return {
    names: regions.map((node) => String(node.name)),
    all: regions.flatMap((node) => [String(node.name), ...((node.aliases as string[]) ?? [])]),
    /** The places named only inside bodies' names, which load as Region nodes beside the places the report names. */
    inBodyNames: (graph.impliedPlaces ?? []).map((node) => String(node.name)),
    /** Each body and the place it serves, as [body, place]. */
    locatedIn: graph.relationships.filter((rel) => rel.type === 'LOCATED_IN').map((rel) => [names.get(rel.from), names.get(rel.to)]),
  };
}

describe('sites by the kind their name ends with', () => {
  it('reads no designation or resultative verb into a site’s name (获批国家湿地公园, 讲好国家公园故事)', () => {
    const { names } = places('东岚市五源河获批国家湿地公园。我们要讲好国家公园故事,建好湿地公园。');
    expect(names).toEqual(expect.arrayContaining(['东岚市', '五源河']));
    expect(names.filter((name) => name.endsWith('公园'))).toEqual([]);
  });

  it('finds a wetland, a village and a gully right after the division they lie in', () => {
    const { names } = places('调研组先后来到荆州市沙湖湿地、监利县柳家村和宜昌市王家沟，察看治理成效。');
    expect(names).toEqual(expect.arrayContaining(['沙湖湿地', '柳家村', '王家沟', '荆州市', '监利县', '宜昌市']));
  });

  it('finds a nature reserve wherever its name is made of proper nouns, and the mountain it is named after', () => {
    const { names } = places('整治了破坏秦岭国家级自然保护区的违建别墅。秦岭是重要的生态安全屏障。');
    expect(names).toEqual(expect.arrayContaining(['秦岭国家级自然保护区', '秦岭']));
  });

  it('takes no common noun for a site: a riverside park or a functional wetland', () => {
    const { names } = places('砂石码头变成了滨江湿地公园，这里是本地最大的功能性湿地。');
    expect(names).toEqual([]);
  });

  it('finds the subject of 位于 and a national park of the national list', () => {
    const { names } = places('鹭鸣湖位于城区东部。大熊猫国家公园设立以来，保护成效明显。');
    expect(names).toEqual(expect.arrayContaining(['鹭鸣湖', '大熊猫国家公园']));
  });
});

describe('places named after other places', () => {
  it('reads a river with its basin as one place, a part of a lake by its direction, and an area named after a place', () => {
    const { all } = places('持续改善汾河流域水质，汾河干流全部达标。东太湖退圩还湖，长江中游城市群协同治理。');
    expect(all).toEqual(expect.arrayContaining(['汾河', '汾河流域', '东太湖', '长江中游城市群']));
  });

  it('reads an autonomous county by its short written form as the division', () => {
    const { graph } = extractor.extract('峨边县开展大熊猫栖息地巡护。', { title: '测试报道', date: '2021-03-02' });
    const county = graph.nodes.find((node) => node.label === 'Region');
    expect(county).toMatchObject({ name: '峨边县', level: 'county', rule: 'region/division-name' });
    expect(String(county?.id)).toMatch(/^region:leshan-/);
  });
});

describe('words that are no place', () => {
  it('leaves out the country in a doctrine or slogan, and any place in a document title', () => {
    const { names } = places('建设美丽中国，坚持中国特色社会主义，落实《中华人民共和国长江保护法》。');
    expect(names).toEqual([]);
  });

  it('keeps the country where it is the subject of a sentence', () => {
    const { names } = places('中国愿与各方携手应对气候变化。');
    expect(names).toContain('中国');
  });
});

describe('new areas', () => {
  it('finds a new area named after its city or with a name of its own after it', () => {
    expect(places('湖州市南太湖新区推进生态修复。').names).toEqual(['湖州市', '南太湖新区']);
  });
});

describe('places named only inside their own organs', () => {
  it('takes no node for the place of a congress, government or CPPCC named alone, and keeps a department’s apart', () => {
    expect(places('宜昌市政协主席周启航主持会议。').names).toEqual([]);
    // The department's province is not a place the report names, but the graph keeps it with the body it serves.
    const department = places('湖北省生态环境厅厅长周启航出席会议。');
    expect(department.names).toEqual([]);
    expect(department.inBodyNames).toEqual(['湖北省']);
    expect(department.locatedIn).toEqual([['湖北省生态环境厅', '湖北省']]);
  });

  it('lists a department’s place among the places once the report names it on its own', () => {
    const named = places('湖北省生态环境厅厅长周启航介绍了湖北省的治理成效。');
    expect(named.names).toEqual(['湖北省']);
    expect(named.inBodyNames).toEqual([]);
  });

  it('keeps a place listed with other places before a shared organ', () => {
    const listed = places('宜昌、荆州、襄阳市政府负责同志作交流发言。');
    expect(listed.names).toEqual(expect.arrayContaining(['宜昌', '荆州', '襄阳市']));
    expect(listed.inBodyNames).toEqual([]);
  });
});
