import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';

const extractor = createExtractor({ known: emptyKnownGraph() });

describe('figures counted with the classifiers of ecological bulletins', () => {
  it('reads species by order and family, animals, mining rights, articles and an index score', () => {
    const { graph } = extractor.extract(
      '监测记录到鸟类16目43科，越冬候鸟约30万只。保护区内92宗矿业权全部退出。媒体刊发报道500余篇。生态质量指数为71.25分。',
      {
        title: '测试报道',
        date: '2021-03-02',
      },
    );
    const figures = graph.nodes.filter((node) => node.label === 'Statistic').map((node) => `${node.value}${node.unit}`);
    expect(figures).toEqual(expect.arrayContaining(['16目', '43科', '300000只', '92宗', '500篇', '71.25分']));
  });
});
