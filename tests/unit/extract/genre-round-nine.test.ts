import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = readDraft;

describe('a post printed before a list of names (round nine)', () => {
  it('gives each name of the list the post printed before the first', () => {
    const { people, speaksFor } = read('东岚省生态环境厅厅长周明远主持会议。厅党组成员、副厅长吴立新、郑海燕、钱文彬出席会议。');
    expect(people).toEqual(expect.arrayContaining(['吴立新', '郑海燕', '钱文彬']));
    expect(speaksFor).toEqual(
      expect.arrayContaining([
        ['郑海燕', '东岚省生态环境厅', '副厅长'],
        ['钱文彬', '东岚省生态环境厅', '副厅长'],
      ]),
    );
  });

  it('gives no post to a list that no post opens', () => {
    const { people, speaksFor } = read('会议由西川市副市长孙国栋主持，孙国栋、李秀英、何志强等参加。');
    expect(people).toEqual(expect.arrayContaining(['李秀英', '何志强']));
    expect(speaksFor.filter(([name]) => name === '李秀英' || name === '何志强')).toEqual([]);
  });
});

describe('bodies of a prefecture and a league (round nine)', () => {
  it('reads 州委, 州政协 and 州委政法委 written without the prefecture, with their heads', () => {
    const { organizations, speaksFor } = read(
      '11月3日，东岚布依族苗族自治州召开会议。州委书记邓文华主持会议。州政协主席罗安平，州委副书记、州委政法委书记杨光明出席。',
    );
    expect(organizations).toEqual(expect.arrayContaining(['州委', '州政协', '州委政法委']));
    expect(speaksFor).toEqual(
      expect.arrayContaining([
        ['邓文华', '州委', '书记'],
        ['罗安平', '州政协', '主席'],
        ['杨光明', '州委政法委', '书记'],
      ]),
    );
  });

  it('reads no prefecture body inside a place whose name ends in 州', () => {
    const { organizations } = read('会议要求，贵州政府各部门要抓好整改。');
    expect(organizations).not.toContain('州政府');
  });
});

describe('posts after a name, joined posts and the posts of award lists (round nine)', () => {
  it('reads 组长 after a name, and a conjunction before a name with its post as no part of it', () => {
    const { people } = read('会上学习了韩立平组长的讲话精神，并学习了习近平总书记和王凤翔书记的讲话。');
    expect(people).toEqual(expect.arrayContaining(['韩立平', '王凤翔']));
    expect(people).not.toContain('和王');
  });

  it('joins two posts by 兼 and reads a factory director, a manager and the occupations of a list of models', () => {
    const { people, speaksFor } = read(
      '授予东岚县第二中学学生刘晓燕、东岚县鹿鸣镇渔民王德胜、东岚市化工厂党委书记兼厂长常卫东、西川县绿源造林有限公司经理苏红梅“环保卫士”称号。',
    );
    expect(people).toEqual(expect.arrayContaining(['刘晓燕', '王德胜', '常卫东', '苏红梅']));
    expect(speaksFor).toEqual(expect.arrayContaining([['苏红梅', '西川县绿源造林有限公司', '经理']]));
  });
});

describe('speakers the report does not name (round nine)', () => {
  it('keeps the speech of an official named again by 这位负责人', () => {
    const { said } = read('生态环境部有关负责人表示，要加强环境监管执法。这位负责人介绍说，今年共查处案件一万余件。');
    expect(said.map(([, text]) => text)).toEqual(expect.arrayContaining(['要加强环境监', '今年共查处案']));
  });

  it('keeps the speech of an indefinite speaker (有政协委员表示) with no person', () => {
    const { said, people } = read('有政协委员表示，新设界别有利于集中力量研究资源环境问题。');
    expect(said).toEqual([[undefined, '新设界别有利']]);
    expect(people).toEqual([]);
  });
});

describe("deputies to a people's congress (round nine, second look)", () => {
  it('gives a deputy printed with 全国人大代表 the congress, and reads a deputy by the name and 代表', () => {
    const { people, speaksFor, said } = read(
      '全国人大代表孟庆华来自东岚县。王立强代表经过调研，提出了治沙建议。他表示，将认真履职尽责，反映群众心声。',
    );
    expect(people).toEqual(expect.arrayContaining(['孟庆华', '王立强']));
    expect(speaksFor).toEqual(expect.arrayContaining([['孟庆华', '全国人大', '人大代表']]));
    expect(said).toEqual(expect.arrayContaining([['王立强', '将认真履职尽']]));
  });

  it('reads no person in 代表 as a group or a verb', () => {
    expect(read('各界代表齐聚一堂，现场公众代表与专家交流。').people).toEqual([]);
  });
});

describe("a meeting chaired on the head's behalf (round nine, second look)", () => {
  it('reads the department written by its last character after 受 (受厅党组书记、厅长某某委托)', () => {
    const { speaksFor } = read('东岚省生态环境厅召开党组会议。受厅党组书记、厅长周明远委托，厅党组副书记、副厅长吴立新主持会议。');
    expect(speaksFor).toEqual(expect.arrayContaining([['周明远', '东岚省生态环境厅', '厅长']]));
  });
});

describe('an interview whose answer follows the question without 答 (round nine)', () => {
  it('keeps the question without a speaker and gives the answer to the person named before the mark', () => {
    const { said } = read(
      '3月8日，“部长通道”采访活动举行，东岚省生态环境厅厅长周明远回应了记者提问。东岚省生态环境厅厅长 周明远★问：今年空气质量改善的成效如何？对明年有哪些考虑？今年全省优良天数比例创新高，我们将继续推进治理。',
    );
    expect(said).toEqual(
      expect.arrayContaining([
        [undefined, '今年空气质量'],
        ['周明远', '今年全省优良'],
      ]),
    );
  });
});

describe('the head of an autonomous prefecture (round nine, third look)', () => {
  it('reads 副州长 before a name', () => {
    expect(read('会上，东岚州副州长刘贵尧介绍了有关情况。').people).toContain('刘贵尧');
  });
});
