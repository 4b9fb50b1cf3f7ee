import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';

// Outlets where reports name them (issue 19, class 1 and bylines of class 4), on lines the team wrote.
const extractor = createExtractor({ known: emptyKnownGraph() });

function outlets(text: string) {
  const { graph } = extractor.extract(text, { title: '测试报道', date: '2021-03-02' });
  return graph.nodes.filter((node) => node.label === 'Organization').map((node) => `${node.name}:${node.kind}`);
}

describe('outlets by where they stand', () => {
  it('reads the source label, the head of a dateline without its place, and the outlet before 记者', () => {
    const found = outlets('来源:东岚新闻网 发布时间:2021-03-01\n湖畔时刻宜昌3月1日讯 东岚省召开会议。会上，晨光广播电视总台记者提问。');
    expect(found).toEqual(expect.arrayContaining(['东岚新闻网:media', '湖畔时刻:media', '晨光广播电视总台:media']));
  });

  it('names no outlet in a dateline of a place alone, and keeps a body at a source label as the body', () => {
    const found = outlets('来源:东岚省生态环境厅\n宜昌3月1日电，记者从东岚省生态环境厅获悉。');
    expect(found).toEqual(['东岚省生态环境厅:provincial-department']);
  });

  it('ends a list of outlets at 等媒体, whatever the clause lists after it', () => {
    const found = outlets('与会领导就东岚之声、东岚日报、临溪晚报等媒体提出的问题、重点工作作了回答。');
    expect(found).toEqual(expect.arrayContaining(['东岚之声:media', '东岚日报:media', '临溪晚报:media']));
  });
});
