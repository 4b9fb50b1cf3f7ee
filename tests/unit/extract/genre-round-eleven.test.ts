import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

describe('people of democratic parties, farms and branches (round eleven)', () => {
  it('reads a democratic party’s local committee as a body and its 主委 as a post of it, not of the CPC’s committee', () => {
    const { people, bodies, speaksForPairs } = readDraft('4月8日，民盟杭州市委主委陈立群带领盟员赴西溪湿地开展调研。');
    expect(bodies).toContain('民盟杭州市委');
    expect(bodies).not.toContain('杭州市委');
    expect(people).toEqual(['陈立群']);
    expect(speaksForPairs).toContainEqual(['陈立群', '民盟杭州市委']);
  });

  it('reads the branch posts of a democratic party (支部主委, 支委) before a name', () => {
    const { people } = readDraft('九三学社南宁市委秘书长林海涛，支部主委黄晓红，支委何建中等参加了活动。');
    expect(people).toEqual(expect.arrayContaining(['林海涛', '黄晓红', '何建中']));
  });

  it('reads a farm’s head and the secretary of its general branch joined by 和, both of the farm, and no person 党总支', () => {
    const { people, speaksForPairs } = readDraft('东山林场场长吴志强和党总支书记赵美玲陪同调研组察看了防火通道。');
    expect(people).toEqual(['吴志强', '赵美玲']);
    expect(speaksForPairs).toContainEqual(['吴志强', '东山林场']);
  });
});

describe('names that are no names after a title (round eleven)', () => {
  it('opens no second name with a post printed after a name (某某组长通报…)', () => {
    const { people } = readDraft('周建平省长主持会议，韩立新组长通报督察情况，孙志刚副组长参加会议。同时副组长王德胜作了发言。');
    expect(people).toEqual(['周建平', '韩立新', '孙志刚', '王德胜']);
  });

  it('reads no name out of a body or a post before a title written after a name (区政协主席, 河长代表)', () => {
    const { people } = readDraft('区人大常委会主任陈家明，区政协主席吴天宇出席会议。市级民间河长代表共30人参加活动。');
    expect(people).toEqual(['陈家明', '吴天宇']);
  });

  it('starts no name with a conjunction after a title unless the segmenter reads a name (河长和节水监督员)', () => {
    const { people } = readDraft('活动聘任了新一届民间河长和节水义务监督员。');
    expect(people).toEqual([]);
  });

  it('reads no person out of a place that runs into an account’s name after 作者：', () => {
    const { people } = readDraft('作者：杭州西湖发布\n3月5日，西湖区召开生态环境保护大会。');
    expect(people).toEqual([]);
  });
});

describe('people without a post: students, township leaders, award lists and credits (round eleven)', () => {
  it('reads a student by the name and 同学 when the segmenter reads a name, and no person out of 大学同学', () => {
    const { people } = readDraft('郑雨桐同学获评优秀环保志愿者。他和几位大学同学一起参加了护河行动。');
    expect(people).toEqual(['郑雨桐']);
  });

  it('reads the names after a township’s collective title (镇领导) up to 以及', () => {
    const { people } = readDraft('县生态环境分局局长黄国栋、镇领导邓志远以及有关负责人陪同调研。');
    expect(people).toEqual(['黄国栋', '邓志远']);
  });

  it('reads people an award list names by their unit and 的, the unit being a body or a village', () => {
    const { people, speaksForPairs } = readDraft('宜宾市屏山县环境监察大队的唐明辉和江安县红桥镇白鹤村的罗秀英获先进个人荣誉称号。');
    expect(people).toEqual(['唐明辉', '罗秀英']);
    expect(speaksForPairs).toContainEqual(['唐明辉', '宜宾市屏山县环境监察大队']);
  });

  it('reads a writers’ credit in brackets at the end, names listed with 、, and an editor’s credit with a space', () => {
    const { people } = readDraft('活动持续为美丽乡村建设贡献力量。（文：许晓东、章雅琴、潘宏）\n（责编： 戴静怡）');
    expect(people).toEqual(['许晓东', '章雅琴', '潘宏', '戴静怡']);
  });
});
