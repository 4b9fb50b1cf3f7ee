import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the places of national event releases, ministry digests,
// inspection bulletins and the news of parks and reserves: a converter's pinyin after a place's last character, a
// city after its own province, bays named after their city, the lakes of the plateau, an area's bounds, species named
// after a region, an outlet named after the country, and the country inside an initiative's name.
describe('a converter’s pinyin printed after a place’s last character', () => {
  it('keeps the district and the township with the gloss after their last character', () => {
    const { places } = readDraft('檢查組先后來到那曲市色尼區(qū)及嘉黎縣措多鄉(xiāng)檢查。');
    expect(places).toEqual(expect.arrayContaining(['那曲市', '色尼區(qū)', '嘉黎縣', '措多鄉(xiāng)']));
  });
});

describe('a city after its own province', () => {
  it('reads the city the segmenter takes for a common noun, and the bay named after a city', () => {
    const { places } = readDraft('入选案例包括山东烟台某某工程、海南三亚湾和河北唐山湾。');
    expect(places).toEqual(expect.arrayContaining(['山东', '烟台', '海南', '三亚湾', '河北', '唐山湾']));
    expect(places).not.toContain('唐山');
  });

  it('reads no bay in a bay area', () => {
    expect(readDraft('推进粤港澳大湾区建设。').places).not.toContain('港澳大湾');
  });
});

describe('the lakes of the plateau', () => {
  it('reads a lake ending in 错 in a report on the plateau', () => {
    const { places } = readDraft('记者从西藏自治区获悉,甲卓雍错已纳入试点,与乙木错并称圣湖。');
    expect(places).toEqual(expect.arrayContaining(['甲卓雍错', '乙木错']));
  });

  it('reads no lake in 不错 or 多措并举, nor off the plateau', () => {
    const { places } = readDraft('西藏自治区各地工作做得不错,要坚持多措并举。');
    expect(places.filter((place) => /[错措]$/u.test(place))).toEqual([]);
    expect(readDraft('记者从湖南省获悉,甲卓雍错已纳入试点。').places).not.toContain('甲卓雍错');
  });
});

describe('the sites that mark an area’s bounds', () => {
  it('reads the forest farm after its forestry bureau as the place, and the bureau as the body', () => {
    const { places, bodies } = readDraft('某某国家公园东起吉林省白河林业局青松林场,西至丙林场,北到丁家岭。');
    expect(places).toEqual(expect.arrayContaining(['青松林场', '丙林场', '丁家岭']));
    expect(places).not.toContain('林业局青松');
    expect(bodies.some((body) => body.endsWith('林场'))).toBe(false);
  });

  it('reads no site after a bound word when what follows ends like no site', () => {
    expect(readDraft('活动时间东起每年三月。').places).toEqual([]);
  });
});

describe('a species named after a region', () => {
  it('reads no region in the name of a tiger, a leopard or a gibbon', () => {
    const { places } = readDraft('东北虎豹国家公园里有东北虎,保护区还有海南长臂猿和华南虎。');
    expect(places).not.toContain('东北');
    expect(places).not.toContain('海南');
    expect(places).not.toContain('华南');
  });

  it('still reads the region before other words', () => {
    expect(readDraft('推动东北地区全面振兴。').places).toContain('东北地区');
  });
});

describe('an outlet named after the country, and the country inside an initiative', () => {
  it('reads the outlet of a dateline that opens with 中国, and no country', () => {
    const { bodies, places } = readDraft('中国某业网9月17日讯 近日,某省调研组赴甲市调研。');
    expect(bodies).toContain('中国某业网');
    expect(places).not.toContain('中国');
  });

  it('keeps the country of a nationwide figure implied beside 美丽中国', () => {
    const { places } = readDraft('这是美丽中国建设的重要载体。我国近岸海域共划分为283个海湾。');
    expect(places).not.toContain('中国');
  });
});

describe('the host province by its abbreviation in an event’s release', () => {
  it('reads the province where the event is held', () => {
    expect(readDraft('本届活动在湘举办,为推动绿色发展凝聚共识。').places).toContain('湘');
  });

  it('reads no province in a word the character starts', () => {
    expect(readDraft('活动在湘江边举办。').places).not.toContain('湘');
  });
});
