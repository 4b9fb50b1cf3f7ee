import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of reports that name many places: a city's list of
// water sections or problem sites, each with the leader who answers for it; the city's counties by their stems; the
// tiers of the monitoring network; a lake named after a city.
describe('a list of sites with the person who answers for each', () => {
  const list =
    '本月Ⅲ类水质断面3个，分别是：\n甲县2个〔柳湾大桥（挂包领导：邹明远）、红旗电站（河长：金华林）〕；\n乙县1个〔石门村下游桥（挂点领导：常德）〕。';

  it('reads the name after the role as a person, even one that is or holds a city’s name', () => {
    const { people } = readDraft(list);
    expect(people).toEqual(expect.arrayContaining(['邹明远', '金华林', '常德']));
  });

  it('reads each site before the bracket as a place, and no city inside the names', () => {
    const { places } = readDraft(list);
    expect(places).toEqual(expect.arrayContaining(['柳湾大桥', '红旗电站', '石门村下游桥']));
    expect(places).not.toContain('金华');
    expect(places).not.toContain('常德');
  });

  it('takes a body with its contact person for no place', () => {
    const { places, people } = readDraft('联系单位：县水利局（负责人：韦德明）。');
    expect(people).toContain('韦德明');
    expect(places).not.toContain('县水利局');
  });
});

describe('a city’s counties by their stems in its own list', () => {
  it('reads the stems that open the lines with their counts, and stems listed with 、, as the city’s counties', () => {
    const { places } = readDraft('南平市本月通报如下：\n顺昌2个，详见附表；\n浦城1个，详见附表。\n核查光泽、松溪、邵武进度滞后。');
    expect(places).toEqual(expect.arrayContaining(['南平市', '顺昌', '浦城', '光泽', '松溪', '邵武']));
  });

  it('reads no stem when the report names no city they belong to', () => {
    const { places } = readDraft('本月通报如下：\n顺昌2个，详见附表。');
    expect(places).not.toContain('顺昌');
  });
});

describe('the tiers of the monitoring network and of the roads', () => {
  it('takes 国 before 省 for the pair of levels, not for a province', () => {
    expect(readDraft('定期公布国省控断面水质和国省道沿线环境整治情况。').places).toEqual([]);
  });
});

describe('a lake whose name starts with a city’s short name', () => {
  it('reads the lake whole, not the city, when the report prints its name again', () => {
    const { places } = readDraft('调研组赴温州湖督导湖长制工作。温州湖水质大部分达到Ⅲ类标准。');
    expect(places).toContain('温州湖');
    expect(places).not.toContain('温州');
  });
});
