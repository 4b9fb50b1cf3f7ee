import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of people's congress and CPPCC news on the environment:
// the field's laws named bare in a law inspection, a leader's predicate right after a two-character name and the 他
// that follows it, and a democratic party's committee named by its level alone.
describe('a national law of the field named without 《》 in congress news', () => {
  it('reads the law a standing committee inspects, bare', () => {
    expect(readDraft('市人大常委会主任高立平率队就固体废物污染环境防治法执行情况开展执法检查。').policies).toEqual(['固体废物污染环境防治法']);
    expect(readDraft('县人大常委会启动大气污染防治法执法检查。').policies).toEqual(['大气污染防治法']);
  });

  it('keeps 中华人民共和国 when printed and reads the longer law, not the one inside it', () => {
    expect(readDraft('检查组检查中华人民共和国海洋环境保护法实施情况。').policies).toEqual(['中华人民共和国海洋环境保护法']);
  });

  it('reads a bracketed law once, from its title', () => {
    expect(readDraft('开展《中华人民共和国水污染防治法》执法检查。').policies).toEqual(['中华人民共和国水污染防治法']);
  });

  it('takes no law out of a longer word (环境保护法律法规)', () => {
    expect(readDraft('代表们学习了环境保护法律法规。').policies).toEqual([]);
  });
});

describe('a leader’s predicate right after a two-character name', () => {
  const text = '市人大常委会主任马成、副市长黄文出席会议。黄文作了汇报。马成充分肯定了全市工作成效。他指出，要依法推进大气污染治理。';

  it('ends the name before 充分肯定, so the 他 of the next sentence is the leader', () => {
    expect(readDraft(text).saidBy('要依法推进')).toEqual(['马成']);
  });

  it('still reads a longer name that holds a found one as someone else', () => {
    expect(readDraft('副市长黄文出席会议。黄文斌代表介绍了情况。').people).toContain('黄文斌');
  });
});

describe('a democratic party’s committee named by its level alone', () => {
  it('reads 九三学社省委 and 民进市委会 as the parties’ committees, not a CPC committee', () => {
    const draft = readDraft('省政协人资环委、九三学社省委及民进市委会组成调研组。');
    expect(draft.bodies).toContain('九三学社省委');
    expect(draft.bodies).toContain('民进市委会');
    expect(draft.bodies).not.toContain('省委');
  });

  it('still reads a committee with its place and the central committee', () => {
    expect(readDraft('致公党昆明市委和民盟中央联合调研。').bodies).toEqual(['致公党昆明市委', '民盟中央']);
  });
});
