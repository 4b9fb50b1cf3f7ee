import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';

const extractor = createExtractor({ known: emptyKnownGraph() });

// Who carries out which policy (IMPLEMENTS), by name, for one short text.
function implementations(text: string): string[] {
  const { graph } = extractor.extract(text, { title: '测试', date: '2021-06-01' });
  const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name;
  return graph.relationships
    .filter((relation) => relation.type === 'IMPLEMENTS')
    .map((relation) => `${name(relation.from)} → ${name(relation.to)}`)
    .sort();
}

describe('who carries out a policy', () => {
  it('gives every body joined in the subject, and not the place where they signed', () => {
    expect(implementations('生态环境部与河北省人民政府、安徽省人民政府在北京签署《共同推进生态环境监测网络建设合作协议》。')).toEqual([
      '安徽省人民政府 → 共同推进生态环境监测网络建设合作协议',
      '河北省人民政府 → 共同推进生态环境监测网络建设合作协议',
      '生态环境部 → 共同推进生态环境监测网络建设合作协议',
    ]);
  });

  it('gives the places of 在…等地开展 when no body stands before them', () => {
    expect(implementations('今年，我们将在苏州市、无锡市等地开展挥发性有机物专项治理。')).toEqual([
      '无锡市 → 挥发性有机物专项治理',
      '苏州市 → 挥发性有机物专项治理',
    ]);
  });

  it('reads the place after 对 as what is inspected, not who inspects', () => {
    expect(implementations('生态环境部华南督察局6月7日至11日对海南省开展生态环境保护专项督察。')).toEqual(['华南督察局 → 生态环境保护专项督察']);
  });

  it('carries the subject over the clauses of its sentence, and reads 以…为主线 as carrying out', () => {
    expect(implementations('江苏省以长江保护修复攻坚战为主线，认真贯彻《中华人民共和国长江保护法》，持续深化“放管服”改革。')).toEqual([
      '江苏省 → “放管服”改革',
      '江苏省 → 中华人民共和国长江保护法',
      '江苏省 → 长江保护修复攻坚战',
    ]);
  });

  it('makes no implementer without a verb of doing in the policy’s clause', () => {
    expect(implementations('江苏省生态环境厅将坚持问题导向，紧盯长江保护修复攻坚战。')).toEqual([]);
  });

  it('reads 我们 in a quote as the body its speaker was introduced with, sentences before', () => {
    expect(implementations('江苏省生态环境厅厅长王明介绍，近年来全省水质持续改善。“今年我们全面推行河长制，建立河湖长效管护机制。”王明说。')).toEqual(
      ['江苏省生态环境厅 → 河湖长效管护机制', '江苏省生态环境厅 → 河长制'],
    );
  });
});
