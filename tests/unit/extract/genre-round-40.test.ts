import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of speech and of who speaks for which body in the ministry's
// digests and national event releases: the national congress's and CPPCC's special committees by their short names, a
// launch announced with its full date, an award's judging committee, a host receiving a foreign guest, foreign posts
// before a transliterated name and a married woman's name closed by 女士.
describe('the special committees of the NPC and the CPPCC National Committee', () => {
  it('gives a post after 全国人大环资委 its committee, not the congress', () => {
    const { bodies, speaksFor } = readDraft('全国人大环资委副主任委员王大明出席仪式。');
    expect(bodies).toEqual(['全国人大环资委']);
    expect(speaksFor).toEqual([['王大明', '全国人大环资委', '副主任委员']]);
  });

  it('reads a CPPCC committee by its short name and its member’s speech', () => {
    const { speaksFor, saidBy } = readDraft('全国政协人资环委副主任李红表示,要加强生态保护。');
    expect(speaksFor).toEqual([['李红', '全国政协人资环委', '副主任']]);
    expect(saidBy('要加强生态保护')).toEqual(['李红']);
  });

  it('reads the full name of a committee of the NPC', () => {
    expect(readDraft('全国人大环境与资源保护委员会主任委员王大明说,要加强立法。').bodies).toEqual(['全国人大环境与资源保护委员会']);
  });

  it('leaves the standing committee as it was', () => {
    expect(readDraft('全国人大常委会副委员长王大明出席。').speaksFor).toEqual([['王大明', '全国人大常委会', '副委员长']]);
  });
});

describe('a speaker dated with the year before the speech verb', () => {
  it('reads the announcement after 宣布: when the year, month and day stand before it', () => {
    const { said } = readDraft('全国人大常委会副委员长王大明2014年4月30日在京宣布:2014年环保宣传活动正式启动。');
    expect(said).toEqual([['王大明', '2014年环']]);
  });

  it('takes no year alone as the date of a lead', () => {
    expect(readDraft('副部长王大明2014年宣布:活动正式启动。').said).toEqual([]);
  });
});

describe('the judging and preparatory committees of awards and events', () => {
  it('gives a second post in a run its judging committee', () => {
    const { speaksFor } = readDraft('原国家环保总局副局长、绿色环境奖评委会副主任王玉明宣读了公告。');
    expect(speaksFor).toEqual([
      ['王玉明', '国家环保总局', '副局长'],
      ['王玉明', '绿色环境奖评委会', '副主任'],
    ]);
  });

  it('reads a forum’s preparatory committee before its secretary-general', () => {
    expect(readDraft('东岚论坛筹委会秘书长王大明说,筹备工作进展顺利。').speaksFor).toEqual([['王大明', '东岚论坛筹委会', '秘书长']]);
  });
});

describe('a host receiving a foreign guest', () => {
  it('starts the guest’s body after 会见了来访的', () => {
    const { bodies, speaksFor } = readDraft('国家环保总局副局长王大明3月14日在总局会见了来访的美国绿野保护协会副总裁伯特一行。');
    expect(bodies).toEqual(['国家环保总局', '美国绿野保护协会']);
    expect(speaksFor).toContainEqual(['伯特', '美国绿野保护协会', '副总裁']);
  });

  it('keeps the host’s name out of the guest’s body', () => {
    expect(readDraft('王大明会见美国绿野保护协会主席张明。').bodies).toEqual(['美国绿野保护协会']);
  });

  it('cuts nothing where a name only starts with the verb’s characters', () => {
    expect(readDraft('会见厅管理处处长张明出席。').bodies).toEqual(['会见厅管理处']);
  });
});

describe('foreign posts and married names', () => {
  it('starts a transliterated name after a foreign post', () => {
    expect(readDraft('副部长王大明在京会见了某国环境部副国务秘书林赛·高一行。').people).toEqual(['王大明', '林赛·高']);
    expect(readDraft('副部长王大明会见某集团全球首席执行官皮特·瑞安一行。').people).toEqual(['王大明', '皮特·瑞安']);
  });

  it('gives an international body’s executive director its body', () => {
    expect(readDraft('联合国环境规划署执行主任英格·安森表示,要加强合作。').speaksFor).toEqual([['英格·安森', '联合国环境规划署', '执行主任']]);
  });

  it('reads a married woman’s four-character name closed by 女士', () => {
    expect(readDraft('地球之友总干事吴方笑梅女士到会。').people).toEqual(['吴方笑梅']);
  });

  it('reads a two-character name before 女士 as before', () => {
    expect(readDraft('总干事王明女士到会。').people).toEqual(['王明']);
    expect(readDraft('总干事王明华女士到会。').people).toEqual(['王明华']);
  });
});
