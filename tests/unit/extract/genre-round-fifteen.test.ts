import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('places of reserves, landforms and bulletins (round fifteen)', () => {
  it('reads a reserve whose official name begins with its province as one place, its short form as that place again', () => {
    const { places, impliedPlaces, graph } = readDraft('副省长到贵州梵净山国家级自然保护区调研。他要求把梵净山国家级自然保护区建设好。');
    expect(places).toEqual(['贵州梵净山国家级自然保护区']);
    // The province printed only inside the name is where the reserve lies, not a place the report names.
    expect(impliedPlaces).toEqual(['贵州']);
    const reserve = graph.nodes.find((node) => node.name === '贵州梵净山国家级自然保护区');
    expect(reserve?.aliases).toEqual(['梵净山国家级自然保护区']);
    const province = graph.impliedPlaces?.find((node) => node.name === '贵州');
    expect(graph.relationships.some((rel) => rel.type === 'PART_OF' && rel.from === reserve?.id && rel.to === province?.id)).toBe(true);
  });

  it('keeps the province a place where the report also names it alone, and reads each reserve of a list by its official name', () => {
    const alone = readDraft('会议通报了江西鄱阳湖国家级自然保护区的情况。江西将加快整改。');
    expect(alone.places).toEqual(expect.arrayContaining(['江西', '江西鄱阳湖国家级自然保护区']));
    expect(alone.impliedPlaces).toEqual([]);
    const listed = readDraft('今年新增了辽宁双台河口国家级自然保护区、山东黄河三角洲国家级自然保护区等湿地。');
    expect(listed.places).toEqual(expect.arrayContaining(['辽宁双台河口国家级自然保护区', '山东黄河三角洲国家级自然保护区']));
    expect(listed.places).not.toContain('辽宁');
    expect(listed.places).not.toContain('山东');
  });

  it('takes a province by its full name before a reserve only as where the reserve lies', () => {
    const { places, impliedPlaces } = readDraft('座谈会在甘肃省祁连山国家级自然保护区召开。');
    expect(places).toEqual(['甘肃省', '祁连山国家级自然保护区']);
    expect(impliedPlaces).toEqual([]);
  });

  it('reads a reserve of a city or county level by its division and level, the division inside it no place of its own', () => {
    const { places, impliedPlaces } = readDraft('调研组察看了大理市级自然保护区的管护站。');
    expect(places).toEqual(['大理市级自然保护区']);
    expect(impliedPlaces).toEqual(['大理市']);
  });

  it('reads no lake out of the lakes and reservoirs of a water bulletin', () => {
    const { places } = readDraft('全省监测的省控湖库中，优良湖库比例为90.5%，西溪湖水质为优。');
    expect(places.some((name) => name.endsWith('湖') && name !== '西溪湖')).toBe(false);
  });

  it('reads mountain ranges, snow mountains, glaciers and grasslands by their names, and no city inside them', () => {
    const { places } = readDraft('考察队从阿尼玛卿雪山出发，经过巴音布鲁克草原，抵达唐古拉山脉。');
    expect(places).toEqual(expect.arrayContaining(['阿尼玛卿雪山', '巴音布鲁克草原']));
    const range = readDraft('秦岭和大巴山脉之间是汉江谷地。');
    expect(range.graph.nodes.some((node) => node.name === '大巴山' && (node.aliases as string[] | undefined)?.includes('大巴山脉'))).toBe(true);
    // 丹东 inside a snow mountain's name is no city.
    const inside = readDraft('记者登上了格拉丹东雪山。');
    expect(inside.places).toEqual(['格拉丹东雪山']);
  });

  it('reads a division before 草原 as the division with its grassland, and an irrigation district by its name', () => {
    const cover = readDraft('牧民们在达日县放牧，达日县草原退化得到遏制。');
    expect(cover.places).toEqual(['达日县']);
    const irrigation = readDraft('当地实施了淠史杭灌区节水改造工程，都江堰灌区也在改造。');
    expect(irrigation.places).toEqual(['淠史杭灌区', '都江堰灌区']);
  });

  it('takes the country before a list of protected species for no place, and a water as subject without its source', () => {
    const species = readDraft('保护区内分布有我国重点保护野生动物26种。');
    expect(species.places).toEqual([]);
    const source = readDraft('赣江发源地位于石城县。');
    expect(source.places).toEqual(expect.arrayContaining(['赣江', '石城县']));
    expect(source.places.some((name) => name.includes('发源地'))).toBe(false);
  });

  it('reads no district out of 区域 after a region of a province (second look)', () => {
    const { places } = readDraft('陇南区域4个县空气质量有所改善，陕北区域2个城市有所下降。');
    expect(places.some((name) => name === '南区' || name === '北区')).toBe(false);
    expect(readDraft('中山市南区召开会议。').places).toEqual(['中山市', '南区']);
  });

  it('reads a reserve named without its level as the reserve the report names with it', () => {
    const { places, graph } = readDraft('副省长调研梵净山自然保护区建设。调研组考察了梵净山国家级自然保护区。');
    expect(places).toEqual(['梵净山国家级自然保护区']);
    expect(graph.nodes.find((node) => node.name === '梵净山国家级自然保护区')?.aliases).toEqual(['梵净山自然保护区']);
  });
});
