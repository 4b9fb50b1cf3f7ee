import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the bodies of congresses and CPPCC committees and for the reports
// a government delivers to a congress standing committee.
describe('special committees of a congress or a CPPCC committee by their short names', () => {
  it('reads a congress special committee after its congress, and its heads speak for it', () => {
    const { bodies, speaksFor } = readDraft('省人大常委会委员、省人大环资委主任委员王国栋，全国人大代表、省人大环资委副主任委员李红梅参加活动。');
    expect(bodies).toContain('省人大环资委');
    expect(speaksFor).toContainEqual(['王国栋', '省人大环资委', '主任委员']);
    expect(speaksFor).toContainEqual(['李红梅', '省人大环资委', '副主任委员']);
  });

  it('reads a CPPCC committee after its CPPCC body, and bare at the head of a post run', () => {
    expect(readDraft('市政协提案委主任孙明华主持会议。').speaksFor).toEqual([['孙明华', '市政协提案委', '主任']]);
    const { speaksFor } = readDraft('省政协副秘书长赵明远，人资环委副主任钱立平、孙晓光参加视察。');
    expect(speaksFor).toContainEqual(['钱立平', '人资环委', '副主任']);
    expect(speaksFor).toContainEqual(['孙晓光', '人资环委', '副主任']);
  });

  it('takes no standing member or party committee for a special committee', () => {
    expect(readDraft('省政协常委周大海参加调研。').bodies).not.toContain('省政协常委');
    expect(readDraft('市政协委员吴立新发言。').bodies).toEqual(['市政协']);
  });
});

describe('a report delivered to a congress standing committee, printed whole', () => {
  const signed = [
    '某省人民政府关于2020年度环境状况的报告',
    '——2021年3月26日在某省第十三届人民代表大会常务委员会第八次会议上',
    '省人民政府副省长 周立新',
    '主任、各位副主任、秘书长、各位委员：',
    '根据《环境保护法》规定，现将2020年度全省环境状况报告如下，请审议。',
  ].join('\n');

  it('gives the report to the signer under the dash subtitle, after the salutation line', () => {
    const draft = readDraft(signed);
    expect(draft.speaksFor).toEqual([['周立新', '省人民政府', '副省长']]);
    expect(draft.saidBy('根据《环境保护法》')).toEqual(['周立新']);
  });

  it('reads a padded name on the signature line and a report addressed to the standing committee', () => {
    const draft = readDraft(
      '——2024年3月26日在自治区第十四届人民代表大会常务委员会第八次会议上\n\n自治区生态环境厅厅长 王 明\n\n自治区人大常委会：\n\n  受自治区人民政府委托，我向自治区人大常委会报告环境状况，请审议。',
    );
    expect(draft.people).toEqual(['王 明']);
    expect(draft.speaksFor).toEqual([['王 明', '自治区生态环境厅', '厅长']]);
    expect(draft.saidBy('受自治区人民政府委托')).toEqual(['王 明']);
  });

  it('opens no speech when a date line or an editor’s note follows the signature instead of a salutation', () => {
    const draft = readDraft(
      '——在2021年全省生态环境工作会议上的工作报告（摘要）\n\n省生态环境厅厅长 周立新\n（2021年3月18日）\n\n编者按：会议总结了全年工作。',
    );
    expect(draft.saidBy('（2021年3月18日）')).toBeUndefined();
    expect(draft.statements).toEqual([]);
  });

  it('reads no signature without the dash subtitle before it', () => {
    const draft = readDraft('会议纪要\n自治区生态环境厅厅长 王 明\n自治区人大常委会：\n受自治区人民政府委托，报告如下。');
    expect(draft.people).not.toContain('王 明');
    expect(draft.saidBy('受自治区人民政府委托')).toBeUndefined();
  });
});

describe('a special committee named in full', () => {
  it('keeps the full name whole, not its short name', () => {
    const { speaksFor } = readDraft('省人大法制委员会副主任委员尹林介绍情况。');
    expect(speaksFor).toHaveLength(1);
    expect(speaksFor[0]![1]).toMatch(/法制委员会$/u);
    expect(speaksFor[0]![2]).toBe('副主任委员');
  });
});
