import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the places and bodies below the county that river and lake
// chiefs' patrols, inspection follow-ups and zone surveys name: a township's, a street's and a development zone's
// bodies, zones by their own names, rivers listed after a visit, sites printed after their town, and a township
// named again or by a stem that is also a city's short name.
describe('bodies of townships, streets and development zones', () => {
  it('reads a township party committee after the town and its county, and gives the secretary to it', () => {
    const draft = readDraft('云岭县青石镇党委副书记、镇长鲁建平主持会议。');
    expect(draft.bodies).toEqual(['云岭县青石镇党委']);
    expect(draft.speaksForPairs).toEqual([['鲁建平', '云岭县青石镇党委']]);
    const again = readDraft('桂花镇党委书记黎光明带队巡河。');
    expect(again.bodies).toEqual(['桂花镇党委']);
    expect(again.speaksFor).toEqual([['黎光明', '桂花镇党委', '书记']]);
  });

  it('reads a township’s or a street’s committee written bare before a post', () => {
    expect(readDraft('镇党委书记柯明远同志带队巡河。').speaksFor).toEqual([['柯明远', '镇党委', '书记']]);
    expect(readDraft('街道党工委书记严文涛陪同检查。').speaksForPairs).toEqual([['严文涛', '街道党工委']]);
  });

  it('reads a development zone’s management committee', () => {
    expect(readDraft('一是桐溪经济开发区管委会要落实园区污水管理责任。').bodies).toEqual(['桐溪经济开发区管委会']);
  });

  it('takes no general mention of townships’ bodies for a body', () => {
    expect(readDraft('各镇党委要落实属地责任。').bodies).toEqual([]);
    expect(readDraft('镇政府要加强巡查。').bodies).toEqual([]);
  });
});

describe('development zones by their own names', () => {
  it('reads a zone by its full kind and by the short form 经开区', () => {
    expect(readDraft('市环保局副局长龚新华带队赴金沙经济开发区调研。').places).toEqual(['金沙经济开发区']);
    expect(readDraft('市水务局、白鹭经开区相关负责同志陪同参加。').places).toEqual(['白鹭经开区']);
  });

  it('takes no level of zone for a zone', () => {
    expect(readDraft('推动国家级经济技术开发区转型升级。').places).toEqual([]);
  });
});

describe('rivers a chief visits, in a list', () => {
  it('reads the rivers listed after a site visit’s verb', () => {
    expect(readDraft('实地察看了青龙河、白沙河全线堤防。').places).toEqual(['青龙河', '白沙河']);
  });

  it('reads the rivers listed before 等主要河道, without the aspect mark of the verb', () => {
    expect(readDraft('此次调研查看了柳叶河、石门河、潭河等主要河道。').places).toEqual(['柳叶河', '石门河', '潭河']);
  });

  it('takes no common nouns of waters for rivers', () => {
    expect(readDraft('实地查看了江河、湖泊保护情况。').places).toEqual([]);
  });
});

describe('townships and the sites printed after them', () => {
  it('reads the town before a quarry or a stone works as a place of its own', () => {
    const places = readDraft('督察组调研了龙潭镇采石场、青山镇顺发石料厂等点位。').places;
    expect(places).toEqual(['龙潭镇', '青山镇', '顺发石料厂']);
    expect(places).not.toContain('龙潭镇采石场');
  });

  it('finds a township again where the report prints its full name once more', () => {
    expect(readDraft('桂花镇党委书记黎光明带队巡河。巡查结束后，桂花镇及时召开会议。').places).toEqual(['桂花镇']);
  });

  it('reads a township’s stem as the township, not as the city of the same name', () => {
    const places = readDraft('江山镇党委书记邝建业带队对江山段河道进行巡查。下一步，江山镇将常态化巡河。').places;
    expect(places).toEqual(['江山镇']);
  });
});
