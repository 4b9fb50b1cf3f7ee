import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for river, lake and basin governance in the reports of congresses and of
// provincial and city meetings: water works and water-source protection zones as places, the counties a congress's
// inspection group visits listed by their stems, a province named by its abbreviation in the news of a visit, and the
// words that are no names (a post with the verb of holding another, 全体 of a plenary).
describe('water works and drinking-water source protection zones', () => {
  it('reads pumping stations and ponds listed beside a wetland, whatever the segmenter tags their names as', () => {
    const draft = readDraft('省级湖长一行先后深入江川区康美湿地、前卫泵站、捧寨坝塘，调研截污治污工作。');
    expect(draft.places).toEqual(expect.arrayContaining(['康美湿地', '前卫泵站', '捧寨坝塘']));
  });

  it('reads a second-grade water-source protection zone after its basin, the basin a place of its own', () => {
    const draft = readDraft('检查组赴罗源察看敖江流域霍口二级水源保护区水质情况。');
    expect(draft.places).toEqual(expect.arrayContaining(['敖江流域', '霍口二级水源保护区']));
  });

  it('keeps a river after its county when a longer water work after it has no name the finder can read', () => {
    expect(readDraft('与会人员实地观摩了庆云县马颊河马西扬水站。').places).toContain('马颊河');
  });

  it('reads no place in works being built or rebuilt, listed beside a place', () => {
    const places = readDraft('要求江川区、改造泵站、建设坝塘同步推进。').places;
    expect(places).not.toContain('改造泵站');
    expect(places).not.toContain('建设坝塘');
  });
});

describe('the counties an inspection group visits, by their stems', () => {
  it('reads each county of a list after 深入 and before 开展', () => {
    const draft = readDraft('福州市人大常委会分两个组，深入福清、长乐、闽侯、罗源开展执法检查。');
    expect(draft.places).toEqual(expect.arrayContaining(['福清', '长乐', '闽侯', '罗源']));
  });

  it('reads a county after 赴 and before 察看', () => {
    expect(readDraft('检查组赴罗源察看水源地保护情况。').places).toContain('罗源');
  });

  it('reads no county in a list of common nouns', () => {
    expect(readDraft('检查组深入基层、企业开展调研。').places).toEqual([]);
  });
});

describe('a province named by its abbreviation in the news of a visit', () => {
  it('reads 皖 between 在 and 就, and 鄂 between 来 and 考察', () => {
    expect(readDraft('调研组在皖就流域保护立法情况开展调研。').places).toContain('皖');
    expect(readDraft('代表团来鄂考察湖泊保护工作。').places).toContain('鄂');
  });

  it('reads no province in a word that starts with an abbreviation', () => {
    expect(readDraft('他在苏醒后离开了会场。').places).toEqual([]);
  });
});

describe('words that are no names', () => {
  it('reads no name in a post with the verb of holding another after it', () => {
    const draft = readDraft('成立由党组成员任组长的执法检查组。');
    expect(draft.people).toEqual([]);
  });

  it('still reads a person whose surname is 任 after a post', () => {
    expect(readDraft('党组成员任志强出席会议。').people).toEqual(['任志强']);
  });

  it('reads no name in 全体 of a plenary after a post', () => {
    expect(readDraft('2024年某市总河长全体会议召开。').people).toEqual([]);
  });
});
