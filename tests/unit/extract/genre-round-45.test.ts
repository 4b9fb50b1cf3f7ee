import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Round 45: provincial and municipal bulletin press conferences. Sentences written for the tests, names made up.
describe('a transcript turn after a flattened paragraph break', () => {
  it('reads the host turn that follows the closing sentence and a space', () => {
    const draft = readDraft('发布会由市生态环境局宣教中心主任邹明远主持。 邹明远:各位媒体朋友们,上午好!今天我们召开例行新闻发布会。');
    expect(draft.saidBy('各位媒体朋友们')).toEqual(['邹明远']);
  });

  it('reads no turn from a list after a colon in the middle of a sentence', () => {
    const draft = readDraft('出席发布会的有:市生态环境局副局长邹明远、大气处处长陶海川,会议由宣教中心主持。');
    expect(draft.said.filter(([speaker]) => speaker === '邹明远')).toEqual([]);
  });
});

describe('an internal unit, a name and the post after the name', () => {
  it('reads the whole name when the segmenter glues the division ending to the surname', () => {
    const draft = readDraft('省生态环境厅大气处王付川副处长通报了全省空气质量排名情况。');
    expect(draft.people).toContain('王付川');
    expect(draft.people).not.toContain('付川');
    expect(draft.speaksForPairs).toContainEqual(['王付川', '省生态环境厅大气处']);
  });

  it('still reads a division and a two-character name', () => {
    const draft = readDraft('省生态环境厅大气处陶川处长介绍了有关情况。');
    expect(draft.people).toContain('陶川');
  });
});

describe('a bracketed byline with its role before the name', () => {
  it('reads the writer of a text credit printed with a space', () => {
    const draft = readDraft('全市空气质量持续改善。(文 钟予安)');
    expect(draft.people).toContain('钟予安');
  });

  it('reads no name from a bracketed note that is not a byline', () => {
    const draft = readDraft('全市空气质量持续改善(含协同处置)。');
    expect(draft.people).toEqual([]);
  });
});

describe('a regional channel dateline', () => {
  it('reads the outlet before the province and 消息', () => {
    const draft = readDraft('东岚在线江北消息:3月2日,江北市生态环境局召开新闻通气会。');
    expect(draft.organizations).toContain('东岚在线');
  });

  it('reads no outlet from a dateline whose words do not end as an outlet', () => {
    const draft = readDraft('据了解消息:3月2日,江北市生态环境局召开新闻通气会。');
    expect(draft.organizations).not.toContain('据了解');
  });
});
