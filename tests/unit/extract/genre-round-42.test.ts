import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of provincial work conferences and department reports
// that round 42 found: a leader's written instruction relayed as speech, a coordinating body named again by its kind,
// the army's local commands, a count before a title's holders, a province's parts by their old names, a river named in
// the classical 水 with 河 after it, and a source line padded around its colon.
describe('a leader’s written instruction, relayed at a conference', () => {
  it('gives the words after 指示 to the leader, the post printed after the name', () => {
    const draft = readDraft('会议传达了省领导的批示。孟长河省长指示，2023年全省环境质量持续改善。');
    expect(draft.saidBy('2023年全省环境质量')).toEqual(['孟长河']);
  });

  it('reads 批示 between the name and the verb as the occasion of the speech', () => {
    const draft = readDraft('韦明远批示指出，全省生态环境系统克难奋进。韦明远在批示中强调，要抓好督察整改。');
    expect(draft.saidBy('全省生态环境系统')).toEqual(['韦明远']);
    expect(draft.saidBy('要抓好督察整改')).toEqual(['韦明远']);
  });

  it('takes no speech from an instruction named as a thing', () => {
    expect(readDraft('要深入贯彻总书记重要指示，推动工作落实。').statements).toEqual([]);
  });
});

describe('a coordinating body named again by its kind', () => {
  it('gives the leading group and the party committee to a secretary who chairs it', () => {
    const draft = readDraft('省污染防治工作领导小组召开全体会议。省委书记、领导小组组长潘立江出席会议并讲话。');
    expect(draft.speaksFor).toContainEqual(['潘立江', '省委', '书记']);
    expect(draft.speaksFor).toContainEqual(['潘立江', '省污染防治工作领导小组', '组长']);
  });

  it('does not make the governor the head of the group by his government post', () => {
    const draft = readDraft('省污染防治工作领导小组召开会议。省委书记、领导小组组长潘立江讲话，省长、领导小组组长郑书文主持会议。');
    expect(draft.speaksFor).toContainEqual(['郑书文', '省污染防治工作领导小组', '组长']);
    expect(draft.speaksFor).not.toContainEqual(['郑书文', '省污染防治工作领导小组', '省长']);
  });
});

describe('the army’s local commands', () => {
  it('reads a province’s military district, a sub-district and a county’s armed forces department with their posts', () => {
    expect(readDraft('省军区副司令员贺振宇出席会议。').speaksFor).toEqual([['贺振宇', '省军区', '副司令员']]);
    expect(readDraft('市军分区政治委员蒋卫国参加活动。').speaksFor).toEqual([['蒋卫国', '市军分区', '政治委员']]);
    expect(readDraft('县人武部部长严立新出席。').speaksFor).toEqual([['严立新', '县人武部', '部长']]);
  });
});

describe('a count before the holders of a title', () => {
  it('takes no name from the measure word of persons after a count', () => {
    expect(readDraft('全省21位环保局长参加会议。').people).toEqual([]);
    expect(readDraft('会议邀请了三名副县长。').people).toEqual([]);
  });

  it('still reads the surname 位 where no count stands before it', () => {
    expect(readDraft('会上，位振华局长作了报告。').people).toEqual(['位振华']);
  });
});

describe('places named as a province’s parts and rivers in the classical 水', () => {
  it('reads 关中 and 胶东 as places', () => {
    expect(readDraft('省长与关中各市政府签订目标责任书。').places).toEqual(['关中']);
    expect(readDraft('胶东的海湾水质持续向好。').places).toEqual(['胶东']);
  });

  it('reads no place inside 机关中', () => {
    expect(readDraft('各级机关中的党员干部要带头节约。').places).toEqual([]);
  });

  it('reads a river named in 水 with 河 after it as that river', () => {
    const draft = readDraft('湟水河出境断面水质达标率明显提高。');
    expect(draft.places).toEqual(['湟水']);
    const river = draft.graph.nodes.find((node) => node.label === 'Region');
    expect(river?.aliases).toContain('湟水河');
  });
});

describe('a source line padded around its colon', () => {
  it('reads the outlet after 来源 : as after 来源：', () => {
    expect(readDraft('来源 : 绿色之声网 | 时间 : 2017-05-16').organizations).toEqual(['绿色之声网']);
  });
});
