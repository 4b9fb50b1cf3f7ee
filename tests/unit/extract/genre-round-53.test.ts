import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of the digests of a department's or bureau's party-group
// meetings and study sessions: the leaders named by the body's kind word alone, a list closed by 分别, the head's
// demands announced 提出有关要求：, and the party's learning and education campaigns the sessions are told by.
describe('a working department’s leaders named by its kind word alone', () => {
  it('reads the names after 局领导 and 厅领导', () => {
    expect(readDraft('局领导王建平、李东海出席会议。').people).toEqual(['王建平', '李东海']);
    expect(readDraft('厅领导刘志强、陈立新参加学习。').people).toEqual(['刘志强', '陈立新']);
  });

  it('reads the last name of the list before 分别', () => {
    expect(readDraft('会议学习了有关内容，局领导周建平、郑立文分别结合分管工作谈了学习体会。').people).toEqual(['周建平', '郑立文']);
  });

  it('takes no name from 分别 without an anchor, nor from 局领导 inside a longer word', () => {
    expect(readDraft('大气、水环境分别改善。').people).toEqual([]);
    expect(readDraft('各分局领导班子成员参加会议。').people).toEqual([]);
    expect(readDraft('局领导班子成员、机关各处室负责人参加会议。').people).toEqual([]);
  });
});

describe('a head’s demands announced before a colon', () => {
  it('gives the demands after 提出有关要求： to the head who made them', () => {
    const draft = readDraft('局党组书记、局长孙小红结合此次学习内容，提出有关要求：一是要深入学习，做到学以致用；二是要抓好整改。');
    expect(draft.saidBy('一是要深入学习')).toEqual(['孙小红']);
  });

  it('reads 提出相关要求： the same way', () => {
    expect(readDraft('厅长马建国提出相关要求：要压实责任，抓好落实。').saidBy('要压实责任')).toEqual(['马建国']);
  });
});

describe('the party’s learning and education campaigns', () => {
  it('reads 两学一做, 党史学习教育 and 三严三实 as campaigns', () => {
    expect(readDraft('结合“两学一做”学习教育和党史学习教育，推进各项工作。').policies).toEqual(['两学一做', '党史学习教育']);
    expect(readDraft('深入开展“三严三实”专题教育。').policies).toContain('三严三实');
  });

  it('reads no campaign from a study session’s plain words', () => {
    expect(readDraft('局党组理论学习中心组开展集体学习。').policies).toEqual([]);
  });
});
