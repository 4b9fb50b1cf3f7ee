import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of speech in national press conferences reported as
// news: a quote left open at its paragraph's end, an occasion clause closed by 前 or 后 without 在, and the quoted
// theme a conference announces (介绍“…”有关情况), which is no speech.
describe('a quote that runs over paragraphs', () => {
  it('gives a quote opened after the verb and not closed in its paragraph to the speaker', () => {
    const draft = readDraft('生态环境部部长高志远表示，“这些年，身边的蓝天白云渐成常态。群众满意度明显提高。\n\n第一，空气质量明显改善。');
    expect(draft.saidBy('这些年，身边的蓝天')).toEqual(['高志远']);
  });

  it('also when the next paragraph opens with a quotation mark and closes the quote', () => {
    const draft = readDraft('高志远表示，“这些年，身边的蓝天白云渐成常态。\n\n“第二，水质明显改善。”');
    expect(draft.saidBy('这些年，身边的蓝天')).toEqual(['高志远']);
  });

  it('keeps a closed quote after the verb to the quote finder, once', () => {
    const draft = readDraft('生态环境部部长高志远表示，“这些年，身边的蓝天白云渐成常态。”');
    expect(draft.said).toEqual([['高志远', '这些年，身边']]);
  });

  it('takes no quoted short term after the comma for an open quote', () => {
    expect(readDraft('高志远表示，“十五五”时期要持续改善空气质量。').saidBy('“十五五”时期')).toEqual(['高志远']);
  });
});

describe('an occasion clause closed by 前 or 后', () => {
  it('reads over 接受媒体提问前 and 接受采访后 between the speaker and the verb', () => {
    expect(readDraft('生态环境厅厅长钱晓岚接受媒体提问前说，今天是她到任的第一周。').saidBy('今天是她到任')).toEqual(['钱晓岚']);
    expect(readDraft('钱晓岚接受记者采访后表示，下一步将加强执法检查。').saidBy('下一步将加强')).toEqual(['钱晓岚']);
    expect(readDraft('钱晓岚回答记者提问后表示，下一步将加强执法检查。').saidBy('下一步将加强')).toEqual(['钱晓岚']);
  });

  it('still reads 接受采访时', () => {
    expect(readDraft('钱晓岚接受采访时表示，下一步将加强执法检查。').saidBy('下一步将加强')).toEqual(['钱晓岚']);
  });

  it('takes no deed after 接受 for speech when no speech verb closes the clause', () => {
    expect(readDraft('钱晓岚接受任务后赶赴现场，检查企业排污情况。').statements).toEqual([]);
  });
});

describe('the theme a press conference presents', () => {
  it('takes no quoted theme before 有关情况 for the speaker’s words', () => {
    const draft = readDraft('国务院新闻办公室举行新闻发布会，生态环境部部长高志远介绍“推进绿色发展，建设美丽家园”有关情况，并答记者问。');
    expect(draft.statements).toEqual([]);
    expect(draft.speaksFor).toEqual([['高志远', '生态环境部', '部长']]);
  });

  it('takes no quoted theme before 相关问题 either, and keeps the answer after it', () => {
    const draft = readDraft('记者会邀请生态环境部部长高志远介绍“打好污染防治攻坚战”相关问题。高志远表示，攻坚战取得了新的进展。');
    expect(draft.said).toEqual([['高志远', '攻坚战取得了']]);
  });

  it('keeps a quote after the verb that is followed by no topic noun', () => {
    expect(readDraft('生态环境部部长高志远介绍“今年空气质量优良天数比例同比上升了两个百分点。”').saidBy('今年空气质量')).toEqual(['高志远']);
  });
});
