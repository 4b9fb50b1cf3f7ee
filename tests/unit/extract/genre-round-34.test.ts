import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('the environment commission under its later name (round thirty-four)', () => {
  it('reads 省生态文明建设和生态环境保护委员会 as a body and gives its chair the post', () => {
    const { organizations, speaksFor } = readDraft(
      '5月9日，省生态文明建设和生态环境保护委员会第二次会议在南岭召开。省委书记、省生态文明建设和生态环境保护委员会主任贺明远主持会议并讲话。',
    );
    expect(organizations).toContain('省生态文明建设和生态环境保护委员会');
    expect(speaksFor).toContainEqual(['贺明远', '省生态文明建设和生态环境保护委员会', '主任']);
  });

  it('reads its office as a body of its own', () => {
    const { organizations } = readDraft('市生态文明建设和生态环境保护委员会办公室通报了今年以来全市大气环境形势。');
    expect(organizations).toContain('市生态文明建设和生态环境保护委员会办公室');
  });
});

describe('a leading group named by its task (round thirty-four)', () => {
  it('reads each group of a joint meeting after its level word', () => {
    const { organizations } = readDraft('省委书记吕方舟主持召开省生态文明建设领导小组、省推动长江经济带发展领导小组2024年第一次会议。');
    expect(organizations).toEqual(expect.arrayContaining(['省生态文明建设领导小组', '省推动长江经济带发展领导小组']));
  });

  it('reads a group after a province’s full name, its office too, and gives the office’s head his post', () => {
    const { organizations, speaksFor } = readDraft('南岭省美丽南岭建设领导小组办公室主任邵景行出席会议。');
    expect(organizations).toContain('南岭省美丽南岭建设领导小组办公室');
    expect(speaksFor).toContainEqual(['邵景行', '南岭省美丽南岭建设领导小组办公室', '主任']);
  });

  it('reads no group after 全省, nor a verb of holding a meeting as a task', () => {
    const { organizations } = readDraft('全省推动经济发展领导小组召开会议。省委召开经济发展领导小组会议。');
    expect(organizations.filter((name) => name.includes('全省') || name.includes('召开'))).toEqual([]);
    // The group the party committee convenes is read by its name after 召开 (round thirty), without the verb.
    expect(organizations.filter((name) => name.includes('领导小组'))).toEqual(['经济发展领导小组']);
  });
});

describe('a meeting’s speech verb as a heading over its paragraph (round thirty-four)', () => {
  it('gives the paragraph under 会议指出 and 会议强调 as the meeting’s speech', () => {
    const { statements } = readDraft(
      '3月2日，全省生态环境保护工作会议在南岭召开。\n会议指出\n过去一年全省生态环境质量持续改善，约束性指标全部完成。\n会议强调\n要锚定年度目标，深入打好污染防治攻坚战。',
    );
    expect(statements.some((text) => text.startsWith('过去一年全省生态环境质量'))).toBe(true);
    expect(statements.some((text) => text.startsWith('要锚定年度目标'))).toBe(true);
  });

  it('takes no speech from a heading that is a meeting’s name alone', () => {
    const { statements } = readDraft('全省生态环境保护工作会议\n过去一年全省生态环境质量持续改善，约束性指标全部完成。');
    expect(statements).toEqual([]);
  });
});

describe('a closing byline’s outlet in its brackets (round thirty-four)', () => {
  it('gives the reporters the outlet the report names as its source', () => {
    const { speaksForPairs } = readDraft('会议强调，要持续深入打好蓝天、碧水、净土保卫战。\n(齐鲁新闻记者 闫振东 方卓然)\n来源:齐鲁新闻');
    expect(speaksForPairs).toContainEqual(['闫振东', '齐鲁新闻']);
    expect(speaksForPairs).toContainEqual(['方卓然', '齐鲁新闻']);
  });

  it('gives no body when the words in the brackets are no outlet the report names', () => {
    const { people, speaksFor } = readDraft('会议强调，要持续深入打好蓝天保卫战。\n(特约记者 闫振东)');
    expect(people).toContain('闫振东');
    expect(speaksFor.filter(([person]) => person === '闫振东')).toEqual([]);
  });
});

describe('和 between a noun and a name with its post after it (round thirty-four)', () => {
  it('reads the name after the conjunction, not 和 as its surname', () => {
    const { people } = readDraft('会议传达学习了全省推进大会和卢明副省长专题会精神。');
    expect(people).toContain('卢明');
    expect(people).not.toContain('和卢明');
  });

  it('keeps 和 as a surname after a preposition', () => {
    const { people } = readDraft('会议由和金宝副省长主持。');
    expect(people).toContain('和金宝');
  });
});

describe('a leader’s speech at a visit’s place and act, relayed by a meeting (round thirty-four)', () => {
  it('reads 在某地某公园，考察…时强调 as one clause of occasion', () => {
    const { saidBy } = readDraft('李建华在南岭市青松森林公园，考察当地生态修复情况时强调，良好生态环境是发展的宝贵资源。');
    expect(saidBy('良好生态环境')).toEqual(['李建华']);
  });

  it('gives the leader the speech the meeting relays inside its own', () => {
    const { saidBy, statements } = readDraft('会议指出，李建华在南岭市青松森林公园，考察当地生态修复情况时强调，良好生态环境是发展的宝贵资源。');
    expect(saidBy('良好生态环境')).toEqual(['李建华']);
    expect(statements.some((text) => text.startsWith('李建华在南岭市'))).toBe(true);
  });
});
