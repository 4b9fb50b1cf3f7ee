import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of national-level news: the centre's working bodies and
// people's organizations before a post, the ministries of earlier years, the chief specialists of a ministry, lists of
// deputy ministers and of deputies closed by 等, and the appointment phrase 由…担任.
describe('a central working body before the post of its head', () => {
  it('keeps the Central Committee’s department whose post starts with its own word (中央统战部 + 副部长)', () => {
    expect(readDraft('中央统战部副部长孔令华出席座谈会。').speaksFor).toEqual([['孔令华', '中央统战部', '副部长']]);
    expect(readDraft('中央宣传部副部长费立新出席活动。').speaksFor).toEqual([['费立新', '中央宣传部', '副部长']]);
  });

  it('still gives a city’s publicity head the city committee, not a central body', () => {
    expect(readDraft('市委常委、宣传部部长甘永平出席。').organizations).not.toContain('中央宣传部');
  });

  it('reads the work committees and the civilization office at the centre', () => {
    const { organizations } = readDraft('活动由中央直属机关工委、中央国家机关工委、中央文明办联合主办。');
    expect(organizations).toEqual(['中央直属机关工委', '中央国家机关工委', '中央文明办']);
  });
});

describe('the people’s organizations and academies at the national level', () => {
  it('reads 全国工商联 and the post of its chairman after a CPPCC post', () => {
    const { organizations, speaksFor } = readDraft('全国政协副主席、全国工商联主席温和平会见代表团。');
    expect(organizations).toEqual(['全国政协', '全国工商联']);
    expect(speaksFor).toContainEqual(['温和平', '全国工商联', '主席']);
  });

  it('reads the national federations and academies by their short names', () => {
    expect(readDraft('全国妇联、中国科协和团中央共同发起倡议。').organizations).toEqual(['全国妇联', '中国科协', '团中央']);
    expect(readDraft('中国工程院院士苗长青作报告。').speaksFor).toEqual([['苗长青', '中国工程院', '院士']]);
  });
});

describe('ministries of earlier years and a ministry’s chief specialists', () => {
  it('reads 国土资源部 and 农业部 with a chief planner and a chief agronomist', () => {
    const { speaksFor } = readDraft('国土资源部总规划师葛立群、农业部总农艺师柯振东出席。');
    expect(speaksFor).toEqual([
      ['葛立群', '国土资源部', '总规划师'],
      ['柯振东', '农业部', '总农艺师'],
    ]);
  });

  it('reads 环保部 as the body of the post after it', () => {
    expect(readDraft('报告会由环保部部长钟润涛作报告。').speaksFor).toEqual([['钟润涛', '环保部', '部长']]);
  });

  it('does not read 环保部 on its own, which the press also writes for its successor', () => {
    expect(readDraft('企业整改了环保部督察交办的问题。').organizations).toEqual([]);
  });
});

describe('lists of people closed by 等', () => {
  it('gives the deputy ministers of a list closed by 等同志 the post printed before the first name', () => {
    const { people, speaksFor } = readDraft('副组长由生态环境部副部长邢建华、卢明、单立国等同志担任。');
    expect(people).toEqual(['邢建华', '卢明', '单立国']);
    expect(speaksFor).toEqual([
      ['邢建华', '生态环境部', '副部长'],
      ['卢明', '生态环境部', '副部长'],
      ['单立国', '生态环境部', '副部长'],
    ]);
  });

  it('reads the names before 等 and a count of persons (等6位人大代表)', () => {
    const { people } = readDraft('代表通道上,庞晓雪、蒋海川、席文娟等3位人大代表接受采访。');
    expect(people).toEqual(['庞晓雪', '蒋海川', '席文娟']);
  });

  it('takes no places counted with 个 for people', () => {
    expect(readDraft('北京、上海、广州等3个城市参加试点。').people).toEqual([]);
  });
});

describe('words that open no name', () => {
  it('reads 由 after a post as the appointment phrase, not a surname', () => {
    expect(readDraft('组长由郑怀远同志担任,副组长由生态环境部副部长邢建华担任。').people).toEqual(['郑怀远', '邢建华']);
  });

  it('takes a post whose first character is a surname (顾问) for no person', () => {
    expect(readDraft('促进会顾问、副会长等出席。').people).toEqual([]);
  });
});
