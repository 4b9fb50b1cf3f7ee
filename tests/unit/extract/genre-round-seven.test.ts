import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = readDraft;

describe('ranks of the civil service (round seven)', () => {
  it('reads the rank sequence and the old non-leading posts before a name, with the body they serve', () => {
    const { people, speaksFor } = read('西川市生态环境局副主任科员吴小兰、清河县环保局一级主任科员钱立平陪同检查。');
    expect(people).toEqual(expect.arrayContaining(['吴小兰', '钱立平']));
    expect(speaksFor).toEqual(
      expect.arrayContaining([
        ['吴小兰', '西川市生态环境局', '副主任科员'],
        ['钱立平', '清河县环保局', '一级主任科员'],
      ]),
    );
    expect(read('省林业局副调研员孙建明介绍了有关情况。').people).toContain('孙建明');
  });

  it('reads a name before its rank (某某调研员一行)', () => {
    expect(read('5月6日，周文涛调研员一行到东岚化工厂检查环保设施运行情况。').people).toContain('周文涛');
  });
});

describe('posts of social organizations and people at events (round seven)', () => {
  it('reads honorary heads, deputies and advisers of a society with the society as their body', () => {
    const { people, speaksFor } = read('东岚省环保产业协会名誉会长郑国平、常务副会长林晓东，协会顾问何建华出席座谈会。');
    expect(people).toEqual(expect.arrayContaining(['郑国平', '林晓东', '何建华']));
    expect(speaksFor).toEqual(expect.arrayContaining([['郑国平', '东岚省环保产业协会', '名誉会长']]));
  });

  it('reads performers and ambassadors an event names, and no person in a word that only holds such a role', () => {
    const { people } = read('活动现场，青年演员钟丽华与环保公益大使程立新一起为志愿者颁奖。');
    expect(people).toEqual(expect.arrayContaining(['钟丽华', '程立新']));
    expect(read('演员们表演了环保主题的节目。').people).toEqual([]);
    expect(read('众多专家学者、企业家和各界代表齐聚一堂。').people).toEqual([]);
    expect(read('爱心企业家朱晓琳、刘文华等参加了活动。').people).toEqual(expect.arrayContaining(['朱晓琳', '刘文华']));
  });
});

describe('people named again by surname and post (round seven)', () => {
  it('gives 周部长 to the only person of that surname whose post ends in 部长, and his speech with it', () => {
    const text = '大会由东岚省生态环境厅副部长周立新主持。会上，周部长肯定了志愿者的努力，希望各校学生积极参与环保活动。';
    const { people } = readDraft(text);
    expect(people).toEqual(['周立新']);
    expect(read(text).said).toEqual([['周立新', '各校学生积极']]);
  });

  it('reads no one in surname and post when two people of that surname hold it, or none does', () => {
    const { said } = read('副市长王海波、副市长王立群出席会议。王市长要求，各区要抓好整改。');
    expect(said.map(([speaker]) => speaker)).not.toContain('王海波');
    expect(read('李局长要求，各区要抓好整改。').people).toEqual([]);
  });
});

describe('unnamed officials before 同志 (round seven)', () => {
  it('reads no name in 负责同志, while a name before 同志 stays a person', () => {
    expect(read('各区县生态环境部门负责同志参加会议。').people).toEqual([]);
    const { people, said } = read('王海波同志强调，要抓好问题整改落实。');
    expect(people).toEqual(['王海波']);
    expect(said).toEqual([['王海波', '要抓好问题整']]);
  });
});

describe('speech after an addressee or a topic, and carried by a link (round seven)', () => {
  it('gives the speech after 向…提出倡议： to the speaker before the phrase', () => {
    const { said } = read('钟丽华在现场向市民提出倡议：少开一天车，多走一段路。');
    expect(said).toEqual([['钟丽华', '少开一天车，']]);
  });

  it('reads over a topic phrase between the speaker and the verb (在讲话中围绕…要求，就…强调，)', () => {
    expect(read('副市长何立新在讲话中围绕“怎么办”要求，各地要压实整改责任。').said).toEqual([['何立新', '各地要压实整']]);
    expect(read('李建国就秸秆禁烧工作强调，各乡镇要加强巡查。').said).toEqual([['李建国', '各乡镇要加强']]);
  });

  it('reads no speech after 提出要求 and a comma: the clause after it is another statement', () => {
    const { said } = read('市委书记王建平对全市生态环保工作提出要求，副市长林强出席会议并讲话。');
    expect(said).toEqual([]);
  });

  it('gives a speech verb after 并 to the subject of the sentence, but not 表示 of an attitude', () => {
    expect(read('调研组组长吴振华对整改工作给予肯定，并表示将把收集的意见带回研究。').said).toEqual([['吴振华', '将把收集的意']]);
    expect(read('吴振华对当地的配合给予肯定，并表示感谢。').said).toEqual([]);
  });
});

describe('lists of leaders and topic chains (round seven, third look)', () => {
  it('reads the names of a list closed by 等县领导, and the last name before 随同', () => {
    expect(read('吴海林、陈国栋、杨立新等县领导参加会议。').people).toEqual(expect.arrayContaining(['吴海林', '陈国栋', '杨立新']));
    const { people } = read('县领导林建华、欧阳晓东、韩立平随同督察。');
    expect(people).toEqual(expect.arrayContaining(['林建华', '欧阳晓东', '韩立平']));
  });

  it('reads an acting county head in a run of posts after the county committee', () => {
    const { speaksFor } = read('9月2日，清河县委副书记、代县长徐明远深入乡镇督办整改工作。');
    expect(speaksFor.map(([person, body]) => [person, body])).toEqual([['徐明远', '清河县委']]);
  });

  it('gives a sentence that starts with 强调 to the subject of the sentence before, in the same paragraph only', () => {
    const { said } = read('5月6日，县长周海明实地督导河道整治工作。强调要压实责任，确保问题按期整改。');
    expect(said).toEqual([['周海明', '要压实责任，']]);
    expect(read('5月6日，县长周海明实地督导河道整治工作。\n强调要压实责任，确保问题按期整改。').said).toEqual([]);
  });
});
