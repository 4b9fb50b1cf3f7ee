import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('a lead quote whose speaker comes after the time and the occasion (round thirty-three)', () => {
  it('gives the quote to the speaker after 某日，某局召开某发布会，', () => {
    const { saidBy } = readDraft(
      '“湿地公园实行分区管理，游客可以进入一般控制区体验。”6月8日，省林业局召开湿地保护新闻发布会，省湿地中心副主任周晓岚在回答记者提问时这样表示。',
    );
    expect(saidBy('湿地公园实行分区管理')).toEqual(['周晓岚']);
  });

  it('does not read a clause without a verb of holding as the occasion', () => {
    const { saidBy } = readDraft('“湿地公园实行分区管理，游客可以进入一般控制区体验。”6月8日，天气晴好，省湿地中心副主任周晓岚表示。');
    expect(saidBy('湿地公园实行分区管理')).not.toEqual(['周晓岚']);
  });
});

describe('举例 and a photo caption between a speaker and her pronoun (round thirty-three)', () => {
  it('reads 她举例， as reported speech of the speaker before', () => {
    const { saidBy } = readDraft('省湿地中心副主任周晓岚表示，目前各湿地公园都已向公众开放。她举例，青石湾湿地公园设置了六条游览线路。');
    expect(saidBy('青石湾湿地公园设置了')).toEqual(['周晓岚']);
  });

  it('keeps 她 on the speaker across a caption closed by its credit', () => {
    const { saidBy } = readDraft(
      '对此，省湿地中心副主任周晓岚表示，目前各湿地公园都已向公众开放。\n青石湾湿地公园保护面积120平方公里。图片来源：省林业局\n她举例，青石湾湿地公园设置了六条游览线路。',
    );
    expect(saidBy('青石湾湿地公园设置了')).toEqual(['周晓岚']);
  });

  it('does not carry 她 over two paragraphs of the story', () => {
    const { saidBy } = readDraft(
      '对此，省湿地中心副主任周晓岚表示，目前各湿地公园都已向公众开放。\n青石湾湿地公园保护面积120平方公里，是候鸟的重要栖息地。\n近年来，全省湿地面积稳步增加。\n她举例，青石湾湿地公园设置了六条游览线路。',
    );
    expect(saidBy('青石湾湿地公园设置了')).not.toEqual(['周晓岚']);
  });
});

describe('an unnamed official named by the place whose government he serves (round thirty-three)', () => {
  it('reads 某市有关负责人表示 as a speaker without a name', () => {
    // The place must be a division of GB/T 2260, so a real city stands here.
    const { statements, people } = readDraft('湖州市有关负责人表示，湖州市将继续推进大气污染物和二氧化碳协同减排。');
    expect(statements.some((text) => text.startsWith('湖州市将继续推进'))).toBe(true);
    expect(people).toEqual([]);
  });

  it('needs a division of the gazetteer before 有关负责人', () => {
    const { statements } = readDraft('青石湾有关负责人表示，青石湾将继续推进湿地保护。');
    expect(statements.some((text) => text.startsWith('青石湾将继续推进'))).toBe(false);
  });
});

describe('a head of government’s post is no post of the congress named before (round thirty-three)', () => {
  it('leaves a bare 副省长 after the congress standing committee’s vice chair without that body', () => {
    const { speaksFor } = readDraft('省人大常委会副主任唐明远出席启动仪式并宣布活动启动，副省长韩素清出席启动仪式并讲话。');
    expect(speaksFor).toContainEqual(['唐明远', '省人大常委会', '副主任']);
    expect(speaksFor.filter(([person]) => person === '韩素清')).toEqual([]);
  });

  it('still gives a CPPCC vice chair in a later clause the committee named before', () => {
    const { speaksForPairs } = readDraft('市政协主席唐明远出席会议并讲话。副主席韩素清主持会议。');
    expect(speaksForPairs).toContainEqual(['韩素清', '市政协']);
  });

  it('still gives the standing committee’s secretary-general in a later clause the committee named before', () => {
    const { speaksForPairs } = readDraft('州人大常委会主任唐明远出席会议并讲话。秘书长韩素清主持会议。');
    expect(speaksForPairs).toContainEqual(['韩素清', '州人大常委会']);
  });

  it('still gives a vice mayor the government named before', () => {
    const { speaksForPairs } = readDraft('市政府市长唐明远、副市长韩素清出席。');
    expect(speaksForPairs).toContainEqual(['韩素清', '市政府']);
  });
});

describe('bylines and datelines of news apps and special reports (round thirty-three)', () => {
  it('reads the reporter of 本报记者某某7月2日北京报道 and no outlet', () => {
    const { people, bodies } = readDraft('本报记者郝文涛7月2日北京报道 7月2日是全国低碳日，主题宣传活动在线上举行。');
    expect(people).toContain('郝文涛');
    expect(bodies.some((name) => name.includes('记者'))).toBe(false);
  });

  it('reads a news app before 记者 and a name as the reporter’s outlet', () => {
    const { speaksForPairs } = readDraft('青禾新闻记者郝文涛\n省林业局召开新闻发布会，介绍湿地保护情况。');
    expect(speaksForPairs).toContainEqual(['郝文涛', '青禾新闻']);
  });

  it('does not read 新闻记者 as an outlet when no reporter is named', () => {
    const { bodies } = readDraft('中外新闻记者参加了发布会。参加发布会的新闻记者有三十多人。');
    expect(bodies).toEqual([]);
  });

  it('reads the outlet of 某某网讯 with the date after it', () => {
    const { bodies } = readDraft('       青禾网讯  6月5日，全省六五环境日主场活动在南岭市举行。');
    expect(bodies).toContain('青禾网');
  });
});

describe('a second nameplate and a stationed office (round thirty-three)', () => {
  it('reads the body in brackets as a body, and the post after the brackets as the first body’s', () => {
    const { bodies, speaksFor } = readDraft('自然资源部（国家海洋局）局长方建国表示，将加强海洋生态保护修复。');
    expect(bodies).toEqual(expect.arrayContaining(['自然资源部', '国家海洋局']));
    expect(speaksFor).toContainEqual(['方建国', '自然资源部', '局长']);
  });

  it('does not read a short form’s definition as a second plate', () => {
    const { bodies } = readDraft('南岭环境科学研究所（以下简称南岭所）所长方建国出席。');
    expect(bodies).not.toContain('以下简称南岭所');
  });

  it('reads a stationed office’s long name whole before its post', () => {
    const { bodies } = readDraft('国家林业局驻南岭省森林资源监督专员办事处党组成员方建国出席发布活动。');
    expect(bodies).toContain('国家林业局驻南岭省森林资源监督专员办事处');
  });
});
