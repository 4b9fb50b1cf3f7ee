import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of the genre at every level: the grassroots workers of
// ecological protection, the heads of Inner Mongolia's divisions and a government head's assistants, the names of
// peoples that have no surname, and the ways the news sets a speaker's manner or a short quote around the verb.
describe('grassroots workers of ecological protection, who hold no post', () => {
  it('reads a ranger, a grid worker, a volunteer and a law-enforcement officer before their names', () => {
    expect(readDraft('生态护林员马占林说，现在山更绿了。').people).toEqual(['马占林']);
    expect(readDraft('网格员卢小梅发现问题后立即上报。').people).toEqual(['卢小梅']);
    expect(readDraft('环保志愿者邓晓燕参加了清洁河道活动。').people).toEqual(['邓晓燕']);
    expect(readDraft('环境监察执法人员秦海龙现场检查。').people).toEqual(['秦海龙']);
    expect(readDraft('保洁员吴桂芳正在清理河面垃圾。').people).toEqual(['吴桂芳']);
  });

  it('gives the ranger’s words to the ranger', () => {
    expect(readDraft('生态护林员马占林说，现在山更绿了，水也更清了。').saidBy('现在山更绿了')).toEqual(['马占林']);
  });

  it('reads a Tibetan ranger’s name whole after the role, though the segmenter cuts it as words', () => {
    expect(readDraft('巡护员扎西多吉在保护区工作了十年。').people).toEqual(['扎西多吉']);
    expect(readDraft('草原管护员才让加措介绍了情况。').people).toEqual(['才让加措']);
  });

  it('takes no group of such workers for a person', () => {
    expect(readDraft('志愿者们纷纷走上街头，网格员每天巡查。').people).toEqual([]);
  });
});

describe('posts of the government beyond its heads and deputies', () => {
  it('reads the heads of a league and a banner, Inner Mongolia’s prefecture and county', () => {
    expect(readDraft('旗长包文华出席会议。').people).toEqual(['包文华']);
    expect(readDraft('锡林郭勒盟副盟长赵立群陪同调研。').people).toEqual(['赵立群']);
    expect(readDraft('达拉特旗副旗长孟庆丰陪同调研。').people).toEqual(['孟庆丰']);
  });

  it('reads an assistant to the mayor, the chairman or the minister as one post', () => {
    expect(readDraft('市长助理朱国强参加活动。').people).toEqual(['朱国强']);
    expect(readDraft('生态环境部部长助理王志斌出席。').speaksFor).toEqual([['王志斌', '生态环境部', '部长助理']]);
    const { people, speaksFor } = readDraft('自治区主席助理、自治区生态环境厅厅长黎明出席。');
    expect(people).toEqual(['黎明']);
    expect(speaksFor).toEqual([['黎明', '自治区生态环境厅', '厅长']]);
  });

  it('ends a name before the verbs of a visit (陪同, 带队, 宣读)', () => {
    expect(readDraft('副县长乌兰图雅陪同调研。').people).toEqual(['乌兰图雅']);
    expect(readDraft('副市长王福春带队检查了三家企业。').people).toEqual(['王福春']);
    expect(readDraft('副局长李秀宣读了表彰决定。').people).toEqual(['李秀']);
  });
});

describe('bodies of the autonomous units by their own level words', () => {
  it('reads 自治区生态环境厅 and 自治区政府 whole, as a province’s report writes 省生态环境厅', () => {
    const { bodies, speaksFor } = readDraft('近日，宁夏召开会议。自治区政府副主席李明华，自治区生态环境厅厅长王建国出席。');
    expect(bodies).toEqual(['自治区政府', '自治区生态环境厅']);
    expect(speaksFor).toEqual([
      ['李明华', '自治区政府', '副主席'],
      ['王建国', '自治区生态环境厅', '厅长'],
    ]);
  });

  it('reads an autonomous prefecture’s congress and a banner’s party committee', () => {
    expect(readDraft('自治州人大常委会主任王建国出席。').bodies).toEqual(['自治州人大常委会']);
    expect(readDraft('旗委书记李明华出席。').speaksFor).toEqual([['李明华', '旗委', '书记']]);
  });

  it('keeps a region’s full name whole before its body', () => {
    expect(readDraft('新疆维吾尔自治区生态环境厅厅长李明华出席。').bodies).toEqual(['新疆维吾尔自治区生态环境厅']);
  });
});

describe('a head of government after a party secretary in a list', () => {
  it('does not give the mayor the party committee named before', () => {
    const { people, speaksFor } = readDraft('市委书记李明华、市长王建国出席。');
    expect(people).toEqual(['李明华', '王建国']);
    expect(speaksFor).toEqual([['李明华', '市委', '书记']]);
  });

  it('still gives a deputy the government named before', () => {
    expect(readDraft('市政府市长李明华、副市长王建国出席。').speaksForPairs).toEqual([
      ['李明华', '市政府'],
      ['王建国', '市政府'],
    ]);
  });
});

describe('a body pointed back to by a demonstrative', () => {
  it('gives 该局副局长 the bureau named before', () => {
    const { speaksFor } = readDraft('市生态环境局局长张建军介绍了情况。据该局副局长李红梅介绍，今年将新建站点。');
    expect(speaksFor).toEqual([
      ['张建军', '市生态环境局', '局长'],
      ['李红梅', '市生态环境局', '副局长'],
    ]);
  });

  it('gives no body when none with that ending was named before', () => {
    expect(readDraft('该局副局长李红梅介绍了情况。').speaksFor).toEqual([]);
  });
});

describe('photo captions', () => {
  it('reads a name placed by its position in brackets, with or without 图为 before it', () => {
    expect(readDraft('张建华（右一）与村民交谈。').people).toEqual(['张建华']);
    expect(readDraft('图为刘国强（中）在检查河道治理情况。').people).toEqual(['刘国强']);
    expect(readDraft('图为市委书记张建华（左二）在检查。').people).toEqual(['张建华']);
  });

  it('reads a caption’s list from one side, and the name a title opens after 为', () => {
    expect(readDraft('左起：张建华、刘国强、陈少敏').people).toEqual(['张建华', '刘国强', '陈少敏']);
    expect(readDraft('与会人员合影。前排左三为副市长张建华。').people).toEqual(['张建华']);
  });

  it('still reads a name ending in 为 before a title when no name follows the title', () => {
    expect(readDraft('刘可为副市长出席会议。').people).toEqual(['刘可为']);
  });

  it('takes no bracketed count that is not a position for a caption', () => {
    expect(readDraft('全市共有监测站（点）32个。').people).toEqual([]);
  });
});

describe('a leader named again by surname and post', () => {
  it('gives 赵副市长要求 to the vice mayor first named with the post after the name', () => {
    const { said, people } = readDraft('昆明市人民政府赵学农副市长专题调研。赵副市长要求：一是要提高认识。');
    expect(people).toEqual(['赵学农']);
    expect(said).toEqual([['赵学农', '一是要提高认']]);
  });

  it('reads 提出以下要求： as speech', () => {
    const { said } = readDraft('柳州市委副书记邱明宏巡河。邱副书记提出以下要求：一是要清理垃圾。');
    expect(said).toEqual([['邱明宏', '一是要清理垃']]);
  });

  it('takes no surname and 副 for a person when no one of that surname was named', () => {
    expect(readDraft('赵副市长要求：一是要提高认识。').people).toEqual([]);
  });
});

describe('lists of names a meeting prints', () => {
  it('reads a list that speaks in turn (作交流发言) as people, with no anchor before it', () => {
    expect(readDraft('长江流域各省领导刘立涛、钟勉之、肖友才作交流发言。').people).toEqual(['刘立涛', '钟勉之', '肖友才']);
    expect(readDraft('王建华、李红先后发言。').people).toEqual(['王建华', '李红']);
  });

  it('takes no list of bodies that speak in turn for people', () => {
    expect(readDraft('市发改委、市财政局作交流发言。').people).toEqual([]);
  });

  it('reads a name whose surname no table holds between two names of a list, and goes on after it', () => {
    expect(readDraft('县领导陈羲、缑泽昆、方红、江太生等出席活动。').people).toEqual(['陈羲', '缑泽昆', '方红', '江太生']);
  });

  it('takes no such item for a name when no name follows it in the list', () => {
    expect(readDraft('县领导陈羲、缑泽昆出席活动。').people).toEqual(['陈羲']);
  });

  it('reads a given name with 科 (王晓科)', () => {
    expect(readDraft('省人大常委会秘书长王晓科率执法检查组到益阳检查。').people).toEqual(['王晓科']);
  });
});

describe('attendance lists of names alone', () => {
  it('reads the names of a list after 出席：, separated by 、 or by spaces as a web page prints them', () => {
    expect(readDraft('出席：杨建华、刘国强、陈少敏').people).toEqual(['杨建华', '刘国强', '陈少敏']);
    expect(readDraft('参加会议人员：杨建华 刘国强 陈少敏').people).toEqual(['杨建华', '刘国强', '陈少敏']);
    expect(readDraft('出席会议的有：杨建华、刘国强、陈少敏。').people).toEqual(['杨建华', '刘国强', '陈少敏']);
  });

  it('reads a name named before with a post once, and takes no common word of a list for a name', () => {
    expect(readDraft('会议由市委常委杨建华主持。出席：杨建华 刘国强').people).toEqual(['杨建华', '刘国强']);
    expect(readDraft('列席：市直有关部门、各县区负责同志。').people).toEqual([]);
  });
});

describe('names of peoples that have no surname', () => {
  it('reads a Mongolian name of one long name word after a post', () => {
    expect(readDraft('副旗长其木格陪同调研。').people).toEqual(['其木格']);
    expect(readDraft('副旗长巴特尔陪同调研。').people).toEqual(['巴特尔']);
  });

  it('reads a Uygur given name of six characters before the dot whole', () => {
    expect(readDraft('州长阿不都热合曼·吐尔逊出席。').people).toEqual(['阿不都热合曼·吐尔逊']);
    expect(readDraft('会见了阿不都热合曼·吐尔逊。').people).toEqual(['阿不都热合曼·吐尔逊']);
  });

  it('still reads a foreign name after its title, and no words of the sentence before a dotted name', () => {
    expect(readDraft('联合国秘书长安东尼奥·古特雷斯表示，气候变化是重大挑战。').people).toEqual(['安东尼奥·古特雷斯']);
    expect(readDraft('这是卡尔·马克思的名言。').people).toEqual(['卡尔·马克思']);
  });

  it('takes a Tibetan name met first before a speech verb for the speaker', () => {
    const draft = readDraft('扎西多吉表示，要做好生态保护工作。');
    expect(draft.people).toEqual(['扎西多吉']);
    expect(draft.saidBy('要做好生态保护')).toEqual(['扎西多吉']);
  });
});

describe('the speaker’s manner and the verb’s forms', () => {
  it('reads a phrase of manner closed by 地 between the speaker and the verb', () => {
    const draft = readDraft('市生态环境局局长李明出席。谈及未来，李明信心满满地说：“我们有信心打赢这场攻坚战。”');
    expect(draft.saidBy('我们有信心打赢')).toEqual(['李明']);
    expect(readDraft('市生态环境局局长李明华出席。李明华动情地说：“这是我们共同的家园。”').saidBy('这是我们共同')).toEqual(['李明华']);
  });

  it('keeps a two-character name apart from the word after it when no verb of speech follows the manner', () => {
    expect(readDraft('市生态环境局局长李明出席。李明动员各方参与。').people).toEqual(['李明']);
  });

  it('reads 回答说 and 补充道 as speech verbs', () => {
    const answered = readDraft('市生态环境局局长李明出席。针对记者提问，李明回答说，目前已完成整改任务的90%。');
    expect(answered.saidBy('目前已完成整改')).toEqual(['李明']);
    const added = readDraft('市生态环境局副局长张丽补充道，下一步将加快推进项目建设。');
    expect(added.saidBy('下一步将加快')).toEqual(['张丽']);
  });

  it('gives a short quote, a sentence closed inside its marks, to the speaker and verb right after it', () => {
    const draft = readDraft('市生态环境局局长李明出席。“要把好事办好。”李明强调。');
    expect(draft.saidBy('要把好事办好')).toEqual(['李明']);
  });

  it('gives a view framed 在某某看来 to its holder', () => {
    expect(readDraft('市生态环境局局长李明华出席。在李明华看来，治污的关键在于精准施策。').saidBy('治污的关键')).toEqual(['李明华']);
  });

  it('gives both parts of a quote split by its speaker to the speaker', () => {
    const { said } = readDraft('市生态环境局局长李明华出席。“治污要精准，”李明华说，“更要科学。”');
    expect(said).toEqual([
      ['李明华', '治污要精准，'],
      ['李明华', '更要科学。'],
    ]);
  });

  it('reads a speech cited with 所说 (正如某某所说)', () => {
    expect(readDraft('市生态环境局局长李明华出席。正如李明华所说，“绿水青山就是金山银山”。').saidBy('绿水青山')).toEqual(['李明华']);
  });

  it('still takes a short quoted term before a name for no statement', () => {
    expect(readDraft('副市长王建华出席。“放管服”王建华强调得很多。').statements).toEqual([]);
  });
});

describe('a city by its short name after a preposition of place', () => {
  it('reads 合肥 and 银川 where a meeting is held, though the segmenter tags them as common nouns', () => {
    expect(readDraft('长三角区域大气污染防治协作机制工作会议在合肥召开。').places).toContain('合肥');
    expect(readDraft('督察组动员会今天在银川召开。').places).toEqual(['银川']);
  });
});

describe('a press conference’s speaker who presents a topic in a line of its own', () => {
  it('gives the paragraph after the introduction to the speaker who presents it', () => {
    const draft = readDraft(
      '省生态环境厅召开新闻发布会，副厅长孙立辉向媒体介绍水生态环境保护工作开展情况。\n今年1—8月，全省国考断面水质优良比例为80.9%。',
    );
    expect(draft.saidBy('今年1—8月')).toEqual(['孙立辉']);
  });

  it('leaves a paragraph that holds its own speech to its own speaker, and one not at a line’s start alone', () => {
    const meeting = readDraft('市生态环境局局长李明通报了全市空气质量情况。\n会议指出，要持续改善空气质量。');
    expect(meeting.said).toEqual([[undefined, '要持续改善空']]);
    const sameLine = readDraft('局长李明通报了全市空气质量情况。全市优良天数比例为85%。');
    expect(sameLine.statements).toEqual([]);
  });
});

describe('a speech that opens with its greeting on a line of its own', () => {
  it('gives the text after 同志们： to who delivers the report, named in the line before', () => {
    const draft = readDraft('生态环境部部长黄志强在会上作工作报告。\n同志们：\n2023年是全面贯彻党的二十大精神的开局之年。');
    expect(draft.saidBy('2023年是全面')).toEqual(['黄志强']);
  });

  it('gives it to the speaker named under the speech’s title', () => {
    const draft = readDraft('在全省生态环境保护工作会议上的讲话\n省长　张建国\n同志们：\n这次会议的主要任务是，总结去年工作。');
    expect(draft.saidBy('这次会议的主要任务')).toEqual(['张建国']);
  });

  it('prefers who delivers the report over the host named after him', () => {
    const draft = readDraft(
      '副部长孟立远出席会议并作工作报告，司长柯立明在主持会议时要求，各地要抓好落实。\n同志们：\n这次会议的主要任务是，部署全年工作。',
    );
    expect(draft.saidBy('这次会议的主要任务')).toEqual(['孟立远']);
  });
});
