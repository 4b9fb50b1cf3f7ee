import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('people and who they speak for in county and municipal reports of thin provinces (round seventeen)', () => {
  it('reads names listed before 等, a short clause in 的 and the collective leaders they belong to', () => {
    expect(readDraft('程立、邓海、宋秋英、杨桂云等在家的四套班子领导在分会场参加会议。').people).toEqual(['程立', '邓海', '宋秋英', '杨桂云']);
    expect(readDraft('程立、邓海等在家的市领导出席。').people).toEqual(['程立', '邓海']);
    expect(readDraft('程立、邓海等四家班子领导参加会议。').people).toEqual(['程立', '邓海']);
    // A list with no leaders after 等 and its clause names no people.
    expect(readDraft('松林、柏树等在山上的树木长势良好。').people).toEqual([]);
  });

  it('gives the speech of a group named in the plural to the meeting, not to a person', () => {
    const deputies = readDraft('代表们表示，建设绿色生态屏障是一项战略性工程。');
    expect(deputies.statements).toHaveLength(1);
    expect(deputies.saidBy('建设绿色生态屏障')).toEqual([]);
    expect(readDraft('委员们认为，湿地保护要久久为功。').said).toEqual([[undefined, '湿地保护要久']]);
  });

  it('reads over a term in quotation marks inside the 在…上 clause between the speaker and the verb', () => {
    const { people, saidBy, speaksFor } = readDraft(
      '东岚省生态环境厅副厅长万海生18日在东岚省“十三五”建设成就新闻发布会上表示，今后东岚把生态环境作为重要前提。',
    );
    expect(people).toEqual(['万海生']);
    expect(speaksFor).toEqual([['万海生', '东岚省生态环境厅', '副厅长']]);
    expect(saidBy('今后东岚把生态环境')).toEqual(['万海生']);
    // A quotation with a comma inside is no term: the clause is not read over.
    expect(readDraft('副厅长万海生在“美丽中国，我是行动者”活动上表示，要人人参与。').saidBy('要人人参与')).toBeUndefined();
  });

  it('reads the environment commission by the names it had before 2018 (环境保护委员会, 环保委) and gives its director to it', () => {
    const { organizations, speaksFor } = readDraft('2月24日，市环保委主任程海波主持召开市环保委全体会议。');
    expect(organizations).toEqual(['市环保委']);
    expect(speaksFor).toEqual([['程海波', '市环保委', '主任']]);
    expect(readDraft('临溪市环境保护委员会召开第一次全体会议。').organizations).toEqual(['临溪市环境保护委员会']);
  });
});
