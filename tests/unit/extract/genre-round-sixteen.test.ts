import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = (text: string) => {
  const draft = readDraft(text);
  return { ...draft, said: draft.saidBy };
};

describe('who speaks for whom: Youth League committees and posts in two bodies (round sixteen)', () => {
  it('reads a Youth League committee named by the League and its place as its own body, not the party committee', () => {
    const { organizations, speaksFor } = read('共青团湖南省委副书记何晓东出席活动并讲话,共青团长沙市委承办。');
    expect(organizations).toContain('共青团湖南省委');
    expect(organizations).toContain('共青团长沙市委');
    expect(organizations).not.toContain('湖南省委');
    expect(organizations).not.toContain('长沙市委');
    expect(speaksFor).toContainEqual(['何晓东', '共青团湖南省委', '副书记']);
  });

  it('leaves a committee member (委员) of a place alone: only 委 and 委员会 close a League committee', () => {
    const { organizations } = read('共青团长沙市委员会召开全会。');
    expect(organizations).toContain('共青团长沙市委员会');
  });

  it('gives a person the posts of both bodies printed before the name, joined by 、', () => {
    const { speaksFor } = read('市委宣传部副部长、市政府新闻办主任黄立新主持发布会。');
    expect(speaksFor).toContainEqual(['黄立新', '市委宣传部', '副部长']);
    expect(speaksFor).toContainEqual(['黄立新', '市政府新闻办', '主任']);
  });

  it('reads a body after 、 as a body even when its name starts with a post (市河长办 holds 市河长)', () => {
    const { speaksFor } = read('市水利局局长、市河长办副主任申江出席。');
    expect(speaksFor).toContainEqual(['申江', '市水利局', '局长']);
    expect(speaksFor).toContainEqual(['申江', '市河长办', '副主任']);
  });

  it('gives a person the posts of a chain of three runs, and of the bodies before a river chief’s post', () => {
    const chain = read('县委常委、县政府常务副县长、清溪河城关段河长罗明远一行到城关镇巡河。');
    expect(chain.speaksFor).toContainEqual(['罗明远', '县委', '常委']);
    expect(chain.speaksFor).toContainEqual(['罗明远', '县政府', '常务副县长']);
    const chief = read('滨江市委副书记、清溪河干流市级河长罗明远率队巡河。');
    expect(chief.speaksFor).toContainEqual(['罗明远', '滨江市委', '副书记']);
  });

  it('ends a name before 关于, the preposition of the topic a person reports on', () => {
    const { people } = read('会议听取了市水务局局长于海关于河道整治的汇报。');
    expect(people).toContain('于海');
    expect(people).not.toContain('于海关');
  });
});

describe('speech of appeals, commitments and panels (round sixteen)', () => {
  it('reads 号召 and 倡议 as speech whose object is what is said', () => {
    const { said } = read('市生态环境局局长孟庆川号召市民从身边小事做起,共同守护蓝天。');
    expect(said('市民从身边小事做起')).toEqual(['孟庆川']);
  });

  it('does not read 倡议书 as the verb 倡议', () => {
    const { statements } = read('区文明办主任沈岚宣读倡议书。');
    expect(statements).toEqual([]);
  });

  it('reads 表示 before a modal verb as a commitment, also in a clause after the speaker’s first one', () => {
    const direct = read('副县长韩立峰表示将逐项落实督察组的整改意见。');
    expect(direct.said('将逐项落实督察组的整改意见')).toEqual(['韩立峰']);
    const carried = read('副县长韩立峰对督察组的指导表示感谢,表示要尽快完成整改任务。');
    expect(carried.said('要尽快完成整改任务')).toEqual(['韩立峰']);
  });

  it('keeps 表示 before an attitude (表示欢迎, 表示感谢) no speech', () => {
    const { statements } = read('市长孔德明对与会专家表示欢迎。');
    expect(statements).toEqual([]);
  });

  it('gives the words of a panel (某某等专家表示) to the first person named', () => {
    const { said } = read('中国工程院院士罗文海等专家表示,这座城市的生态底色越来越亮。');
    expect(said('这座城市的生态底色越来越亮')).toEqual(['罗文海']);
  });
});

describe('second look: a news lead’s day and place, and appeals after a comma (round sixteen)', () => {
  it('ends a name before the day of the month printed after it (某某2日在…)', () => {
    const { people, speaksFor } = read('省林业和草原局副局长郑天成12日在西宁介绍,全省湿地面积保持稳定。');
    expect(people).toContain('郑天成');
    expect(speaksFor).toContainEqual(['郑天成', '省林业和草原局', '副局长']);
  });

  it('reads the place of a news lead between 在 and the speech verb (在西宁介绍，)', () => {
    const { said } = read('省林业和草原局副局长郑天成12日在西宁介绍,全省湿地面积保持稳定。');
    expect(said('全省湿地面积保持稳定')).toEqual(['郑天成']);
  });

  it('carries the speaker of a delivered address over to 呼吁 after a comma (致辞，呼吁…)', () => {
    const { said } = read('副市长汤明远为启动仪式致辞,呼吁全市上下共同建设节水型城市。');
    expect(said('全市上下共同建设节水型城市')).toEqual(['汤明远']);
  });
});
