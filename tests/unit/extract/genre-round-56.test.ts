import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of press-conference transcripts: a bilingual transcript's
// labels in Chinese and pinyin, marks a page prints for lost characters before a turn, and a press conference that
// presents its release as its own speech.
describe('a bilingual transcript, each label printed again in pinyin', () => {
  const text = [
    '寿明丽:',
    'Shou Mingli:',
    '女士们、先生们,大家上午好!欢迎出席新闻发布会。',
    'Ladies and gentlemen, good morning. Welcome to this press conference.',
    '黄明秋:',
    'Huang Mingqiu:',
    '谢谢主持人。各位媒体朋友,大家上午好!',
    'Thank you. Good morning, everyone.',
  ].join('\n');

  it('reads the host named by the label alone, its pinyin the proof', () => {
    expect(readDraft(text).people).toEqual(['寿明丽', '黄明秋']);
  });

  it('gives each turn the Chinese line after the pinyin label, not the label', () => {
    const draft = readDraft(text);
    expect(draft.saidBy('女士们、先生们')).toEqual(['寿明丽']);
    expect(draft.saidBy('谢谢主持人')).toEqual(['黄明秋']);
    expect(draft.statements.some((statement) => statement.startsWith('Huang'))).toBe(false);
  });

  it('takes no label whose romanised line is another name for a person', () => {
    expect(readDraft('寿明丽:\nZhang Wei:\n女士们、先生们,大家上午好!').people).toEqual([]);
  });
});

describe('marks of lost characters before a transcript turn', () => {
  it('still reads the turn of a line that opens with question marks', () => {
    const draft = readDraft('发布会由宣传教育司司长刘明主持。\n??刘明:新闻界的朋友们,大家好!欢迎参加发布会。');
    expect(draft.saidBy('新闻界的朋友们')).toEqual(['刘明']);
  });

  it('reads no turn inside a line where the marks end a question', () => {
    const draft = readDraft('发布会由宣传教育司司长刘明主持。\n记者问这是为什么??刘明:新闻界的朋友们欢迎你们。');
    expect(draft.saidBy('新闻界的朋友们')).toBeUndefined();
  });
});

describe('a press conference that presents its release', () => {
  it('makes what the conference presented a statement with no speaker', () => {
    const draft = readDraft('6月1日，某市召开新闻发布会。发布会介绍，2021年，我市深入实施蓝天保卫战。');
    expect(draft.said).toEqual([[undefined, '2021年，']]);
  });

  it('leaves a person who introduces a conference their own speech', () => {
    const draft = readDraft('市生态环境局局长罗明华介绍，今年全市空气质量持续改善。');
    expect(draft.saidBy('今年全市空气质量')).toEqual(['罗明华']);
  });
});

describe('the press centre of a party congress or a congress session', () => {
  it('reads the centre that holds the conference as a body', () => {
    expect(readDraft('今天上午，党的二十大新闻中心召开第五场记者招待会。').bodies).toEqual(['党的二十大新闻中心']);
    expect(readDraft('二十大新闻中心举行第五场记者招待会。').bodies).toEqual(['二十大新闻中心']);
    expect(readDraft('十四届全国人大二次会议新闻中心举行记者会。').bodies).toEqual(['十四届全国人大二次会议新闻中心']);
  });

  it('reads no body in a congress’s report', () => {
    expect(readDraft('党的十九大报告提出，要推动绿色发展。').bodies).toEqual([]);
  });
});

describe('the outlets a press-conference report lists before 等新闻媒体', () => {
  it('reads each item of the list as an outlet', () => {
    expect(readDraft('江城商报、江城在线、江城晚报等新闻媒体应邀参加新闻发布会。').bodies).toEqual(['江城商报', '江城在线', '江城晚报']);
  });

  it('reads no outlet from a list of people', () => {
    expect(readDraft('张明、李华等同志参加发布会。').bodies).toEqual([]);
  });
});

describe('a county media centre’s dateline', () => {
  it('reads the county by the stem before 融媒讯', () => {
    expect(readDraft('庆元融媒讯 6月5日，我县举行环境日活动。').places).toEqual(['庆元']);
  });

  it('reads no place from a stem no county has', () => {
    expect(readDraft('全媒融媒讯 6月5日，举行环境日活动。').places).toEqual([]);
  });
});
