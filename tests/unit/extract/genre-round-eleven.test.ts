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

describe('volunteers, ambassadors and teams (round eleven, second look)', () => {
  it('reads award winners printed as <body><name> in a list closed by 等N人, each a member of its body', () => {
    const { people, speaksForPairs } = readDraft('经过推荐和审议，清水河志愿者协会郑晓峰、向阳志愿服务队孟丽华等8人获评“优秀志愿者”称号。');
    expect(people).toEqual(['郑晓峰', '孟丽华']);
    expect(speaksForPairs).toContainEqual(['郑晓峰', '清水河志愿者协会']);
    expect(speaksForPairs).toContainEqual(['孟丽华', '向阳志愿服务队']);
  });

  it('reads the winner of an honour in quotation marks (获得“…”的某某) and makes no speaker out of 称号', () => {
    const { people, statements } = readDraft('随后，获得“最美河湖卫士”的谭立文代表志愿者发言。另有5人获评“护河先锋”荣誉称号。');
    expect(people).toEqual(['谭立文']);
    expect(statements).toEqual([]);
  });

  it('reads a group’s 代表 and a society’s 成员 before a list of names, but no one after 代表 as a verb', () => {
    const { people } = readDraft('学生代表齐思远、龚雨涵为大家讲述了校园的变化。护河协会成员骆天明、韦佳宁在比赛中获奖。陈建国代表全体志愿者发言。');
    expect(people).toEqual(expect.arrayContaining(['齐思远', '龚雨涵', '骆天明', '韦佳宁', '陈建国']));
    expect(people).toHaveLength(5);
  });

  it('reads a host and a champion named as ambassadors, and no one out of 公益大使行列', () => {
    const { people } = readDraft('东岚电视台主持人苗若溪、游泳世界冠军裴志成加入了环保公益大使行列。');
    expect(people).toEqual(['苗若溪', '裴志成']);
  });

  it('reads a byline in brackets after an outlet’s 消息', () => {
    const { people } = readDraft('东岚在线新闻频道消息(龚晓燕):3月20日，市督查组开展整改督查。');
    expect(people).toEqual(['龚晓燕']);
  });

  it('gives a team leader printed after the name the team the paragraph named, and a post after 和 the body named before', () => {
    const { speaksForPairs } = readDraft('中央第二生态环境保护督察组向东岚省反馈督察情况。反馈会由丁文忠组长通报督察意见，汪海涛副组长参加会议。');
    expect(speaksForPairs).toContainEqual(['丁文忠', '中央第二生态环境保护督察组']);
    expect(speaksForPairs).toContainEqual(['汪海涛', '中央第二生态环境保护督察组']);
  });

  it('reads a person named again by surname and post when that opens the sentence (王部长指出，…)', () => {
    const { saidBy } = readDraft('市生态环境局副局长欧文斌作主题演讲。欧局长指出，园区一直在积极承担绿色发展的责任。');
    expect(saidBy('园区一直在积极承担绿色发展的责任')).toEqual(['欧文斌']);
  });
});

describe('members, addresses and credits at the head (round eleven, third look)', () => {
  it('reads 委员 right after a CPPCC or congress body as a member’s post, and none in 委员会', () => {
    const { people, speaksForPairs, saidBy } = readDraft('省政协委员岳明亮说，我省对污染环境行为实行零容忍。省生态环境厅委员会召开会议。');
    expect(people).toEqual(['岳明亮']);
    expect(speaksForPairs).toContainEqual(['岳明亮', '省政协']);
    expect(saidBy('我省对污染环境行为实行零容忍')).toEqual(['岳明亮']);
  });

  it('ends a name before the address a host delivers (某某致欢迎辞)', () => {
    const { people } = readDraft('市委副书记、市长贺文君致欢迎辞。');
    expect(people).toEqual(['贺文君']);
  });

  it('reads a photographer’s credit at the head after 摄| as it reads 文|', () => {
    const { people } = readDraft('文|东岚日报记者 邱国强 摄|祁建明\n8月16日，绿色东岚推介会在东岚市举行。');
    expect(people).toEqual(['邱国强', '祁建明']);
  });
});
