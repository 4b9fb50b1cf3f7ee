import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Round 54: releases of ecological observance days other than World Environment Day (low-carbon day, ozone day,
// biodiversity day, Earth Day, the national ecology day). Sentences written for these tests, with made-up names.

describe('treaty secretariats and UN agencies at an observance day', () => {
  it('reads a convention secretariat, its executive secretary and the UN programme by its short form', () => {
    const draft = readDraft('臭氧秘书处执行秘书林海文、联合国环境署有关负责人参会并发言。');
    expect(draft.bodies).toEqual(expect.arrayContaining(['臭氧秘书处', '联合国环境署']));
    expect(draft.people).toContain('林海文');
    expect(draft.speaksFor).toContainEqual(['林海文', '臭氧秘书处', '执行秘书']);
  });

  it('reads the Multilateral Fund secretariat and an acting executive secretary of the biodiversity convention', () => {
    const draft = readDraft('多边基金秘书处秘书长马可·罗西、《生物多样性公约》秘书处代理执行秘书艾米·卡特出席。');
    expect(draft.bodies).toEqual(expect.arrayContaining(['多边基金秘书处', '《生物多样性公约》秘书处']));
    expect(draft.speaksFor).toContainEqual(['马可·罗西', '多边基金秘书处', '秘书长']);
  });
});

describe('State Council departments among the attending bodies', () => {
  it('reads the foreign and civil-affairs ministries and the former Ministry of Communications in a list', () => {
    const draft = readDraft('外交部、民政部、交通部、人社部等部门和单位参加启动仪式。');
    expect(draft.bodies).toEqual(expect.arrayContaining(['外交部', '民政部', '交通部', '人社部']));
  });

  it('does not read "the civil-affairs departments" as the ministry', () => {
    const draft = readDraft('各地民政部门和交通部门要加强配合。');
    expect(draft.bodies).not.toContain('民政部');
    expect(draft.bodies).not.toContain('交通部');
  });
});

describe('a transliterated name that a list mark closes', () => {
  it('keeps the whole last part before 、', () => {
    const draft = readDraft('秘书长安娜·贝比利、副主任周明远出席会议。');
    expect(draft.people).toContain('安娜·贝比利');
    expect(draft.people).not.toContain('安娜·贝');
  });

  it('still stops a dotted name at a speech verb', () => {
    const draft = readDraft('主任卡洛斯·门多萨表示,合作成效显著。');
    expect(draft.people).toContain('卡洛斯·门多萨');
  });

  it('does not take a verb before a full stop into the name', () => {
    const draft = readDraft('代理执行秘书艾米·卡特出席。');
    expect(draft.people).not.toContain('艾米·卡特出席');
  });
});

describe('a news anchor co-hosting an online event', () => {
  it('reads the anchor with the station as the body', () => {
    const draft = readDraft('某市应对气候变化处处长刘建平、某某电视台新闻主播孙悦共同主持活动。');
    expect(draft.people).toContain('孙悦');
    expect(draft.speaksFor).toContainEqual(['孙悦', '某某电视台', '新闻主播']);
  });
});
