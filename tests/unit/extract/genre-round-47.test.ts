import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of national event releases and ministry digests: a
// list of campaigns closed by a count of them (等N个标志性“战役”), the papers of the central news units in a byline, and
// the bank of a water as the scene of an event (某某湖边).
describe('a list of campaigns closed by a count of them', () => {
  it('reads each item of 推进A、B、C等3个标志性“战役” as a campaign', () => {
    const draft = readDraft('部长林志远表示，要推进实施好山区河道清淤、乡村垃圾分类、沿海滩涂保护等3个标志性“战役”。');
    expect(draft.policies).toEqual(expect.arrayContaining(['山区河道清淤', '乡村垃圾分类', '沿海滩涂保护']));
  });

  it('reads a list closed by 等三大专项行动', () => {
    const draft = readDraft('今年全省开展矿山生态修复、工业园区排查、城镇污水提质等三大专项行动。');
    expect(draft.policies).toEqual(expect.arrayContaining(['矿山生态修复', '工业园区排查', '城镇污水提质']));
  });

  it('reads no campaign from a list closed by a count of something else', () => {
    const draft = readDraft('会议听取了东城区、西城区、南城区等3个区的工作汇报。');
    expect(draft.policies).not.toContain('东城区');
    expect(draft.policies).not.toContain('西城区');
  });
});

describe('the papers of the central news units', () => {
  it('reads 工人日报 in a byline as a body', () => {
    expect(readDraft('2022-06-06 10:04 工人日报 张小川\n本报北京6月5日电（记者王海舟）会议在京召开。').organizations).toContain('工人日报');
  });

  it('reads 中国青年报 and 科技日报 as bodies', () => {
    const draft = readDraft('中国青年报记者李明远、科技日报记者赵一凡参加采访。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['中国青年报', '科技日报']));
  });
});

describe('the bank of a water as the scene of an event', () => {
  it('reads 某某湖边 as a water', () => {
    expect(readDraft('青松山下，月明湖边，今天的临川迎来了环境日主场活动。').places).toContain('月明湖');
  });

  it('reads no water from a common noun before 边', () => {
    expect(readDraft('志愿者们来到小河边捡拾垃圾。').places).not.toContain('小河');
  });
});
