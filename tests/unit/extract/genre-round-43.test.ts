import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of the ministry's routine press conferences told as news
// that round 43 found: a wire lead's 今日 and 亦 between the speaker and the verb, the figures an answer rests on before
// the verb (通过…指出), a quote printed before its speaker who 作出如上表述, a publication or a first-person pronoun before
// a speech verb that is no person, and the leaders of teams named by the dispatch formula (以…任组长的).
describe('a wire lead’s 今日 and the classical 亦 between the speaker and the verb', () => {
  it('gives the words after 今日表示 and 亦指出 to the department head', () => {
    const draft = readDraft(
      '中新网3月5日电 生态环境部固体废物与化学品司司长邵平川今日表示，固体废物进口管理改革扎实推进。邵平川亦指出，改革进入深水区，任务更加艰巨。',
    );
    expect(draft.saidBy('固体废物进口管理改革')).toEqual(['邵平川']);
    expect(draft.saidBy('改革进入深水区')).toEqual(['邵平川']);
  });
});

describe('the figures an answer rests on, before the verb', () => {
  it('reads 通过一组数据 and 结合…实际 as the means of the speech', () => {
    const draft = readDraft('邵平川通过一组数据指出，两年进口量分别下降一成和四成。柯云舒结合本地实际表示，要加快补齐处置能力短板。');
    expect(draft.saidBy('两年进口量')).toEqual(['邵平川']);
    expect(draft.saidBy('要加快补齐')).toEqual(['柯云舒']);
  });

  it('does not read a means clause with no speech verb after it as speech', () => {
    const draft = readDraft('邵平川通过实地调研了解企业治污情况，随后召开座谈会。');
    expect(draft.statements).toEqual([]);
  });
});

describe('a quote printed before its speaker who points back at it', () => {
  it('gives a quote that opens the lead to the spokesman who 作出如上表述', () => {
    const draft = readDraft('“大气治理既要冬练三九，又要夏练三伏，持之以恒落实各项措施”。生态环境部新闻发言人柯云舒28日作出如上表述。');
    expect(draft.saidBy('大气治理既要冬练三九')).toEqual(['柯云舒']);
  });

  it('reads 作出上述表示 after a quote as 如是说 is read', () => {
    const draft = readDraft('“海洋生态环境保护取得阶段性成效，美丽海湾越建越美”。海洋生态环境司副司长黎明远日前作出上述表示。');
    expect(draft.saidBy('海洋生态环境保护')).toEqual(['黎明远']);
  });
});

describe('words before a speech verb that name no person', () => {
  it('takes no person from a colour-named book that 指出', () => {
    const draft = readDraft('生态环境部新闻发言人柯云舒介绍，蓝皮书指出，重点区域生态系统质量持续改善。白皮书指出，森林覆盖率稳步提高。');
    expect(draft.people).toEqual(['柯云舒']);
    expect(draft.saidBy('蓝皮书指出')).toEqual(['柯云舒']);
  });

  it('takes no person from 我先 of a transcript turn', () => {
    const draft = readDraft('柯云舒：新闻界的朋友们，大家上午好！下面，我先通报几项近期工作。');
    expect(draft.people).not.toContain('我先');
  });
});

describe('the leaders of teams named by the dispatch formula', () => {
  it('reads each name between 以 and 任组长 as a person', () => {
    const draft = readDraft('经党中央、国务院批准，以邵平川、黎明远、柯云舒任组长的3个中央生态环境保护督察组已进驻有关省份。');
    expect(draft.people).toEqual(expect.arrayContaining(['邵平川', '黎明远', '柯云舒']));
  });

  it('reads one leader named with 为团长', () => {
    const draft = readDraft('以韦东山为团长的代表团一行抵达省城。');
    expect(draft.people).toContain('韦东山');
  });

  it('takes no person from a clause of 以…为重点', () => {
    const draft = readDraft('以大气治理为重点的攻坚行动全面展开。');
    expect(draft.people).toEqual([]);
  });
});
