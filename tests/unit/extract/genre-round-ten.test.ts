import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = (text: string) => {
  const draft = readDraft(text);
  return { ...draft, said: draft.saidBy };
};

describe('speech of digests, inverted attributions and transcripts (round ten)', () => {
  it('keeps a quotation whole when a term inside it is printed in the same double marks', () => {
    const { said } = read('座谈会在县城召开。“治理要分段施策，不能搞“齐步走”，上游和下游各有各的办法。”周海林说。');
    expect(said('治理要分段施策，不能搞“齐步走”，上游和下游各有各的办法')).toEqual(['周海林']);
  });

  it('reads the speaker of an inverted attribution after a clause of time and a run of posts', () => {
    const { said } = read('调研组走访了沿河村庄。“这几年河水清了，鱼也多了起来。”在调研结束时，省生态环境厅副厅长王建国笑着对记者说。');
    expect(said('这几年河水清了')).toEqual(['王建国']);
  });

  it('reads over a topic clause between the speaker and the verb (谈到…时表示)', () => {
    const { said } = read('省生态环境厅厅长吴建新12日谈到湿地保护时表示，将扩大保护范围。');
    expect(said('将扩大保护范围')).toEqual(['吴建新']);
  });

  it('reads over 代表 after a deputy’s name before the verb, and makes no person of a group of deputies', () => {
    const { said, people } = read('县人大常委会副主任何志良代表认为，要加快补齐污水管网短板。各界代表参加了座谈。');
    expect(said('要加快补齐污水管网短板')).toEqual(['何志良']);
    expect(people).toEqual(['何志良']);
  });

  it('gives the participants’ view as said by no one (与会单位表示)', () => {
    const { statements, said } = read('与会单位表示，将继续加强入海排污口整治，推动近岸海域水质改善。');
    expect(statements.some((text) => text.startsWith('将继续加强入海排污口整治'))).toBe(true);
    expect(said('将继续加强入海排污口整治')).toEqual([]);
  });
});

describe('places of seas, rivers and counties (round ten)', () => {
  it('reads no division out of a common noun (沿海城市, 示范县)', () => {
    const { places } = read('沿线8个沿海城市完成排查。该县获评国家生态文明建设示范县。');
    expect(places).not.toContain('海城市');
    expect(places).not.toContain('范县');
  });

  it('still reads such a division after its province or a function word', () => {
    const { places } = read('辽宁省海城市开展河道整治。调研组在海城市召开座谈会。');
    expect(places).toContain('海城市');
  });

  it('reads a river by its section (某某河段), and no river out of a section named by its place', () => {
    const { places } = read('街道党工委书记到澄溪河段开展巡河工作。过去岚江临溪段一到枯水期就发绿。');
    expect(places).toContain('澄溪河');
    expect(places).not.toContain('岚江临溪');
  });

  it('reads a county by its stem once the report prints it in full, even inside a body’s name', () => {
    const { places } = read('祁阳召开生态环境保护推进会，祁阳县委书记出席会议。');
    expect(places).toContain('祁阳县');
  });
});

describe('the second look: staff, straight marks, islands (round ten)', () => {
  it('reads a body’s staff member named with it, and the quote in straight marks before them', () => {
    const { people, said } = read('岸线整治持续推进。"我们对辖区内的渔港全面实施了综合整治。"市生态环境局海港分局工作人员韩立东介绍。');
    expect(people).toContain('韩立东');
    expect(said('我们对辖区内的渔港全面实施了综合整治')).toEqual(['韩立东']);
  });

  it('makes no person of the staff as a group', () => {
    const { people } = read('保护区工作人员正在监测候鸟的种类和数目。');
    expect(people).toEqual([]);
  });

  it('reads islands listed short and closed by their kind with a qualifier (等重点海岛)', () => {
    const { places } = read('通过保护修复,刘公岛、鸡鸣岛等重点海岛实现岛绿水清。');
    expect(places).toEqual(expect.arrayContaining(['刘公岛', '鸡鸣岛']));
  });

  it('reads no town out of 镇街 (towns and streets)', () => {
    const { places } = read('在沿湾区镇街建成并稳定运行16处污水处理设施。');
    expect(places.filter((name) => name.endsWith('镇'))).toEqual([]);
  });
});
