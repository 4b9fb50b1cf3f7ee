import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';

// Speech in other shapes (issue 19, class 7), on sentences the team wrote.
const extractor = createExtractor({ known: emptyKnownGraph() });

function said(text: string) {
  const { graph } = extractor.extract(text, { title: '测试报道', date: '2021-03-02' });
  const byId = new Map(graph.nodes.map((node) => [node.id, String(node.name)]));
  return graph.nodes
    .filter((node) => node.label === 'Statement')
    .map((node) => {
      const speaker = graph.relationships.find((rel) => rel.type === 'SAID' && rel.to === node.id);
      return { speaker: speaker ? byId.get(speaker.from) : undefined, text: String(node.text) };
    });
}

describe('speech whose speaker the clause leaves out', () => {
  it('gives a directive in a chain of clauses, and one opening the next sentence, to the subject', () => {
    const statements = said('东岚省委书记周启航对各部门的支持表示感谢，希望各部门继续加强协作。强调要守住生态环境安全底线。');
    expect(statements).toEqual(
      expect.arrayContaining([
        { speaker: '周启航', text: '各部门继续加强协作' },
        { speaker: '周启航', text: '要守住生态环境安全底线' },
      ]),
    );
  });

  it('reads a directive or wish whose speech follows without a comma, and a day before the verb', () => {
    const statements = said('东岚省政协主席李国新出席会议。他要求相关部门认真吸纳委员的意见建议。李国新当日在闭幕时表示，要持续巩固治理成果。');
    expect(statements).toEqual(
      expect.arrayContaining([
        { speaker: '李国新', text: '相关部门认真吸纳委员的意见建议' },
        { speaker: '李国新', text: '要持续巩固治理成果' },
      ]),
    );
  });
});

describe('a transcript turn opened by a greeting', () => {
  it('skips the greeting line and takes the speech after it, with posts padded before the name', () => {
    const statements = said('东岚省委宣传部副部长  省政府新闻办主任  周启航：各位新闻界的朋友：\n\n大家上午好！欢迎出席今天的新闻发布会。\n');
    expect(statements).toEqual([{ speaker: '周启航', text: '大家上午好！欢迎出席今天的新闻发布会。' }]);
  });
});

describe('speakers first met at their speech', () => {
  it('reads a villager named after 的 before a speech verb, and a verb of assessment after a long clause', () => {
    const statements = said(
      '临溪县石门村的林晓峰告诉记者，如今村里的河水清了。东岚省生态环境厅厅长周启航在全省生态环境保护大会暨第二轮中央生态环境保护督察整改推进会上直言，整改不能走过场。',
    );
    expect(statements).toEqual(
      expect.arrayContaining([
        { speaker: '林晓峰', text: '如今村里的河水清了' },
        { speaker: '周启航', text: '整改不能走过场' },
      ]),
    );
  });
});
