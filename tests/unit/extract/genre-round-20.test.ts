import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = (text: string) => {
  const draft = readDraft(text);
  return { ...draft, said: draft.saidBy };
};

describe('the head of a special committee addressed by the post after the name (round 20)', () => {
  it('gives the speech to 某某副主任委员指出 as to 某某副主任指出', () => {
    const { said } = read(
      '会上，省人大环境与资源保护委员会副主任委员、一级巡视员罗明远介绍了条例的主要内容。罗明远副主任委员指出，条例将于10月1日起施行。',
    );
    expect(said('条例将于10月1日起施行')).toEqual(['罗明远']);
  });

  it('gives the speech to 某某主任委员表示 for a democratic party’s committee', () => {
    const { said } = read('民盟滨江市委主任委员周海出席。周海主任委员表示，要为长江保护多建言。');
    expect(said('要为长江保护多建言')).toEqual(['周海']);
  });
});

describe('a post run padded around its joiner or with a note in brackets (round 20)', () => {
  it('keeps 党组书记 、厅长 with a space before 、 as one run of the department', () => {
    const { speaksFor } = read('省人大法制委员会副主任委员林江，省生态环境厅党组书记 、厅长郑文海，省司法厅二级巡视员杜平参加发布会。');
    expect(speaksFor).toContainEqual(['郑文海', '省生态环境厅', '厅长']);
    expect(speaksFor.filter(([person]) => person === '郑文海').map(([, body]) => body)).not.toContain('法制委员会');
  });

  it('reads the cadre-management note (市管) after a rank and the post joined after it', () => {
    const { speaksFor, said } = read('会上，滨江市生态环境局一级调研员（市管）、新闻发言人罗明远表示，全市环境质量持续改善。');
    expect(speaksFor).toContainEqual(['罗明远', '滨江市生态环境局', '一级调研员']);
    expect(said('全市环境质量持续改善')).toEqual(['罗明远']);
  });

  it('does not join a title after 、 when a body starts there', () => {
    const { speaksFor } = read('滨江市生态环境局局长 、市河长办副主任罗明远参加巡河。');
    expect(speaksFor).toContainEqual(['罗明远', '市河长办', '副主任']);
    expect(speaksFor).toContainEqual(['罗明远', '滨江市生态环境局', '局长']);
  });
});
