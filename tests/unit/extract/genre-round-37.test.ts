import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of reported speech in press conferences, delegations'
// open days, interviews and study sessions (round 37): a group that speaks as one, the occasion of an answer written
// without 在, the question answered retold before the verb, a journalist's single question and a deputy's turn in a
// transcript, and an autonomous region's chairman written after the level word alone.
describe('a group that speaks as one (大家纷纷表示, 干部职工纷纷表示)', () => {
  it('makes a statement of 大家 and of a group with an adverb of the many', () => {
    expect(readDraft('会后，大家纷纷表示，要立足本职岗位，履职尽责。').statements).toEqual(['要立足本职岗位，履职尽责']);
    expect(readDraft('代表们一致认为，报告实事求是，催人奋进。').statements).toEqual(['报告实事求是，催人奋进']);
    expect(readDraft('全省广大干部职工纷纷表示，要把会议精神落到实处。').statements).toEqual(['要把会议精神落到实处']);
  });

  it('gives the group’s view to no person', () => {
    expect(readDraft('大家纷纷表示，要立足本职岗位。').said).toEqual([[undefined, '要立足本职岗']]);
  });

  it('takes staff without an adverb of the many for no speaker (干部职工表示决心 is no view reported)', () => {
    expect(readDraft('干部职工表示，要按照部署抓好落实。').statements).toEqual([]);
  });
});

describe('the occasion of an answer or an interview written without 在', () => {
  it('reads 回应…时说, 接受…采访时表示 and 回答…时表示 over to the speech verb', () => {
    expect(readDraft('省生态环境厅厅长赵立新回应记者时说：督察反馈的案件已办结九成。').saidBy('督察反馈')).toEqual(['赵立新']);
    expect(readDraft('省生态环境厅厅长赵立新接受本报记者采访时表示，全省水质持续改善。').saidBy('全省水质')).toEqual(['赵立新']);
    expect(readDraft('市生态环境局局长钱卫东回答记者提问时表示，今年将启动专项行动。').saidBy('今年将启动')).toEqual(['钱卫东']);
  });

  it('reads over yesterday and its date in brackets (昨天(3号)回应…时说)', () => {
    expect(readDraft('全国人大代表、省生态环境厅厅长赵立新昨天(3号)回应电台记者时说：整改已完成八成。').saidBy('整改已完成')).toEqual(['赵立新']);
  });
});

describe('the question answered, retold before the verb with its commas', () => {
  it('reads 介绍…将采取哪些举措，…时表示 over to the verb', () => {
    const text = '省生态环境厅副厅长孙海涛介绍围绕美丽河湖建设，全省将采取哪些举措，进一步改善水质时表示，我们将突出精准治污。';
    expect(readDraft(text).saidBy('我们将突出精准治污')).toEqual(['孙海涛']);
  });

  it('reads no clause with commas that asks nothing', () => {
    const text = '省生态环境厅副厅长孙海涛介绍了全省水质情况，全省采取了多项措施，成效明显时表示满意。';
    expect(readDraft(text).statements).toEqual([]);
  });
});

describe('a press conference’s single exchange and a delegation’s open-day turns', () => {
  it('takes a lone 记者： line that asks for a journalist’s question, indented as a paper prints it', () => {
    const text = '  省政府新闻办召开新闻发布会。\n\n  记者：今年全省空气质量改善明显，部分城市改善难度有多大？\n\n  周文斌：这个问题很重要。';
    expect(readDraft(text).said[0]).toEqual([undefined, '今年全省空气']);
  });

  it('takes no credit line 记者：某某 for a question', () => {
    expect(readDraft('记者：王小明\n编辑：李秋').statements).toEqual([]);
  });

  it('gives a turn headed by a name and 代表 to that deputy', () => {
    const text = '人民日报：今年有什么新举措应对污染治理？\n周文斌代表：感谢记者朋友对我省环保工作的关心和支持。';
    expect(readDraft(text).saidBy('感谢记者朋友')).toEqual(['周文斌']);
  });
});

describe('an autonomous region’s chairman written after the level word alone (自治区主席某某)', () => {
  it('reads 自治区 as the body the chairman and the vice chairman speak for', () => {
    expect(readDraft('会上，自治区主席乌力吉出席并讲话。').speaksFor).toEqual([['乌力吉', '自治区', '主席']]);
    expect(readDraft('自治区副主席阿不都·热合曼出席。').speaksFor).toEqual([['阿不都·热合曼', '自治区', '副主席']]);
  });

  it('gives a quote before the chairman to him, though his verb takes an object', () => {
    const text = '“我们将推广圈养和放养相结合的模式，让草原休养生息。”自治区主席乌力吉代表介绍了一系列新的保护措施。';
    expect(readDraft(text).saidBy('我们将推广圈养')).toEqual(['乌力吉']);
  });

  it('keeps an assistant to the chairman and the region’s party committee as they were', () => {
    expect(readDraft('自治区主席助理、自治区生态环境厅厅长黎青出席。').speaksFor).toEqual([['黎青', '自治区生态环境厅', '厅长']]);
    expect(readDraft('自治区党委书记乌力吉出席。').speaksFor).toEqual([['乌力吉', '自治区党委', '书记']]);
  });
});

describe('a province’s cities listed with the county-level units it governs directly', () => {
  it('reads the stems beside the cities as the province’s own county-level cities and counties (GB/T 2260: 90)', () => {
    const { places } = readDraft('海南省的问题十分突出，三亚、儋州、万宁、文昌、琼海、昌江全部被点名。');
    expect(places).toEqual(['海南省', '三亚', '儋州', '万宁', '文昌', '琼海', '昌江']);
  });

  it('reads no word beside the cities that is no such unit of their province', () => {
    expect(readDraft('海南省三亚、海口、万达、宁远参加评比。').places).toEqual(['海南省', '三亚', '海口']);
  });
});

describe('a consensus the report sums up', () => {
  it('makes no statement of 大家一致认为, which says what all agreed, not what anyone said', () => {
    expect(readDraft('大家一致认为，部长的讲话既是一个精彩的工作报告，也是一个生动的辅导报告。').statements).toEqual([]);
  });
});
