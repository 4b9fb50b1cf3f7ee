import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('a given name ending in a joining word before a list mark (round nineteen)', () => {
  it('reads 和 before a comma as the last character of the name, and the next item as a person of its own', () => {
    const { people, speaksForPairs } = readDraft('省水利厅二级巡视员林建和，省林业局副局长方晓春，滨海市副市长周立出席活动。');
    expect(people).toContain('林建和');
    expect(people).toContain('方晓春');
    expect(speaksForPairs).toContainEqual(['林建和', '省水利厅']);
  });

  it('reads 向 before a 顿号 in a list of leaders as part of the name', () => {
    const { people } = readDraft('县领导陈志向、黄梅出席会议。');
    expect(people).toEqual(expect.arrayContaining(['陈志向', '黄梅']));
  });

  it('still ends the name before 和 when 和 joins two people', () => {
    const { people } = readDraft('副局长张建和市环保局局长王五出席。');
    expect(people).toContain('张建');
    expect(people).not.toContain('张建和');
  });

  it('takes no meeting ending in 会 before a comma for a name (市长周例会，)', () => {
    const { people } = readDraft('市长尚明主持召开市长周例会，听取各部门汇报。');
    expect(people).toEqual(['尚明']);
  });
});

describe('bodies of the local paper’s own place, 我市 and 本县 (round nineteen)', () => {
  it('reads 我市政协 as the city’s CPPCC committee, which its chairman and vice chairman speak for', () => {
    const { organizations, speaksForPairs } = readDraft('考察团到滨江考察。我市政协主席林海、副主席陈方陪同考察。');
    expect(organizations).toContain('市政协');
    expect(speaksForPairs).toContainEqual(['林海', '市政协']);
    expect(speaksForPairs).toContainEqual(['陈方', '市政协']);
  });

  it('reads 本县 before the congress’s standing committee the same way', () => {
    const { speaksForPairs } = readDraft('本县人大常委会主任黄立新出席。');
    expect(speaksForPairs).toContainEqual(['黄立新', '县人大常委会']);
  });

  it('reads no body in 我市场…, where 市 starts another word', () => {
    const { organizations } = readDraft('我市场监管工作取得新成效。');
    expect(organizations).toEqual([]);
  });
});

describe('working committees of a congress’s standing committee (round nineteen)', () => {
  it('reads a short form in 工委 after 省人大常委会 as a body its officials speak for', () => {
    const { organizations, speaksForPairs } = readDraft('省人大常委会环资工委副主任许文出席，省人大常委会预算工委一级巡视员郑岚参加。');
    expect(organizations).toEqual(expect.arrayContaining(['省人大常委会环资工委', '省人大常委会预算工委']));
    expect(speaksForPairs).toContainEqual(['许文', '省人大常委会环资工委']);
    expect(speaksForPairs).toContainEqual(['郑岚', '省人大常委会预算工委']);
  });

  it('reads the full name in 工作委员会 after a named province’s standing committee', () => {
    const { speaksForPairs } = readDraft('湖北省人大常委会法制工作委员会主任张三出席。');
    expect(speaksForPairs).toContainEqual(['张三', '湖北省人大常委会法制工作委员会']);
  });

  it('leaves the standing committee’s own posts to the standing committee', () => {
    const { organizations, speaksForPairs } = readDraft('市人大常委会副主任李四出席。');
    expect(organizations).toEqual(['市人大常委会']);
    expect(speaksForPairs).toContainEqual(['李四', '市人大常委会']);
  });
});
