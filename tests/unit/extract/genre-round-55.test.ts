import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of river and lake chief news: a leader's attendance joined
// to the speech by 并, and a chief's post that names the water and the chief's level after it.
describe('attendance joined to the speech by 并', () => {
  it('gives the speech after 出席并强调 to the leader who attended', () => {
    const draft = readDraft('区委书记林国栋出席并强调，全面落实河长制是一项政治任务。');
    expect(draft.saidBy('全面落实河长制')).toEqual(['林国栋']);
  });

  it('reads 主持会议并指出 and 到会并要求 the same way', () => {
    expect(readDraft('副县长吴海平主持会议并指出，各乡镇要压实河长责任。').saidBy('各乡镇要压实')).toEqual(['吴海平']);
    expect(readDraft('市长钱立新到会并要求，各部门要加快整改进度。').saidBy('各部门要加快')).toEqual(['钱立新']);
  });

  it('takes no speech when the attendance is not joined to a speech verb', () => {
    expect(readDraft('区委书记林国栋出席并观看了宣传片，现场气氛热烈。').statements).toEqual([]);
  });
});

describe('a chief’s post named after the water and the level', () => {
  it('reads the water before a county-level reach chief’s title', () => {
    expect(readDraft('副县长、清水溪县级河段长孟凡达到现场察看。').places).toContain('清水溪');
  });

  it('reads the water before a city-level lake chief’s title', () => {
    expect(readDraft('市政协主席、碧波湖市级湖长赵启明开展巡湖。').places).toContain('碧波湖');
  });

  it('takes no water from a chief’s title with no water before it', () => {
    expect(readDraft('各级河长要履职，县级河长每月巡河一次。').places).toEqual([]);
  });
});
