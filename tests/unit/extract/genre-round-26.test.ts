import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes in which officials speak at ceremonies and press
// conferences: a prepared speech greeting several kinds of guest, a live transcript's bracketed turns, the occasion of
// a speech told by delivering it (作主题讲话时表示), a body's leadership named by its kind (局领导), and a speech that
// speaks for its body in the first person (我谨代表).
describe('a prepared speech that greets several kinds of guest in one line', () => {
  const speech = [
    '在全省环境日活动上的讲话',
    '省生态环境厅厅长 林明远',
    '（2022年6月5日，福州）',
    '各位来宾，女士们、先生们、朋友们：',
    '大家上午好！',
    '今天，我们在这里隆重举办环境日纪念活动。我们将继续打好污染防治攻坚战。',
  ].join('\n');

  it('gives the speech after the greeting to the speaker named under the title', () => {
    const draft = readDraft(speech);
    expect(draft.saidBy('大家上午好')).toEqual(['林明远']);
    expect(draft.statements.some((text) => text.includes('今天，我们在这里'))).toBe(true);
  });

  it('takes no line of addressees joined by commas without a colon for a greeting', () => {
    const draft = readDraft('省生态环境厅厅长 林明远\n各位来宾，女士们、先生们要共同努力。\n今天举办活动。');
    expect(draft.said).toEqual([]);
  });
});

describe('the first person of a speech that speaks for its body', () => {
  it('reads no person in 我谨代表 or 我代表', () => {
    expect(readDraft('在此，我谨代表市生态环境局向大家表示感谢。').people).toEqual([]);
    expect(readDraft('我代表县委县政府，向大家表示欢迎。').people).toEqual([]);
  });

  it('still reads a deputy named before 代表 as one', () => {
    expect(readDraft('全国人大代表张春华代表说，要加强湿地保护。').people).toEqual(['张春华']);
  });
});

describe('a live transcript’s turns labelled in square brackets', () => {
  const transcript = [
    '记者会邀请生态环境部副部长周立民回答记者提问。',
    '[主持人王文华]',
    '记者朋友们，下午好。我们请周部长先讲几句话。[2015-03-08 15:03]',
    '[生态环境部副部长周立民]',
    '各位记者朋友，大家下午好。很高兴和大家见面。[2015-03-08 15:05]',
    '[周立民]',
    '今年我们将继续推进大气污染防治工作。',
  ].join('\n');

  it('gives each turn to the person its bracket names, with or without the post', () => {
    const draft = readDraft(transcript);
    expect(draft.saidBy('记者朋友们，下午好')).toEqual(['王文华']);
    expect(draft.saidBy('各位记者朋友，大家下午好')).toEqual(['周立民']);
    expect(draft.saidBy('今年我们将继续推进')).toEqual(['周立民']);
  });

  it('reads no person in the host’s invitation by surname and post (请周部长)', () => {
    expect(readDraft(transcript).people).not.toContain('请周');
  });

  it('leaves the turn’s time stamp out of what was said', () => {
    const draft = readDraft(transcript);
    expect(draft.statements.find((text) => text.startsWith('各位记者朋友'))).not.toContain('2015-03-08');
  });

  it('takes no bracketed word that is no name for a turn', () => {
    expect(readDraft('[图片新闻]\n今年我们将继续推进大气污染防治工作。').said).toEqual([]);
  });
});

describe('the occasion of a speech told by delivering it', () => {
  it('reads over 作主题讲话时, 作总结讲话时 and 发表主旨讲话中 before the speech verb', () => {
    const draft = readDraft('省生态环境厅厅长邓海峰作主题讲话时表示，我省生态环境质量持续改善。市委书记张国华作总结讲话时强调，要抓好落实。');
    expect(draft.saidBy('我省生态环境质量')).toEqual(['邓海峰']);
    expect(draft.saidBy('要抓好落实')).toEqual(['张国华']);
    expect(readDraft('副市长李红梅发表主旨讲话中指出，要加强生态保护。').saidBy('要加强生态保护')).toEqual(['李红梅']);
  });

  it('reads no speech where no speech verb follows the occasion', () => {
    expect(readDraft('市委书记张国华作总结讲话时间不长。').said).toEqual([]);
  });
});

describe('a body’s leadership named by its kind and 领导', () => {
  it('reads the name after 局领导 or 厅领导 and gives it the body', () => {
    const draft = readDraft('市生态环境局局领导郑海文在致辞中表示，近年来全市生态环境持续改善。');
    expect(draft.people).toEqual(['郑海文']);
    expect(draft.speaksForPairs).toEqual([['郑海文', '市生态环境局']]);
    expect(draft.saidBy('近年来全市生态环境')).toEqual(['郑海文']);
    expect(readDraft('省生态环境厅厅领导王建国出席活动。').speaksForPairs).toEqual([['王建国', '省生态环境厅']]);
  });

  it('takes no leadership as a list of names', () => {
    expect(readDraft('市生态环境局局领导班子成员参加会议。').people).toEqual([]);
  });
});

describe('a two-character name before a deputy’s title', () => {
  it('leaves the 副 of the title out of the name, though the segmenter reads 正副 as a word', () => {
    expect(readDraft('会上，韩正副总理作会议总结。').people).toEqual(['韩正']);
    expect(readDraft('会上，王正副市长作会议总结。').people).toEqual(['王正']);
  });

  it('still reads a three-character name before a deputy’s title whole', () => {
    expect(readDraft('会上，王建国副市长讲话。').people).toEqual(['王建国']);
  });
});

describe('an executive deputy’s title whose first character is a surname', () => {
  it('reads no person in 常务副主席 before a name', () => {
    expect(readDraft('全国工商联党组书记、常务副主席徐乐平出席座谈会。').people).toEqual(['徐乐平']);
  });
});
