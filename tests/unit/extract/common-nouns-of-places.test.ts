import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences written by the team. Every city of the division data whose name ends in 城 is known by name (晋城市,
// 聊城市); an unknown word ending in 城市 is the common noun "city" after a modifier, a kind of city and no place.
describe('kinds of city', () => {
  it('reads no place in a kind of city, and keeps a known city whose name ends in 城', () => {
    expect(readDraft('我市正在开展创建全国文明城市工作。').places).toEqual([]);
    expect(readDraft('他说，大城市的环保有其自身的特点。').places).toEqual([]);
    expect(readDraft('晋城市是山西省的重要城市。').places).toEqual(expect.arrayContaining(['晋城市', '山西省']));
  });
});

// After a division, a place of a kind ends in its kind's word (汾河, 某某湿地); a one-character kind that begins a
// common noun of the dictionary (河 of 河流, 河道) is that noun, and what stands before it is a description.
describe('common nouns that begin with a kind of place', () => {
  it('reads no river in 河流 or 河道 after a division, and still reads a river named there', () => {
    expect(readDraft('检查组赴南浔区重点中小河流察看整治情况。').places).toEqual(['南浔区']);
    expect(readDraft('嘉定区黑臭河道整治项目负责人介绍了进展。').places).toEqual(['嘉定区']);
    expect(readDraft('检查组察看了哈尔滨市何家沟入江口的整治情况。').places).toEqual(expect.arrayContaining(['哈尔滨市', '何家沟']));
  });
});

// 县（市、区） lists the levels below a city ("the counties, cities and districts"): after 和 ("and") it is no county
// whose name is one character (和县).
describe('the levels of a list in brackets', () => {
  it('reads no county 和县 in 和县（市、区）', () => {
    expect(readDraft('会议听取了全市工作情况汇报和县（市、区）工作述职。').places).toEqual([]);
  });
});

// GOLD.md lists no place printed only inside a body's name: a website's byline (某某网讯, 据某某网记者) is its outlet's.
describe('the country at the head of a website’s byline', () => {
  it('keeps the country of 中国某某网讯 apart, and lists it when the text names it elsewhere', () => {
    const byline = readDraft('中国环保网讯：全国地级及以上城市细颗粒物平均浓度为30微克/立方米。');
    expect(byline.places).toEqual([]);
    expect(byline.graph.impliedPlaces?.map((node) => node.id)).toEqual(['region:china']);
    const named = readDraft('据中国环保网记者报道，中国的细颗粒物平均浓度持续下降。');
    expect(named.places).toEqual(['中国']);
  });
});

// The river and lake chiefs' work is said in phrases of a verb and 湖 (治湖, 巡湖, 管湖); a lake's own word before 湖 is
// a noun or a name.
describe('a verb joined to 湖', () => {
  it('reads no lake in a phrase of the chiefs’ work, and keeps lakes whose word before 湖 is a noun or a name', () => {
    expect(readDraft('河湖长制工作中，坚持科学治湖，依法管湖。').places).toEqual([]);
    expect(readDraft('全县开展走河巡湖活动。').places).toEqual([]);
    expect(readDraft('菜子湖、武昌湖水质良好，太白湖、汤逊湖和长荡湖整治完成。').places).toEqual(['菜子湖', '武昌湖', '太白湖', '汤逊湖', '长荡湖']);
  });
});
