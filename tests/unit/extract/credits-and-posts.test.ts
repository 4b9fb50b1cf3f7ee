import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';
import { splitRunTogetherNames } from '../../../src/extract/people/find-credit-lines.ts';

// Names the dictionary lacks (issue 19, class 4) and posts of rank and committee (class 2), on sentences the team wrote.
const extractor = createExtractor({ known: emptyKnownGraph() });

function extract(text: string) {
  const { graph } = extractor.extract(text, { title: '测试报道', date: '2021-03-02' });
  const people = graph.nodes.filter((node) => node.label === 'Person').map((node) => String(node.name));
  const byId = new Map(graph.nodes.map((node) => [node.id, String(node.name)]));
  const speaksFor = graph.relationships.filter((rel) => rel.type === 'SPEAKS_FOR').map((rel) => `${byId.get(rel.from)}→${byId.get(rel.to)}`);
  const roles = graph.relationships.filter((rel) => rel.type === 'REPORTED' || rel.type === 'WROTE').map((rel) => byId.get(rel.from));
  return { people, speaksFor, roles };
}

describe('credits of a video piece', () => {
  it('splits names printed together where each piece starts with a surname, the commoner surnames first', () => {
    expect(splitRunTogetherNames('刘海波赵敏')).toEqual(['刘海波', '赵敏']);
    expect(splitRunTogetherNames('孙立周文杰何平')).toEqual(['孙立', '周文杰', '何平']);
    expect(splitRunTogetherNames('请问')).toBeUndefined();
  });

  it('reads every credit of the block, one role a line or several on a line, as people who made the piece', () => {
    const { people, roles } = extract('湖区水质持续好转。\n监制丨王建国\n摄像丨刘海波赵敏\n总监制:林雪 统筹:孙立周文杰\n责任编辑:何平');
    expect(people).toEqual(expect.arrayContaining(['王建国', '刘海波', '赵敏', '林雪', '孙立', '周文杰', '何平']));
    expect(roles).toEqual(expect.arrayContaining(['王建国', '刘海波', '赵敏', '林雪', '孙立', '周文杰']));
  });
});

describe('bylines of names alone in brackets', () => {
  it('reads them after a dateline and at the end of a paragraph, but not a bracketed word', () => {
    const { people } = extract('新华网杭州3月2日电 (林晓 陈思远)浙江省启动湿地保护行动。\n活动由省林业局主办。(郑雨桐)\n条例(草案)提请审议。');
    expect(people).toEqual(expect.arrayContaining(['林晓', '陈思远', '郑雨桐']));
    expect(people).not.toContain('草案');
  });
});

describe('posts held at a rank and the chairs of special committees', () => {
  it('reads a post written with its rank and a committee chair, with their bodies', () => {
    const { people, speaksFor } = extract(
      '东岚省自然资源厅副厅长级干部秦立群介绍情况。东岚省生态环境厅副厅长级生态环境保护监察专员白一鸣出席。东岚省人大城环资委副主任委员邓海涛主持会议。',
    );
    expect(people).toEqual(expect.arrayContaining(['秦立群', '白一鸣', '邓海涛']));
    expect(speaksFor).toEqual(expect.arrayContaining(['秦立群→东岚省自然资源厅', '白一鸣→东岚省生态环境厅']));
  });
});

describe('deputies and academicians', () => {
  it('reads a deputy and an academician after their titles, and no modal verb after a title as a name', () => {
    const { people } = extract('全国人大代表周海燕、中国工程院院士钱伯涛参加调研。政协委员要持续关注湖泊治理。');
    expect(people).toEqual(expect.arrayContaining(['周海燕', '钱伯涛']));
    expect(people).not.toContain('要持续');
  });
});

describe('names joined by a middle dot', () => {
  it('keeps the padding of the dot as printed and ends the last part before the next word', () => {
    const { people } = extract('自治区政协副主席阿布都 · 热合曼主持会议。联合国机构负责人约翰·史密斯高度评价合作成果。');
    expect(people).toEqual(expect.arrayContaining(['阿布都 · 热合曼', '约翰·史密斯']));
  });

  it('takes no outlet or title of a series joined by a dot for a person', () => {
    const { people } = extract('中青报·中青网记者报道。“美丽中国·东岚”系列发布会举行。');
    expect(people).toEqual([]);
  });
});
