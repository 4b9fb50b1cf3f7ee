import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of provincial and municipal press conferences reported as
// news: what the press conference released with no releaser, a releaser's emphasis (重点提到), the releaser's opening
// statement after his name (致发布词), a converged newsroom's reporter, a broadcaster's dateline, a page's header line
// run together, and the reporter's source formula (记者从发布会上获悉).
describe('what a press conference released, with no releaser', () => {
  it('reads 发布会透露 and 新闻发布会指出 as the occasion’s speech, as 会议指出 is', () => {
    expect(readDraft('发布会透露,今年以来,东岚省新增自然保护地12处。').statements[0]).toMatch(/^今年以来/u);
    expect(readDraft('新闻发布会指出,要持续改善生态环境质量。').statements[0]).toMatch(/^要持续改善/u);
  });

  it('gives no speech to a body that held the press conference (召开新闻发布会强调 is the body’s)', () => {
    const { statements } = readDraft('省政府召开新闻发布会强调,要加大保护力度。');
    expect(statements.every((text) => !text.startsWith('要加大'))).toBe(true);
  });
});

describe('a releaser’s emphasis before the speech verb', () => {
  it('gives what a division head 重点提到 to him', () => {
    const draft = readDraft('临溪省生态环境厅大气环境处处长许文涛重点提到,着力推进钢铁行业超低排放改造。');
    expect(draft.saidBy('着力推进')).toEqual(['许文涛']);
  });

  it('gives what a deputy director 重点介绍 to her', () => {
    const draft = readDraft('市生态环境局副局长韩雪梅重点介绍,全市优良天数比例持续提高。');
    expect(draft.saidBy('全市优良')).toEqual(['韩雪梅']);
  });
});

describe('the releaser’s opening statement after his name', () => {
  it('reads the name before 致发布词 without 致', () => {
    const { people, speaksFor } = readDraft('省生态环境厅副厅长宋立军致发布词,监测处处长何文波答记者问。');
    expect(people).toEqual(['宋立军', '何文波']);
    expect(speaksFor[0]).toEqual(['宋立军', '省生态环境厅', '副厅长']);
  });

  it('keeps 致 inside a given name before another address (王致远致欢迎词)', () => {
    expect(readDraft('市长王致远致欢迎词。').people).toEqual(['王致远']);
  });
});

describe('a converged newsroom’s reporter', () => {
  it('reads the paper before 全媒体记者 as the reporter’s outlet', () => {
    const { bodies, speaksFor } = readDraft('(临溪日报社全媒体记者方晓宁)5月31日,省政府新闻办召开发布会。');
    expect(bodies).toContain('临溪日报社');
    expect(speaksFor).toContainEqual(['方晓宁', '临溪日报社', '全媒体记者']);
  });

  it('keeps a county’s media centre by its short name before 融媒体记者', () => {
    const { bodies } = readDraft('东岚县融媒体记者 韩晓报道。');
    expect(bodies).toEqual(['东岚县融媒体']);
  });
});

describe('a broadcaster’s dateline', () => {
  it('reads the outlet, the city it files from and the reporter of 央广网某地某日消息', () => {
    const { bodies, places, speaksFor } = readDraft('央广网银川8月9日消息(记者柳成)8月8日,自治区政府新闻办举行发布会。');
    expect(bodies).toContain('央广网');
    expect(places).toEqual(['银川']);
    expect(speaksFor).toContainEqual(['柳成', '央广网', '记者']);
  });

  it('reads no place in a city’s short name away from a dateline’s date', () => {
    expect(readDraft('网银川流不息的交易。').places).toEqual([]);
  });
});

describe('a page’s header line run together', () => {
  it('ends the source where the posting date begins', () => {
    expect(readDraft('来源:临溪新闻网2023-02-21 23:09').bodies).toEqual(['临溪新闻网']);
  });

  it('ends the source at the next credit, and reads the editors of 编辑: and 责编:', () => {
    const { bodies, people } = readDraft('2024-03-29 18:15:09来源:东岚广播电视台在线编辑:蔡文聪责编:刘河');
    expect(bodies).toEqual(['东岚广播电视台在线']);
    expect(people).toEqual(['蔡文聪', '刘河']);
  });
});

describe('the reporter’s source formula', () => {
  it('reads no name in 记者从发布会上获悉', () => {
    expect(readDraft('记者从发布会上获悉,今年全省完成治理项目12个。').people).toEqual([]);
  });

  it('still reads a reporter whose surname is 向 in a byline', () => {
    expect(readDraft('(记者向明)5月3日,省政府新闻办召开发布会。').people).toEqual(['向明']);
  });

  it('still reads reporters whose surnames the segmenter takes for prepositions, glued to 记者', () => {
    expect(readDraft('临溪日报记者于洋、向明集体采访。').people).toEqual(['于洋', '向明']);
  });
});
