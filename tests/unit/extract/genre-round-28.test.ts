import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of provincial and city press conferences and of the
// news that reports them: a release's list of speakers, a host named by the role alone, the time between a quote and
// its speaker, a quote whose speaker opens the next sentence, a post run a comma breaks before 新闻发言人, a reporter
// acting in a sentence, and a column label before the headline.
describe("a release's list of speakers", () => {
  const transcript = [
    '发布人：',
    '林晓东 东岚市生态环境局副局长',
    '东岚日报记者：今年东岚在跨界河流治理方面还有哪些打算？',
    '林晓东介绍，今年我们将联合上游城市开展共同监测，推进流域协同治理。',
  ].join('\n');

  it('gives the speaker the body and title of the release line, and the answer to the speaker', () => {
    const draft = readDraft(transcript);
    expect(draft.speaksFor).toContainEqual(['林晓东', '东岚市生态环境局', '副局长']);
    expect(draft.saidBy('今年我们将联合上游城市')).toEqual(['林晓东']);
  });

  it('gives no post when the line after the name holds no body', () => {
    const draft = readDraft('参会人员：\n林晓东 副调研员\n会议研究了有关工作。');
    expect(draft.speaksForPairs.filter(([person]) => person === '林晓东')).toEqual([]);
  });
});

describe('a host named by the role alone', () => {
  it('reads the turn after 主持人： with no person as its speaker', () => {
    const draft = readDraft(
      [
        '主持人：各位记者朋友，大家下午好！欢迎参加市生态环境局例行新闻发布会。',
        '下面，请市生态环境局大气环境处处长苏明轩介绍有关情况。',
        '苏明轩：谢谢主持人，下面我介绍有关情况。',
      ].join('\n'),
    );
    expect(draft.saidBy('各位记者朋友，大家下午好')).toEqual([]);
    expect(draft.saidBy('谢谢主持人')).toEqual(['苏明轩']);
  });

  it('takes no greeting line alone for the turn', () => {
    const draft = readDraft('主持人：各位记者朋友：\n今天的发布会到此结束。');
    expect(draft.statements.some((text) => text.startsWith('各位记者朋友'))).toBe(false);
  });
});

describe('the time between a quote and its speaker', () => {
  it('gives the quote to the official after the day of the month', () => {
    const draft = readDraft('“五年来，我们累计投入2.1亿元用于湖泊保护。”12日，东岚湖保护管理局副局长韩立平对外表示。');
    expect(draft.saidBy('五年来，我们累计投入')).toEqual(['韩立平']);
  });

  it('gives the quote to the official after a month and day, with the speech going on after the verb', () => {
    const draft = readDraft('“全省空气质量综合指数同比改善4.1%……”9月20日，东岚省生态环境厅厅长宋文博表示，蓝天白云已成常态。');
    expect(draft.saidBy('全省空气质量综合指数')).toEqual(['宋文博']);
    expect(draft.saidBy('蓝天白云已成常态')).toEqual(['宋文博']);
  });
});

describe('a quote whose speaker opens the next sentence', () => {
  it('gives a quote closed by ”。 to the official who opens the next sentence with a speech verb', () => {
    const draft = readDraft(
      '“我们将以重污染天气消除攻坚行动为主攻方向，持续改善空气质量”。东岚省生态环境厅副厅长吕海峰在发布会上表示，进入冬季容易出现污染过程。',
    );
    expect(draft.saidBy('我们将以重污染天气消除')).toEqual(['吕海峰']);
  });

  it('gives it to nobody when the next sentence opens with no speaker', () => {
    const draft = readDraft('“我们将以重污染天气消除攻坚行动为主攻方向，持续改善空气质量”。会上，东岚省生态环境厅副厅长吕海峰通报了有关情况。');
    expect(draft.saidBy('我们将以重污染天气消除')).toBeUndefined();
  });
});

describe('a post run that a comma breaks before 新闻发言人', () => {
  it('gives the spokesperson the body of the posts before the comma', () => {
    const draft = readDraft('6月5日，区政府新闻办召开新闻发布会，区生态环境厅党组成员、副厅长，新闻发言人扎西平措介绍有关情况。');
    expect(draft.speaksForPairs).toContainEqual(['扎西平措', '区生态环境厅']);
  });

  it('gives no body when the words before the comma are no post run', () => {
    const draft = readDraft('会议由区政府新闻办主持，新闻发言人扎西平措介绍有关情况。');
    expect(draft.speaksForPairs.filter(([person]) => person === '扎西平措')).toEqual([]);
  });
});

describe('a reporter acting and a column label', () => {
  it('reads no byline name in 回答了记者关注的问题', () => {
    expect(readDraft('两位副处长参加发布会，并回答了记者关注的问题。').people).toEqual([]);
  });

  it('still reads a reporter named right after the role', () => {
    expect(readDraft('本报记者王晓燕报道，东岚市召开生态环境保护大会。').people).toContain('王晓燕');
  });

  it('reads no person in a column label joined by a middle dot before the column bar', () => {
    expect(readDraft('发布会·回应关切丨东岚这样守护蓝天\n东岚市召开新闻发布会。').people).toEqual([]);
  });

  it('still reads a dotted name after a column bar', () => {
    expect(readDraft('专访丨阿依古丽·买买提：守护好这片湿地\n阿依古丽·买买提表示，要保护好湿地。').people).toContain('阿依古丽·买买提');
  });
});
