import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';

// Shapes of the real reports of issue 19, on sentences the team wrote: who speaks, in which layout, for which body.
const extractor = createExtractor({ known: emptyKnownGraph() });

function extract(text: string) {
  const { graph } = extractor.extract(text, { title: '测试报道', date: '2021-03-02' });
  const named = (label: string) => graph.nodes.filter((node) => node.label === label).map((node) => String(node.name));
  const byId = new Map(graph.nodes.map((node) => [node.id, String(node.name)]));
  const related = (type: string) => graph.relationships.filter((rel) => rel.type === type).map((rel) => `${byId.get(rel.from)}→${byId.get(rel.to)}`);
  const said = () =>
    graph.nodes
      .filter((node) => node.label === 'Statement')
      .map((node) => {
        const speaker = graph.relationships.find((rel) => rel.type === 'SAID' && rel.to === node.id);
        return { speaker: speaker ? byId.get(speaker.from) : undefined, text: String(node.text), rule: node.rule };
      });
  return { graph, named, related, said };
}

describe('speech in the shapes of real reports', () => {
  it('reads a speaker whose title is written after the name, past an adverb of frequency', () => {
    const { said } = extract(
      '东岚省生态环境厅厅长周启航出席会议。周启航厅长强调，要把问题整改到位。会上，李国新主席多次强调，保护好湖泊是头等大事。',
    );
    expect(said()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: '周启航', text: '要把问题整改到位' }),
        expect.objectContaining({ speaker: '李国新', text: '保护好湖泊是头等大事' }),
      ]),
    );
  });

  it('reads a hearing transcript: each turn starts with the name and the post in brackets', () => {
    const { said, related } = extract(
      '东岚省人大常委会举行专题询问。\n王德明(省人大常委会副主任):请问省政府在湖泊治理中还存在哪些问题?\n吴长河(省人民政府副省长):近年来我们把湖泊保护作为大事来抓。\n',
    );
    expect(said()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: '王德明', text: expect.stringContaining('请问省政府') }),
        expect.objectContaining({ speaker: '吴长河', text: expect.stringContaining('近年来我们把湖泊保护') }),
      ]),
    );
    // Each post goes to the body as the report first names it (东岚省人大常委会; 省政府, also written 省人民政府).
    expect(related('SPEAKS_FOR')).toEqual(expect.arrayContaining(['王德明→东岚省人大常委会', '吴长河→省政府']));
  });

  it('reads a press-conference transcript whose speaker heads the turn on a line of its own, and a media outlet’s question', () => {
    const { said } = extract(
      '新闻发布会在东岚举行。\n  生态环境部副部长 陈立新:\n  各位记者朋友们，大家上午好，欢迎参加发布会。\n人民日报:我们注意到一些地方的河长制落实不到位，您怎么看?\n',
    );
    expect(said()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: '陈立新', text: '各位记者朋友们，大家上午好，欢迎参加发布会。', rule: 'statement/transcript-answer' }),
        expect.objectContaining({ speaker: undefined, text: expect.stringContaining('我们注意到'), rule: 'statement/transcript-question' }),
      ]),
    );
  });

  it("takes a line opened by an outlet's journalist as the outlet's question, and the answer as its answerer's", () => {
    const { said } = extract(
      '东岚市生态环境局召开新闻发布会。\n东岚日报记者:今年东岚空气质量改善情况如何?\n东岚市生态环境局副局长陈立新:今年东岚空气质量持续改善,优良天数比例达到85%。\n',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: undefined, text: '今年东岚空气质量改善情况如何?', rule: 'statement/transcript-question' }),
      expect.objectContaining({ speaker: '陈立新', text: '今年东岚空气质量持续改善,优良天数比例达到85%。', rule: 'statement/transcript-answer' }),
    ]);
  });

  it('takes a single 问： turn of a transcript as a question, even indented, and no other line that mentions a question', () => {
    const { said } = extract(
      '2020年东岚市环境质量新闻发布会实录\n  问:我是东岚新媒体记者,刚才李局长介绍了空气质量情况,请问下一步有何打算?\n  东岚市生态环境局副局长陈立新:下一步我们将持续推进大气污染防治。\n他问:这项工作何时完成?\n',
    );
    expect(said().map(({ speaker, rule }) => ({ speaker, rule }))).toEqual([
      { speaker: undefined, rule: 'statement/transcript-question' },
      { speaker: '陈立新', rule: 'statement/transcript-answer' },
    ]);
    expect(said()[0]?.text).toMatch(/^我是东岚新媒体记者/u);
  });

  it('takes a speech printed after its announcement as said by the person it names', () => {
    const { said } = extract(
      '东岚省生态环境厅厅长周启航作主发布。以下为周启航厅长的主发布稿：\n一、主发布稿\n各位新闻界的朋友们：大家好！\n二、记者问答\n',
    );
    expect(said()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: '周启航', text: expect.stringContaining('各位新闻界的朋友们'), rule: 'statement/prepared-speech' }),
      ]),
    );
  });

  it('keeps what an inspection team concludes without a person', () => {
    const { said } = extract('督察组向东岚省进行反馈。督察认为，东岚省整改工作取得显著进展。');
    expect(said()).toEqual([expect.objectContaining({ speaker: undefined, text: '东岚省整改工作取得显著进展', rule: 'statement/meeting-speech' })]);
  });

  it('reads over a place of up to eight characters between the speaker and the verb (在人民大会堂北门说：)', () => {
    const { said } = extract('东岚省生态环境厅厅长周立新在人民大会堂北门说:今年的雾霾相比往年出现了变化,治理任务依然艰巨。');
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '周立新', text: '今年的雾霾相比往年出现了变化,治理任务依然艰巨', rule: 'statement/reported-speech' }),
    ]);
  });

  it('gives the points a speaker announces (强调了三点意见。一是…。二是…) to the speaker, up to the first sentence without an ordinal', () => {
    const { said } = extract(
      '东岚县委副书记罗正兵听取汇报。在听取工作汇报后,罗正兵强调了三点意见。一是充分肯定各乡镇在整改工作中的成效。二是要压实责任,确保整改到位。据了解,全县共有12个乡镇。三是全县水质持续改善,达标率明显提高。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '罗正兵', text: '一是充分肯定各乡镇在整改工作中的成效', rule: 'statement/announced-point' }),
      expect.objectContaining({ speaker: '罗正兵', text: '二是要压实责任,确保整改到位', rule: 'statement/announced-point' }),
    ]);
  });

  it('takes no sentence with an ordinal as a point when nobody announced points', () => {
    const { said } = extract('东岚县委副书记罗正兵听取汇报。一是全县水质持续改善,达标率明显提高。二是空气质量优良天数比例上升。');
    expect(said()).toEqual([]);
  });

  it('carries a meeting or a team to a directive after a clause it heads, unless a person is named in between', () => {
    const { said } = extract(
      '调研组充分肯定东岚长江保护工作取得的成效,要求要继续深入贯彻落实长江保护法。会议审议通过了《东岚市河长制工作方案》,强调各级河长要履职尽责。调研组来到东岚县,县长王大明介绍了治理情况,要求加快推进整改。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: undefined, text: '要继续深入贯彻落实长江保护法', rule: 'statement/meeting-speech' }),
      expect.objectContaining({ speaker: undefined, text: '各级河长要履职尽责', rule: 'statement/meeting-speech' }),
      expect.objectContaining({ speaker: '王大明', text: '加快推进整改' }),
    ]);
  });

  it('keeps what a group says as one (广大党员干部纷纷表示, 专家表示, 督察发现) without a person', () => {
    const { said } = extract(
      '全会闭幕后,我省广大党员干部纷纷表示,要按照全会部署抓好落实。专家表示,去年空气质量改善主要靠减排。督察发现,东岚地区仍存在不少问题。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: undefined, text: '要按照全会部署抓好落实', rule: 'statement/meeting-speech' }),
      expect.objectContaining({ speaker: undefined, text: '去年空气质量改善主要靠减排', rule: 'statement/meeting-speech' }),
      expect.objectContaining({ speaker: undefined, text: '东岚地区仍存在不少问题', rule: 'statement/meeting-speech' }),
    ]);
  });

  it('takes the clause after a verb of mentioning (讲到, 谈到) as speech, but not after a particle (提到的)', () => {
    const { said } = extract(
      '东岚省生态环境厅副厅长杨永刚对考察组表示热烈欢迎,他讲到东岚承担着保护江河源头的重大责任。杨永刚提到的问题已全部整改到位。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '杨永刚', text: '东岚承担着保护江河源头的重大责任', rule: 'statement/reported-speech' }),
    ]);
  });

  it("gives a leader's words that open another's speech to the leader too, and keeps the outer speech", () => {
    const { said } = extract(
      '东岚大学环境学院院长贺立新在致辞时说:“习近平总书记日前指出,今后几年是生态文明建设的攻坚期。”省长王大明强调,习近平总书记指出,生态环境保护是功在当代的大事。王大明表示,习近平总书记的要求要落到实处。',
    );
    expect(said()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: '贺立新', text: '习近平总书记日前指出,今后几年是生态文明建设的攻坚期。' }),
        expect.objectContaining({ speaker: '习近平', text: '今后几年是生态文明建设的攻坚期' }),
        expect.objectContaining({ speaker: '王大明', text: '习近平总书记指出,生态环境保护是功在当代的大事' }),
        expect.objectContaining({ speaker: '习近平', text: '生态环境保护是功在当代的大事' }),
      ]),
    );
    // A leader named inside a speech without speaking there says nothing (习近平总书记的要求).
    expect(said().filter((statement) => statement.speaker === '习近平')).toHaveLength(2);
  });

  it("ends a speaker's speech at a semicolon that opens another person's clause, and keeps it across one that does not", () => {
    const { said } = extract(
      '工业部部长金立龙表示,工业处于回升向好态势,我们充满信心;科技部部长王志强围绕基础研究等方面介绍了相关情况;生态环境部部长黄立秋介绍,十年来,全国重点城市PM2.5连续九年下降。周启航表示,水质持续改善;空气质量也明显好转。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '金立龙', text: '工业处于回升向好态势,我们充满信心' }),
      expect.objectContaining({ speaker: '黄立秋', text: '十年来,全国重点城市PM2.5连续九年下降' }),
      expect.objectContaining({ speaker: '周启航', text: '水质持续改善;空气质量也明显好转' }),
    ]);
  });

  it('takes a clause right after 表示 as speech, but not an attitude 表示 expresses', () => {
    const { said } = extract(
      '东岚省生态环境厅副厅长高振文介绍了白皮书的主要内容,他表示东岚历来高度重视生态环境保护,成效显著。高振文对专家组一行表示热烈欢迎和衷心感谢。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '高振文', text: '东岚历来高度重视生态环境保护,成效显著', rule: 'statement/reported-speech' }),
    ]);
  });

  it('gives 他 to the subject of the clause before it in its own sentence, not to the sentence’s first speaker', () => {
    const { said } = extract(
      '东岚省生态环境厅副厅长王立新会见西川省生态环境厅专员李晓梅一行。李晓梅专员介绍了此行目的，王立新副厅长对李晓梅专员一行表示热烈欢迎，他讲到东岚承担着保护三江源的重大责任。',
    );
    expect(said()).toEqual([expect.objectContaining({ speaker: '王立新', text: expect.stringMatching(/^东岚承担着保护三江源/) })]);
  });

  it('runs speech a verb and a colon announce on over the rest of its line, up to another statement or a line break', () => {
    const { said } = extract(
      '县长王晓东出席会议。\n王晓东强调：一要认识到位。开展督察是重大政治任务。二要整改到位。李明表示，要抓好整改。\n会后，与会人员参观了展览。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '王晓东', text: '一要认识到位。开展督察是重大政治任务。二要整改到位' }),
      expect.objectContaining({ speaker: '李明', text: '要抓好整改' }),
    ]);
  });

  it('keeps speech after a comma to its own sentence', () => {
    const { said } = extract('王晓东强调，要认识到位。开展督察是重大政治任务。');
    expect(said()).toEqual([expect.objectContaining({ speaker: '王晓东', text: '要认识到位' })]);
  });

  it('still gives 他 opening its own sentence to the subject of the sentence before', () => {
    const { said } = extract('许文涛代表东岚省政府对白露一行表示感谢。他说，两地合作前景广阔，要加强交流。');
    expect(said()).toEqual([expect.objectContaining({ speaker: '许文涛', text: '两地合作前景广阔，要加强交流' })]);
  });

  it('does not give 他 to a leader named only in a formula of the Party’s leadership or doctrine', () => {
    const { said } = extract(
      '东岚省发展改革委副主任赵启明在致辞中表示，节约资源是基本国策。党的十八大以来，以习近平同志为核心的党中央作出了战略部署。他强调，要坚持节约优先。',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '赵启明', text: '节约资源是基本国策' }),
      expect.objectContaining({ speaker: '赵启明', text: '要坚持节约优先' }),
    ]);
  });

  it('reads the opinion after 认为 printed without a comma as speech', () => {
    const { said } = extract('东岚市宣传教育中心主任郝明远出席活动。他认为近年来我市的臭氧治理取得了明显成效。');
    expect(said()).toEqual([expect.objectContaining({ speaker: '郝明远', text: '近年来我市的臭氧治理取得了明显成效' })]);
  });

  it('ends a name before the New Year greetings a leader delivers (致新春贺词), and gives the 他 after it to that leader', () => {
    const { said, related } = extract(
      '东岚省生态环境厅厅长王干杰致新春贺词。\n\n王干杰首先向大家致以新春祝福。他说，过去一年全省生态环境质量持续改善。',
    );
    expect(related('SPEAKS_FOR')).toEqual(['王干杰→东岚省生态环境厅']);
    expect(said()).toEqual([expect.objectContaining({ speaker: '王干杰', text: '过去一年全省生态环境质量持续改善' })]);
  });

  it('goes on with a transcript turn whose line holds only the address and the greeting of the hour', () => {
    const { said } = extract(
      '东岚省生态环境厅新闻发言人周启航主持发布会。\n周启航：新闻界的朋友们，大家上午好！\n欢迎参加东岚省生态环境厅5月例行新闻发布会。\n',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: '周启航', text: '新闻界的朋友们，大家上午好！' }),
      expect.objectContaining({ speaker: '周启航', text: '欢迎参加东岚省生态环境厅5月例行新闻发布会。' }),
    ]);
  });
});

describe('speakers met first where they speak, and the answers of a Q&A', () => {
  it('takes a name the segmenter tags as a person at the start of a speech clause as the speaker', () => {
    const { said } = extract('会议在东岚召开。袭春明在讲话中指出，要加强生态保护。文件要求，各地加强监管。');
    expect(said()).toEqual([expect.objectContaining({ speaker: '袭春明', text: '要加强生态保护' })]);
  });

  it('reads what a body or the team it sends says as one, with no speaker', () => {
    const { said } = extract(
      '东岚市人大常委会调研组对我局工作予以肯定，指出近年来全市生态环境质量持续改善。东岚省生态环境厅要求，各地要抓紧完成整改任务。',
    );
    expect(said()).toEqual([
      { speaker: undefined, text: '近年来全市生态环境质量持续改善', rule: 'statement/body-speech' },
      { speaker: undefined, text: '各地要抓紧完成整改任务', rule: 'statement/body-speech' },
    ]);
  });

  it('leaves a body’s speech to the person named between the body and the verb', () => {
    const { said } = extract('东岚市人大常委会调研组来到清溪河，副主任李国新介绍情况后，要求加强河道巡查和保洁工作。');
    expect(said().map((statement) => statement.rule)).not.toContain('statement/body-speech');
  });

  it('gives the answers after 答 to the person the report says answers the questions', () => {
    const { said } = extract(
      '东岚省生态环境厅副厅长周启航出席发布会并答记者问。\n问：今年的重点工作是什么？\n答：今年我们将重点推进蓝天保卫战和碧水保卫战。\n',
    );
    expect(said()).toEqual([
      expect.objectContaining({ speaker: undefined, text: '今年的重点工作是什么？', rule: 'statement/transcript-question' }),
      expect.objectContaining({ speaker: '周启航', text: '今年我们将重点推进蓝天保卫战和碧水保卫战。', rule: 'statement/transcript-reply' }),
    ]);
  });
});

describe('bylines and credits of many shapes', () => {
  it('reads the credits at the foot of a page (作者：, 审核：, 文/, 图/) but no label as a name', () => {
    const { named, related } = extract('东岚省召开会议。\n文/张立新 图/王小明\n作者:刘晓东 审核:陈立\n来源:东岚日报 作者: 时间:2022.02.17');
    expect(named('Person').sort()).toEqual(['刘晓东', '张立新', '王小明', '陈立'].sort());
    expect(related('REPORTED')).toEqual([expect.stringMatching(/^王小明→/)]);
  });

  it('reads an editor after a colon, a photographer set apart by spaces after the outlet, and a name padded with a space', () => {
    const { named, related } = extract('本报讯(记者 周 海)东岚省召开会议。\n会议现场。中国网 高晓宇 摄\n编辑:孙立群');
    expect(named('Person')).toEqual(expect.arrayContaining(['周 海', '高晓宇', '孙立群']));
    expect(related('REPORTED')).toEqual(expect.arrayContaining([expect.stringMatching(/^周 海→/), expect.stringMatching(/^高晓宇→/)]));
    expect(related('WROTE')).toEqual([expect.stringMatching(/^孙立群→/)]);
    expect(related('SPEAKS_FOR')).toContain('高晓宇→中国网');
  });
});

describe('names the surname table and the dictionary do not settle', () => {
  it('reads a name whose parts a middle dot joins, with the post of the title before it', () => {
    const { named, said } = extract('联合国秘书长安东尼奥·古特雷斯表示，气候变化是紧迫问题。新疆代表买买提·艾力发言。');
    expect(named('Person')).toEqual(expect.arrayContaining(['安东尼奥·古特雷斯', '买买提·艾力']));
    expect(said()).toEqual([expect.objectContaining({ speaker: '安东尼奥·古特雷斯', text: '气候变化是紧迫问题' })]);
  });

  it('reads the names of a list that the verb after it shows to be people', () => {
    const { named } = extract('会议由张立军、王晓红、李明等出席。要求各地、各部门参加培训。');
    expect(named('Person')).toEqual(['张立军', '王晓红', '李明']);
  });

  it('reads a given name with 为 or 中, and a rare surname from the segmenter at an anchor', () => {
    const { named } = extract('生态环境部环境监察局局长田为勇参加发布会。东岚省环保厅副厅长卢春中出席。国新办新闻局副局长袭艳春主持发布会。');
    expect(named('Person')).toEqual(expect.arrayContaining(['田为勇', '卢春中', '袭艳春']));
  });

  it('takes no character before a title for a name (市委书记当河长)', () => {
    const { named } = extract('如果市委书记当河长，调动的资源就不一样。');
    expect(named('Person')).toEqual([]);
  });
});

describe('posts from the words around a name', () => {
  it('takes a body’s last character before a title as the body named before, and a body before a name whose title follows', () => {
    const { related } = extract('东岚省生态环境厅党组书记、厅长周启航，厅党组成员、副厅长吴长河出席会议。全面落实市委特别是陈远书记的指示。');
    expect(related('SPEAKS_FOR')).toEqual(expect.arrayContaining(['吴长河→东岚省生态环境厅', '陈远→市委']));
  });
});

describe('bodies listed with others, written bare, or named after a place the segmenter joined to them', () => {
  it('finds the units of a list that the words after it show to be bodies', () => {
    const { named } = extract('监测处、水处、固管中心、总队相关负责人列席会议。与会领导就东岚之声、东岚晚报等媒体提出的问题进行回答。');
    expect(named('Organization')).toEqual(expect.arrayContaining(['监测处', '水处', '固管中心', '总队', '东岚之声', '东岚晚报']));
  });

  it('takes a body of the system written bare in a list after a body of a place as that place’s', () => {
    const { graph } = extract('福建省改委、经信委负责同志在主会场发言。');
    const bodies = graph.nodes.filter((node) => node.label === 'Organization').map((node) => [node.name, node.nameEn]);
    expect(bodies).toEqual(expect.arrayContaining([['经信委', 'Fujian Economy and Information Technology Commission']]));
  });

  it('finds no bodies in a list of words that merely end like one', () => {
    const { named } = extract('要加快形成新格局、大格局，用好各处、各方的力量。');
    expect(named('Organization')).toEqual([]);
  });

  it('takes 政府 before a county title as the county’s government, and media named after their province', () => {
    const { related, named } = extract('宿松县召开会议，政府副县长刘世明参加会议并讲话。福建日报、福建卫视等媒体参加。');
    expect(related('SPEAKS_FOR')).toContain('刘世明→政府');
    expect(named('Organization')).toEqual(expect.arrayContaining(['福建日报', '福建卫视']));
  });

  it('reads a prefecture’s party committee and administrative office after its name without 地区', () => {
    const { related, named } = extract('和田地委书记王晓东出席会议。阿里行署、喀什地委有关负责同志参加。');
    expect(named('Organization')).toEqual(expect.arrayContaining(['和田地委', '阿里行署', '喀什地委']));
    expect(related('SPEAKS_FOR')).toContain('王晓东→和田地委');
  });

  it('takes no prefecture body from a word that only ends like one (驻地委派)', () => {
    const { named } = extract('工作组在驻地委派专人值守。');
    expect(named('Organization')).toEqual([]);
  });
});

describe('places beyond divisions, and words that are no place', () => {
  it('takes 全国 as the country only where the clause reports a national figure', () => {
    expect(extract('会议传达了全国生态环境保护大会精神，要在全国率先探索。').named('Region')).toEqual([]);
    const nationwide = extract('全国339个地级及以上城市空气质量优良天数比例为87%。');
    // The country the figure measures, which the text implies with 全国 but does not name: it loads, apart.
    expect(nationwide.named('Region')).toEqual([]);
    expect(nationwide.graph.impliedPlaces?.map((node) => node.name)).toEqual(['全国']);
    const country = nationwide.graph.impliedPlaces?.[0]?.id;
    const measured = nationwide.graph.relationships.filter((rel) => rel.type === 'MEASURES').map((rel) => rel.to);
    expect(new Set(measured)).toEqual(new Set(['region:china']));
    expect(country).toBe('region:china');
  });

  it('finds rivers listed before 等流域 and a numbered group of lakes', () => {
    const { named } = extract('牵头负责督导清溪河、岚江等流域污染整治。东岚省九大高原湖泊保护治理成效明显。');
    expect(named('Region')).toEqual(expect.arrayContaining(['清溪河', '岚江', '九大高原湖泊']));
  });

  it('keeps no place that is part of a person’s name, nor a body’s place taken from it', () => {
    const { named, graph } = extract('市长高朝阳主持召开市长周例会，听取市政府重点工作汇报。高朝阳指出，全市空气质量持续向好。');
    expect(named('Region')).toEqual([]);
    const government = graph.nodes.find((node) => node.label === 'Organization' && node.name === '市政府');
    expect(String(government?.review)).toContain('part of another name');
  });
});

describe('the country a report implies and the country it names', () => {
  it('lists 中国 among the places where the text prints it as a place, beside a nationwide figure', () => {
    const { named, graph } = extract('中国是全球最大的发展中国家之一。全国地表水优良水质断面比例为83.4%。');
    expect(named('Region')).toEqual(['中国']);
    expect(graph.impliedPlaces ?? []).toEqual([]);
  });

  it('does not take 中国 inside a body’s name (中国环境报) for a place the report names', () => {
    const { named, graph } = extract('中国环境报记者报道，全国地表水优良水质断面比例为83.4%。');
    expect(named('Region')).toEqual([]);
    expect(graph.impliedPlaces?.map((node) => node.id)).toEqual(['region:china']);
  });
});
