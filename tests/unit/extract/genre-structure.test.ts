import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';
import { readPunctuation } from '../../../src/extract/read-punctuation.ts';

const extractor = createExtractor({ known: emptyKnownGraph() });

function extract(text: string, date: string | null = '2021-03-02') {
  const { graph } = extractor.extract(text, { title: '测试报道', ...(date ? { date } : {}) });
  const named = (label: string) => graph.nodes.filter((node) => node.label === label).map((node) => String(node.name));
  const byId = new Map(graph.nodes.map((node) => [node.id, String(node.name)]));
  const related = (type: string) => graph.relationships.filter((rel) => rel.type === type).map((rel) => `${byId.get(rel.from)}→${byId.get(rel.to)}`);
  return { graph, named, related };
}

describe('punctuation in either width', () => {
  it('reads half-width marks beside Chinese text as full width, leaving numbers and URLs alone', () => {
    const text = '他指出,要加强治理:一是(试点)。共1,000吨,10:30开会,见https://example.cn/a?b=1';
    const readable = readPunctuation(text);
    expect(readable).toHaveLength(text.length);
    expect(readable).toBe('他指出，要加强治理：一是（试点）。共1,000吨，10:30开会，见https://example.cn/a?b=1');
  });

  it('reads full-width digits and figure marks as half-width, the decimal point only between digits', () => {
    const text = '比例为９５．２％，浓度为５６微克／立方米。第一．';
    const readable = readPunctuation(text);
    expect(readable).toHaveLength(text.length);
    expect(readable).toBe('比例为95.2%，浓度为56微克/立方米。第一．');
  });

  it('finds figures printed in full width and with thousands separators, with evidence from the original text', () => {
    const { graph } = extract('全省国考断面优良水质比例为９５．２％，PM10浓度为５６微克／立方米，受理信访举报1,234件。');
    const figures = graph.nodes.filter((node) => node.label === 'Statistic');
    expect(figures.map((node) => node.value)).toEqual([95.2, 56, 1234]);
    expect(figures.map((node) => String(node.evidence))).toEqual(
      expect.arrayContaining([expect.stringContaining('９５．２％'), expect.stringContaining('1,234件')]),
    );
  });

  it('finds a speaker and a statement written with a half-width comma, with evidence from the original text', () => {
    const { graph } = extract('东岚省生态环境厅厅长周启航指出,要把蓝天保卫战打得更好。');
    const statement = graph.nodes.find((node) => node.label === 'Statement');
    expect(String(statement?.text)).toContain('要把蓝天保卫战打得更好');
    expect(String(statement?.evidence)).toContain('指出,');
  });
});

describe('party, congress, CPPCC and mass-organization bodies', () => {
  it('finds a province party committee, its departments and the bodies named without their place', () => {
    const { named } = extract('湖北省委、省政府召开会议。省人大常委会、省政协、省纪委监委、团省委、省妇联、省科协和湖北省委宣传部负责同志参加。');
    expect(named('Organization')).toEqual(
      expect.arrayContaining(['湖北省委', '省政府', '省人大常委会', '省政协', '省纪委监委', '团省委', '省妇联', '省科协', '湖北省委宣传部']),
    );
  });

  it('keeps a bare 市委 as printed when the text names no city', () => {
    const { named } = extract('全市大会召开，市委书记李明远出席并讲话。');
    expect(named('Organization')).toContain('市委');
    expect(named('Person')).toContain('李明远');
  });

  it('takes a pre-2018 environment bureau as the same body as its successor', () => {
    const { graph } = extract('临溪市环保局局长宋启明介绍情况。临溪市生态环境局将继续推进治理。');
    const bureaus = graph.nodes.filter((node) => node.label === 'Organization');
    expect(bureaus).toHaveLength(1);
    expect(String(bureaus[0]!.review)).toContain('2018');
  });
});

describe('people from anchors', () => {
  it('finds a person after a bare title, before a title and in a list of leaders', () => {
    const { named } = extract('副省长吴长河出席会议。会上，陈远书记作重要讲话。市领导王新会、李征、侯钦东等参加会议。');
    expect(named('Person')).toEqual(expect.arrayContaining(['吴长河', '陈远', '王新会', '李征', '侯钦东']));
  });

  it('does not take a verb after a title for a name', () => {
    const { named } = extract('厅长强调，要做好督察整改工作。');
    expect(named('Person')).toEqual([]);
  });
});

describe('places beyond administrative divisions', () => {
  it('finds macro-regions, rivers and lakes, but not a river inside another word', () => {
    const { named } = extract('华北地区和南疆的治理持续推进，汉江、洞庭湖水质改善，12条入海河流全部消劣。');
    expect(named('Region')).toEqual(expect.arrayContaining(['华北地区', '南疆', '汉江', '洞庭湖']));
    expect(named('Region')).not.toContain('海河');
  });
});

describe('a text with no printed date', () => {
  it('still extracts, with a placeholder date marked for review', () => {
    const { graph, named } = extract('全省环境保护工作会议召开\n副省长吴长河出席会议并讲话。2016年全省空气质量改善。', null);
    expect(named('Person')).toContain('吴长河');
    expect(graph.document.dateUnconfirmed).toBe(true);
    expect(graph.document.publishedAt).toBe('2016-01-01');
    expect(String(graph.document.review)).toContain('no date of publication');
  });
});
