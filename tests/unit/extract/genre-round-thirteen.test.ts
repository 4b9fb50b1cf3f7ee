import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('people of minutes and digests (round thirteen)', () => {
  it('reads each item of an attendance list as a body and a name, the person sitting in for the body', () => {
    const { people, bodies, speaksFor } = readDraft(
      '会议由县长方志远主持。列席：县发改局钱立群、县林草局魏明、县供水公司、县环卫中心古丽；各乡镇主要负责同志。',
    );
    expect(people).toEqual(expect.arrayContaining(['钱立群', '魏明', '古丽']));
    expect(bodies).toEqual(expect.arrayContaining(['县发改局', '县林草局', '县环卫中心']));
    expect(speaksFor).toEqual(
      expect.arrayContaining([
        ['钱立群', '县发改局', '列席'],
        ['魏明', '县林草局', '列席'],
        ['古丽', '县环卫中心', '列席'],
      ]),
    );
    // A body alone on the list names no one.
    expect(people.some((name) => name.includes('公司') || name.endsWith('供水'))).toBe(false);
  });

  it('gives the leaders of a body named before a list of names that body, with its other name in brackets too', () => {
    const plain = readDraft('市政府领导孔德明、严晓春出席会议。');
    expect(plain.speaksFor).toEqual([
      ['孔德明', '市政府', '领导'],
      ['严晓春', '市政府', '领导'],
    ]);
    const bracketed = readDraft('会议由市长主持。市政府（林管局）领导潘文斌、戴志军及市政府秘书长卫小平出席会议。');
    expect(bracketed.speaksForPairs).toEqual(
      expect.arrayContaining([
        ['潘文斌', '市政府'],
        ['戴志军', '市政府'],
        ['卫小平', '市政府'],
      ]),
    );
  });

  it('reads the heads of the NPC Standing Committee between the committee and the name', () => {
    const { people, speaksFor, saidBy } = readDraft('全国人大常委会副委员长柯文远在座谈会上表示，要把法律的要求落到实处。');
    expect(people).toEqual(['柯文远']);
    expect(speaksFor).toEqual([['柯文远', '全国人大常委会', '副委员长']]);
    expect(saidBy('要把法律的要求落到实处')).toEqual(['柯文远']);
  });

  it('reads a name closed by 等 before the title printed after it as a speaker (某某等委员评价说)', () => {
    const { people, saidBy } = readDraft('分组审议时，邵明远等委员评价说，这份报告点出了企业的名字。');
    expect(people).toEqual(['邵明远']);
    expect(saidBy('这份报告点出了企业的名字')).toEqual(['邵明远']);
  });

  it('gives what a meeting settled (会议议定, 会议决定) as a statement of the meeting, said by no one', () => {
    const { statements, saidBy } = readDraft('会议议定，原则同意河道清淤经费安排。会议决定，成立河湖治理工作专班。');
    expect(statements).toEqual(
      expect.arrayContaining([expect.stringMatching(/^原则同意河道清淤经费安排/), expect.stringMatching(/^成立河湖治理工作专班/)]),
    );
    expect(saidBy('原则同意河道清淤经费安排')).toEqual([]);
  });
});

describe('work reports and executive meetings, second look (round thirteen)', () => {
  it('gives what a meeting says after the business it heard (会议听取…汇报强调) as a statement of the meeting', () => {
    const { statements, saidBy } = readDraft('会议听取全县河道清障工作情况汇报强调，要逐项销号，确保汛前完成。');
    expect(statements).toEqual([expect.stringMatching(/^要逐项销号/)]);
    expect(saidBy('要逐项销号')).toEqual([]);
  });

  it('names an autonomous county printed in full by the place before its peoples’ names elsewhere', () => {
    const { places, graph } = readDraft('务川仡佬族苗族自治县召开生态环境保护大会。会上通报，去年务川空气质量优良天数比例保持高位。');
    expect(places).toEqual(['务川仡佬族苗族自治县']);
    expect(graph.nodes.find((node) => node.label === 'Region')?.aliases).toEqual(['务川']);
  });

  it('reads review credits printed with no mark, one to a line, and no credit in a court’s 二审', () => {
    const credits = readDraft('全县完成营造林1.2万亩。\n编辑：冉小燕\n二审杨启明\n三审龙晓');
    expect(credits.people).toEqual(expect.arrayContaining(['冉小燕', '杨启明', '龙晓']));
    const court = readDraft('该企业不服一审判决提起上诉，二审维持原判。');
    expect(court.people).toEqual([]);
  });
});
