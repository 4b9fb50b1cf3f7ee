import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('people and who they speak for across levels and provinces (round fourteen)', () => {
  it('ends a name before the day of the month a wire lead prints after its subject, and reads the speech after 在 and a place', () => {
    const { people, speaksFor, saidBy } = readDraft('临溪省水利厅副厅长范志华5日在临溪介绍，全省重点河湖水质稳中向好。');
    expect(people).toEqual(['范志华']);
    expect(speaksFor).toEqual([['范志华', '临溪省水利厅', '副厅长']]);
    expect(saidBy('全省重点河湖')).toEqual(['范志华']);
    const spelled = readDraft('东岚省林业局局长万海生十八日表示，今年将新增造林面积。');
    expect(spelled.people).toEqual(['万海生']);
    expect(spelled.saidBy('今年将新增')).toEqual(['万海生']);
  });

  it('keeps a preposition that ends a given name when another follower comes right after it, and only then', () => {
    expect(readDraft('自治区副主席韩立为出席会议并讲话。').people).toEqual(['韩立为']);
    expect(readDraft('副市长程思为主持会议。').people).toEqual(['程思为']);
    // 为 before a word that is no follower of a name is still a preposition.
    expect(readDraft('副市长程明为获奖者颁奖。').people).toEqual(['程明']);
  });

  it('gives a quote printed before its speaker to the speaker a clause ending in 的 describes, a term in marks inside', () => {
    const quoted = readDraft('“河道管不好，我这个河长就没当好。”兼任清水河“河长”的临溪区区长钟立新说。');
    expect(quoted.people).toEqual(['钟立新']);
    expect(quoted.saidBy('河道管不好')).toEqual(['钟立新']);
    const visiting = readDraft('“每条河都要有人管。”节后第一天就到整治现场调研的朝阳区委书记骆文斌说。');
    expect(visiting.saidBy('每条河都要')).toEqual(['骆文斌']);
    expect(visiting.speaksFor).toEqual([['骆文斌', '朝阳区委', '书记']]);
  });

  it('reads 如是说 after a quote as the speech verb of the speaker named before it', () => {
    const { saidBy } = readDraft('临溪省生态环境厅厅长詹国平出席发布会。“守住蓝天就是守住民生。”詹国平当天在发布会上如是说。');
    expect(saidBy('守住蓝天就是')).toEqual(['詹国平']);
  });

  it('reads a prefecture party committee of Xinjiang, 州党委, as a body its secretary speaks for', () => {
    const { bodies, speaksFor } = readDraft('伊犁州党委副书记阿不都·热合曼主持会议，昌吉州党委书记戚建国作动员讲话。');
    expect(bodies).toEqual(expect.arrayContaining(['伊犁州党委', '昌吉州党委']));
    expect(speaksFor).toEqual(
      expect.arrayContaining([
        ['阿不都·热合曼', '伊犁州党委', '副书记'],
        ['戚建国', '昌吉州党委', '书记'],
      ]),
    );
  });

  it('reads an office named by its function before 办公室主任 as the body of its head, and no body out of 以及 or 各', () => {
    const { people, bodies, speaksFor } = readDraft('管委会副主任邵志平，党工委委员、综合办公室主任葛晓东以及各局办、中心有关负责人参加会议。');
    expect(people).toEqual(expect.arrayContaining(['邵志平', '葛晓东']));
    expect(speaksFor).toEqual(expect.arrayContaining([['葛晓东', '综合办公室', '办公室主任']]));
    expect(bodies).toContain('综合办公室');
    expect(bodies.some((name) => name.includes('以及') || name.startsWith('各'))).toBe(false);
  });

  it('takes no speaker out of a word opened by a preposition before a speech verb used as a noun (对标…目标要求)', () => {
    const { people, said } = readDraft('会议强调，要科学制定整改方案，对标对表上级目标要求，逐项梳理问题清单。');
    expect(people).toEqual([]);
    expect(said.every(([speaker]) => speaker === undefined)).toBe(true);
  });

  it('reads a transcript turn headed by a role and its colon, the host’s posts and name, and a space', () => {
    const { people, saidBy, speaksFor } = readDraft('主持人：临溪省委宣传部新闻处处长柯文静 各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。');
    expect(people).toEqual(['柯文静']);
    expect(speaksFor).toEqual(expect.arrayContaining([['柯文静', '新闻处', '处长']]));
    expect(saidBy('各位记者朋友')).toEqual(['柯文静']);
  });
});
