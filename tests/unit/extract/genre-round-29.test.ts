import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the people and bodies of townships, streets and counties and of
// mass organizations and party bodies at work on the environment: acting heads, full-time vice chairs, a democratic
// party's committee printed 委会, the youth and students' federations, a company's branch, a person introduced by the
// unit they come from, a leader who leads bodies' people, padded names in credits, venues, and the words that are no
// names (a speech's numbered points, 应邀).
describe('an acting head of a government in the full form 代理', () => {
  it('reads 代理区长 as a post, so the deputy party secretary speaks for the district committee', () => {
    const draft = readDraft('11月2日，区委副书记、代理区长方立群到河道巡河。');
    expect(draft.people).toEqual(['方立群']);
    expect(draft.speaksForPairs).toContainEqual(['方立群', '区委']);
  });

  it('reads an acting town head too', () => {
    expect(readDraft('镇党委副书记、代理镇长龚晓川陪同检查。').people).toEqual(['龚晓川']);
  });
});

describe('the committees and posts of democratic parties and mass organizations', () => {
  it('reads a party committee printed 委会 with its full-time vice chair and its secretary-general', () => {
    const draft = readDraft('民盟湖南省委会专职副主委钟晓岚主持会议，秘书长熊国栋参加会议。');
    expect(draft.organizations).toEqual(['民盟湖南省委会']);
    expect(draft.speaksFor).toContainEqual(['钟晓岚', '民盟湖南省委会', '专职副主委']);
    expect(draft.speaksFor).toContainEqual(['熊国栋', '民盟湖南省委会', '秘书长']);
  });

  it('gives a full-time vice chair of a women’s federation her federation', () => {
    expect(readDraft('株洲市妇联专职副主席彭丽娟出席活动。').speaksFor).toContainEqual(['彭丽娟', '株洲市妇联', '专职副主席']);
  });

  it('leaves a secretary-general after a party committee of the CPC without that committee', () => {
    const draft = readDraft('市委书记杜明远主持会议，秘书长黄承志参加会议。');
    expect(draft.speaksForPairs).not.toContainEqual(['黄承志', '市委']);
  });

  it('reads the youth and students’ federations, the bare one closing a list before 和', () => {
    const draft = readDraft('省团委机关干部、省青联、学联和省直机关青年志愿者参加植树活动。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['省青联', '学联']));
  });

  it('reads a bare federation before 和 in the middle of a list too', () => {
    const draft = readDraft('省团委机关干部、省青联、学联和省直机关党团员志愿者、长沙市青年志愿者等400余人参加植树。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['省青联', '学联']));
  });

  it('reads no body before 和 where the list’s last item is no body of the system', () => {
    expect(readDraft('市环保局、村民和志愿者参加活动。').organizations).toEqual(['市环保局']);
  });
});

describe('a company’s branch and a person introduced by the unit they come from', () => {
  it('reads a branch with its company’s short name and gives the volunteer that branch', () => {
    const draft = readDraft('“很有意义。”来自中国邮政湘西分公司的志愿者刘思雨表示，今后还要参加。');
    expect(draft.organizations).toContain('中国邮政湘西分公司');
    expect(draft.speaksFor).toContainEqual(['刘思雨', '中国邮政湘西分公司', '志愿者']);
  });

  it('reads a branch listed among a event’s organizers', () => {
    const draft = readDraft('活动由团州委、州林业局、中国石化湖南湘西石油分公司联合主办。');
    expect(draft.organizations).toContain('中国石化湖南湘西石油分公司');
  });
});

describe('a leader who leads the people of several bodies', () => {
  it('reads the bodies after 带领 and no body running over the leader’s post and name', () => {
    const draft = readDraft('县委常委、常务副县长郝建平带领县整改办、县林业局、县司法局等单位负责人督导检查。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['县整改办', '县林业局', '县司法局']));
    expect(draft.organizations.some((name) => name.includes('郝建平'))).toBe(false);
  });
});

describe('words that are no names', () => {
  it('reads no speaker in a speech’s numbered points', () => {
    const draft = readDraft('在听取汇报后，郝建平强调了三点意见。一是充分肯定各乡镇的努力。二是要加快认定。');
    expect(draft.people).toEqual(['郝建平']);
  });

  it('reads no person in 应邀 after the officials in charge of departments', () => {
    expect(readDraft('省工信厅、水利厅等部门负责同志应邀出席座谈会。').people).toEqual([]);
  });

  it('still reads the names listed after the officials in charge', () => {
    expect(readDraft('有关部门负责同志邵华、季红梅出席。').people).toEqual(['邵华', '季红梅']);
  });
});

describe('a credit line’s name padded by half-width spaces', () => {
  it('reads the name as printed, with its padding', () => {
    const draft = readDraft('今天活动圆满结束。\n\n编辑 | 乔雨涵\n\n审核 | 钱   琳');
    expect(draft.people).toEqual(['乔雨涵', '钱   琳']);
  });
});

describe('venues and the places heading a body’s full name', () => {
  it('reads no body in a venue named for its use', () => {
    const draft = readDraft('启动仪式在长沙国际会展中心举行，市环境监测中心主任魏明说，要加强监测。');
    expect(draft.organizations).toEqual(['市环境监测中心']);
  });

  it('keeps a county printed only before a town’s body among the implied places', () => {
    const draft = readDraft('10月21日，桂东县沙田镇纪委组织人员开展环保监督。');
    expect(draft.organizations).toEqual(['沙田镇纪委']);
    expect(draft.places).toEqual([]);
  });

  it('still lists a county that the report also names on its own', () => {
    const draft = readDraft('桂东县沙田镇纪委组织人员开展监督。桂东县近年来持续改善生态环境。');
    expect(draft.places).toContain('桂东县');
  });
});
