import { describe, expect, it } from 'vitest';
import { addScores, precisionRecall, type ScoredGraph, scoreDraft } from '../../../src/extract/score-draft.ts';

const text = '生态环境部部长李干杰说，“要打好污染防治攻坚战。”PM2.5浓度为54微克/立方米，罚没款1.37亿元。';
const graph = (nodes: ScoredGraph['nodes'], relationships: ScoredGraph['relationships'] = []): ScoredGraph => ({
  document: { id: 'document:d' },
  nodes,
  relationships,
});

describe('scoreDraft', () => {
  it('matches entities by label and name or alias, statistics by value and unit, statements by overlapping words', () => {
    const expected = graph(
      [
        { id: 'organization:mee', label: 'Organization', name: '生态环境部' },
        { id: 'person:li', label: 'Person', name: '李干杰' },
        { id: 'statistic:a', label: 'Statistic', value: 54, unit: '微克/立方米', evidence: 'PM2.5浓度为54微克/立方米' },
        { id: 'statistic:b', label: 'Statistic', value: 137000000, unit: '元', evidence: '罚没款1.37亿元' },
        { id: 'statement:s', label: 'Statement', text: '要打好污染防治攻坚战。', evidence: '“要打好污染防治攻坚战。”' },
      ],
      [
        { type: 'SPEAKS_FOR', from: 'person:li', to: 'organization:mee' },
        { type: 'SAID', from: 'person:li', to: 'statement:s' },
      ],
    );
    const found = graph(
      [
        { id: 'organization:x', label: 'Organization', name: '部', aliases: ['生态环境部'] },
        { id: 'person:y', label: 'Person', name: '李干杰' },
        { id: 'person:z', label: 'Person', name: '张三' },
        { id: 'statistic:1', label: 'Statistic', value: 54, unit: '微克/立方米', evidence: 'PM2.5浓度为54微克/立方米' },
        { id: 'statistic:2', label: 'Statistic', value: 13700, unit: '万元', evidence: '罚没款1.37亿元' },
        { id: 'statement:1', label: 'Statement', text: '要打好污染防治攻坚战', evidence: '李干杰说，“要打好污染防治攻坚战' },
      ],
      [
        { type: 'SPEAKS_FOR', from: 'person:y', to: 'organization:x' },
        { type: 'SAID', from: 'person:z', to: 'statement:1' },
      ],
    );
    const score = scoreDraft(expected, found, text);
    expect(score.labels.Organization).toEqual({ expected: 1, found: 1, matched: 1 });
    expect(score.labels.Person).toEqual({ expected: 1, found: 2, matched: 1 });
    expect(score.labels.Statistic).toEqual({ expected: 2, found: 2, matched: 2 });
    expect(score.labels.Statement).toEqual({ expected: 1, found: 1, matched: 1 });
    // The statement matched, but its speaker did not.
    expect(score.labels['Statement (right speaker)']).toEqual({ expected: 1, found: 1, matched: 0 });
    expect(score.relations.SPEAKS_FOR).toEqual({ expected: 1, found: 1, matched: 1 });
    expect(precisionRecall(score.labels.Person!)).toEqual({ precision: 0.5, recall: 1 });
  });

  it('adds scores over documents', () => {
    const one = { labels: { Person: { expected: 2, found: 2, matched: 1 } }, relations: {} };
    expect(addScores([one, one]).labels.Person).toEqual({ expected: 4, found: 4, matched: 2 });
  });
});
