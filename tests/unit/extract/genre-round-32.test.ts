import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('a dateline’s outlet and the reporters in its brackets (round thirty-two)', () => {
  it('gives the reporters after 讯 the outlet before it, with a date between', () => {
    const { speaksForPairs } = readDraft('滨江新闻网6月3日讯（记者 方明远 陈小雨 报道）6月2日上午，全市生态环境保护大会召开。');
    expect(speaksForPairs).toContainEqual(['方明远', '滨江新闻网']);
    expect(speaksForPairs).toContainEqual(['陈小雨', '滨江新闻网']);
  });

  it('does the same after a news agency’s 电 with its place and date', () => {
    const { speaksForPairs } = readDraft('新华社南昌4月8日电（记者 高海波）全省生态环境保护工作会议8日召开。');
    expect(speaksForPairs).toContainEqual(['高海波', '新华社']);
  });

  it('gives 本报讯 reporters no body, since no outlet is named', () => {
    const { people, speaksFor } = readDraft('本报讯（记者周立群）5月8日上午，省委书记林海出席会议。');
    expect(people).toContain('周立群');
    expect(speaksFor.filter(([person]) => person === '周立群')).toEqual([]);
  });

  it('keeps 他 on the story’s speaker, not the reporter the dateline names', () => {
    const { saidBy } = readDraft(
      '南岭日报讯（记者孟思远）3月11日上午，在记者会上，生态环境部部长方建国回答了本报记者的提问。他透露，正在抓紧编制流域生态环境保护规划。',
    );
    expect(saidBy('正在抓紧编制')).toEqual(['方建国']);
  });
});

describe('the two responsibility principles of the environment as policies (round thirty-two)', () => {
  it('reads 党政同责 and 一岗双责 as two policies when one pair of quotation marks holds both', () => {
    const { policies } = readDraft('会议要求，要按照“党政同责、一岗双责”工作要求，层层传导压力。');
    expect(policies).toEqual(expect.arrayContaining(['党政同责', '一岗双责']));
    expect(policies).not.toContain('党政同责、一岗双责');
  });

  it('reads them quoted apart after a verb of carrying out', () => {
    const { policies } = readDraft('他要求，要严格落实“党政同责”“一岗双责”，加大生态环境保护工作力度。');
    expect(policies).toEqual(expect.arrayContaining(['党政同责', '一岗双责']));
  });
});

describe('the estuaries among the key sea areas (round thirty-two)', () => {
  it('reads 长江口 and 珠江口 as places', () => {
    const { places } = readDraft('部长乘船前往长江口海域调研，并听取珠江口邻近海域综合治理情况汇报。');
    expect(places).toEqual(expect.arrayContaining(['长江口', '珠江口']));
  });

  it('leaves a reserve named after the estuary whole', () => {
    const { places } = readDraft('上海长江口中华鲟湿地自然保护区管理处开展巡护。');
    expect(places).not.toContain('长江口');
  });
});

describe('a post held in a clause of time (round thirty-two)', () => {
  it('reads no name after a post between 担任 and 时', () => {
    const { people } = readDraft('王立新指出，2006年习近平总书记在担任江西省委书记时莅临清溪村视察。');
    expect(people).toEqual(['王立新', '习近平']);
  });

  it('still reads a name starting with 时 after a post that no 担任 opens', () => {
    const { people, speaksForPairs } = readDraft('县委书记时文斌出席会议并讲话。');
    expect(people).toContain('时文斌');
    expect(speaksForPairs).toContainEqual(['时文斌', '县委']);
  });
});

describe('a county by its stem in its share of the Beautiful China campaign (round thirty-two)', () => {
  it('reads the stem of 美丽某某建设 as the county', () => {
    const { places } = readDraft('会议强调，要加快推进美丽宁强建设，守护秦巴山水。');
    expect(places).toContain('宁强');
  });

  it('reads no place in 美丽中国建设 or 美丽乡村建设', () => {
    const { places } = readDraft('要统筹推进美丽中国建设和美丽乡村建设。');
    expect(places).toEqual([]);
  });
});
