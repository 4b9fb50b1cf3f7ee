/**
 * How a leader's demands and hopes are announced before the colon that opens them, as the reports of inspections,
 * visits and meetings print them: 提出 with or without 了, a word that says which or how many (工作, 具体, 明确, 殷切,
 * 几点, 三点, 以下, 如下) and the demand itself (要求, 希望, 期望, 意见): 提出要求：, 提出以下要求：一是…, 对协会提出了殷切
 * 期望：…. Longest first.
 */
// 有关 and 相关 (提出有关要求：一是…): the demands that bear on the matter just studied, as a leader closes a study
// session or a party-group meeting.
const DEMAND_QUALIFIERS = ['', '工作', '具体', '明确', '殷切', '几点', '两点', '三点', '四点', '五点', '以下', '如下', '有关', '相关'];
const DEMAND_NOUNS = ['要求', '希望', '期望', '意见'];
export const DEMAND_VERBS: readonly string[] = ['了', '']
  .flatMap((aspect) => DEMAND_QUALIFIERS.flatMap((qualifier) => DEMAND_NOUNS.map((noun) => `提出${aspect}${qualifier}${noun}`)))
  .sort((a, b) => b.length - a.length);

/**
 * Verbs that attribute speech in this genre. A quote next to one of them, or a clause after one of them,
 * is a Statement of the person before the verb. Longer forms come first so 介绍道 wins over 介绍.
 */
export const SPEECH_VERBS: readonly string[] = [
  // A verb and 说 (补充说, 介绍说): the longer form first.
  '补充说',
  '介绍说',
  '解释说',
  '强调说',
  '笑着说',
  '评价说',
  // Plain speech.
  '说道',
  // 说到 ("spoke of"), as 讲到 and 谈到: the verb and its result complement before a comma (某厅长说到，…).
  '说到',
  '说',
  // 讲 of spoken Chinese (周某讲，…), a speech verb only before its comma or colon, as the speech finders read it.
  '讲道',
  // 讲到 ("spoke of"), as 谈到 and 提到.
  '讲到',
  '讲',
  '表示',
  '指出',
  '强调',
  // A leader's written instruction on a report (批示, 指示: the 批办 of the Regulations on the Handling of Official
  // Documents of Party and Government Organs, art. 24), which a work conference relays as the leader's words (某省长指示，
  // …); read, as every verb here, only before its comma or colon, so 重要指示精神 is none.
  '指示',
  '介绍道',
  // A light verb and a noun of speech pointing back at a quote printed before the speaker (“…”。某某28日作出如上表述。
  // 作出上述表示, 做出以上表态): the lead that opens with a quote names its speaker after it with these, as with 如是说.
  ...['作出', '做出'].flatMap((light) =>
    ['如上', '上述', '以上', '这样的'].flatMap((back) => ['表述', '表示', '表态'].map((noun) => `${light}${back}${noun}`)),
  ),
  '介绍',
  '谈到',
  '提到',
  '提出建议',
  // A verb and its object that announce a speech printed after a colon (提出倡议：…): see COLON_SPEECH_VERBS.
  '提出倡议',
  '发出倡议',
  '发出号召',
  // A leader's demands or hopes announced before a colon (提出要求：, 提出以下要求：一是…, 提出了殷切期望：): see DEMAND_VERBS.
  ...DEMAND_VERBS,
  '提出',
  '表态',
  '认为',
  '坦言',
  '透露',
  // Disclosure, as 透露: the press's verb for an official's announcement of news (某某在新闻发布会上披露，…).
  '披露',
  '回忆道',
  '回忆',
  '解释道',
  '解释',
  '告诉记者',
  '对记者说',
  '答',
  '回答',
  '称',
  '通报',
  '要求',
  '建议',
  '呼吁',
  '补充道',
  '补充',
  // Giving an example (他举例道，“…”; 举例说): a verb of speaking with 道 or 说, which introduces direct speech as 补充道 does.
  '举例道',
  '举例说',
  // 举例 before its comma (她举例，某某公园有…): a spokesperson's answer goes on with an example, reported speech as 介绍
  // is; read, as every verb here, only before its comma.
  '举例',
  '总结道',
  '感慨道',
  '感慨',
  '希望',
  '赞赏',
  // A view given as the speaker's (在某某看来，…), the press's frame for an opinion it reports; read only before its
  // comma, as every speech verb here is.
  '看来',
  // Verbs of comment, assessment and announcement in officials' statements.
  '直言',
  '谈及',
  '说明',
  '回应',
  '宣布',
  '提醒',
  '寄语',
  '倡导',
  // Appeals (号召, 倡议): an official's call on the public or the young, whose object is the speech (号召青少年…).
  '号召',
  '倡议',
  '评价',
  '分析',
  '承诺',
  '肯定',
];

/**
 * Speech verbs whose speech follows without a comma (强调要…, 要求相关部门…, 希望各部委…): directives and wishes, whose
 * object is the speech itself.
 */
export const VERBS_BEFORE_SPEECH: readonly string[] = ['强调', '要求', '希望', '指出', '赞赏', '号召', '倡议', '呼吁'];

/**
 * 表示 before a modal verb (表示将按照…, 表示要…, 表示愿意…): the speaker's commitment, whose speech follows without a
 * comma; before anything else (表示欢迎, 表示感谢) 表示 is a verb of its own.
 */
export const SPEECH_BEFORE_MODAL = { verb: '表示', modals: ['将', '要', '会', '愿', '一定'] } as const;

/**
 * 表示 before a clause of its own (他表示东岚历来高度重视…): 表示 takes either an attitude (ATTITUDE_OBJECTS: 表示欢迎,
 * 表示衷心感谢, 对…表示高度肯定) or the speech itself as a clause, which the news prints without a comma too; so do the
 * verbs of mentioning (他讲到东岚承担着…, 谈到大城市的环保有其特点), whose object is what was said. So a phrase of at
 * least `clauseMin` characters after one of them that neither starts nor ends with an attitude, and does not start
 * with a particle (提到的问题, 谈到了), is speech. 认为 takes no attitude: what follows it is the opinion said
 * (他认为近年来我市的治理工作取得了…).
 */
export const SPEECH_BEFORE_CLAUSE = { verbs: ['表示', '讲到', '谈到', '提到', '说到', '认为'], clauseMin: 8, particles: '的了过' } as const;

/** The kinds of meeting a named meeting ends with (中央经济工作会议, 省委十一届三次全会), when it speaks as a meeting. */
export const MEETING_KINDS: readonly string[] = ['会议', '全会'];

/**
 * Teams that report as one (督察组指出, 调研组认为), alone or after the body that sends them (市人大常委会调研组): an
 * inspection's feedback, a survey's findings; and the supervision teams of rectification (督导组, 督查组: the provincial
 * inspection offices' 整改督导 sends one, as the Regulations on Central Ecological and Environmental Inspection Work's
 * rectification supervision does).
 */
export const TEAM_SPEAKERS: readonly string[] = ['督察组', '检查组', '调研组', '专家组', '工作组', '督导组', '督查组'];

/**
 * Speakers that are no person: a meeting's statements (会议要求，…) have no speaker and are made at the meeting; a
 * team's (督察认为，…) have none either.
 */
export const MEETING_SPEAKERS: readonly string[] = [
  '会议',
  // A party committee's plenary session (全会: the CPC Constitution's 全体会议), whose communiqué is reported as its
  // speech (全会指出, 全会强调).
  '全会',
  // The participants as one (与会单位表示, 与会专家认为): meeting and press-conference reports give the view of all
  // who attended, no one's in particular.
  '与会单位',
  '与会人员',
  '与会代表',
  '与会专家',
  '与会同志',
  '与会领导',
  '与会嘉宾',
  '与会各方',
  // A group named in the plural (代表们表示, 委员们认为): 们 makes a group noun collective, so the view is the group's as
  // one, as with 与会代表; the deputies, members, experts and guests of inspections and surveys.
  ...['代表', '委员', '专家', '学者', '嘉宾'].map((group) => `${group}们`),
  '会上',
  '会议上',
  // A press conference as the occasion that releases (发布会透露，…; 新闻发布会指出): government press-conference news
  // (the information offices' 新闻发布制度) reports what was released at it without a releaser, as 会议 and 会上 do.
  '新闻发布会上',
  '新闻发布会',
  '发布会上',
  '发布会',
  // Teams that report as one (督察认为, 督察组指出): an inspection's feedback, a survey's findings.
  ...TEAM_SPEAKERS,
  '督察',
  // An unnamed expert (专家表示, 业内人士认为): the news gives a specialist's view without the name, as one voice.
  '专家',
  '有关专家',
  '业内人士',
];

/**
 * The business a meeting took before it speaks, printed between the meeting and the verb (会议听取…情况汇报强调，…,
 * 会议听取…汇报后指出): the digests of executive and party-group meetings report each item so. Each entry opens and
 * closes the clause; the clause holds no stop.
 */
export const MEETING_BUSINESS_CLAUSES: readonly { opens: string; closes: string }[] = [
  { opens: '听取', closes: '汇报后' },
  { opens: '听取', closes: '汇报' },
];

/**
 * Verbs by which a meeting says something (会议指出, 会议要求), and those by which the minutes of a government's or a
 * party committee's meeting record what it settled (会议议定, 会议决定: the 纪要 of the Regulations on the Handling of
 * Official Documents of Party and Government Organs, art. 8, records the matters a meeting agreed).
 */
export const MEETING_VERBS: readonly string[] = [
  '指出',
  '要求',
  '强调',
  '认为',
  '表示',
  '透露',
  '通报',
  '明确',
  '提出',
  '部署',
  '倡议',
  '号召',
  '议定',
  '决定',
  // An inspection's or a survey's findings (督察发现，…; 调研组发现，…), which its feedback reports as what it found.
  '发现',
  // A press conference's release, which the news of it reports as what the conference presented (发布会介绍，…): the
  // verb a press office's notice uses for the release itself (介绍有关情况并回答记者提问).
  '介绍',
];

/**
 * Words that may stand between a speaker and the speech verb without breaking the attribution:
 * 王某当场表态, 李某在总结工作时特别提到.
 */
export const SPEECH_ADVERBS: readonly string[] = [
  '当场',
  '特别',
  '也',
  '还',
  '再次',
  '进一步',
  '明确',
  '同时',
  '最后',
  '随后',
  '深有感触地',
  '坦率地',
  // Frequency and manner: 习近平主席多次强调, 一再指出, 着重强调.
  '多次',
  '反复',
  '一再',
  '着重',
  // 重点 "as the main point", the news lead's word for what a press-conference releaser singled out (某处长重点提到，
  // 重点介绍，): the same manner adverb of emphasis as 着重.
  '重点',
  '郑重',
  // Days and degree: 黄某当日在发言中表示, 高度赞赏.
  '当日',
  '当天',
  '今天',
  '日前',
  '近日',
  '高度',
  '充分',
  '专门',
  '随后又',
  '接着',
  // Sequence at once (随即, 当即, 旋即: the reply right after a question, 某某随即解释道), as 随后 and 当场 are.
  // The day before, as a radio or paper reports an interview of yesterday (某某昨天回应记者时说), as 当天 and 日前 are.
  '昨天',
  '昨日',
  // 今日 beside 今天 and 亦 beside 也: the written forms a wire lead keeps (中新网…电 某司司长某某今日表示; 某某亦指出), as
  // 昨日 stands beside 昨天.
  '今日',
  '亦',
  '随即',
  '当即',
  '旋即',
  '一致',
  // The occasion of the speech without 在 (李某讲话时强调, 发言中指出, 致辞时表示), and the written instruction a
  // conference relays (李某批示指出, 批示强调: a leader's 批示 on the meeting's report, read out at it).
  '批示',
  '讲话时',
  '讲话中',
  '发言时',
  '发言中',
  '致辞时',
  '致辞中',
  // The place of the speech (李某在现场表示, 现场提出倡议).
  '在现场',
  '现场',
  // Words pointing back at a quote printed before the speaker (“…”某某当天在会上如是说, 这样说, 如此表示).
  '如是',
  '这样',
  '如此',
  // 所 before the verb of a speech cited as a source (正如某某所说，“…”; 如某某所言): the same speaker and verb.
  '所',
];

/**
 * A leader's attendance joined to the speech by 并 (区委书记某某出席并强调, 主持会议并指出, 到会并要求): the lead of a meeting
 * report names the act of attending (ATTEND_VERBS in event-shapes) and the speech in one predicate, so an attendance
 * verb, its object and 并 may stand between a speaker and the speech verb.
 */
export const ATTENDANCE_BEFORE_SPEECH = /^(?:出席|主持|参加|列席|到会)(?:会议|活动|仪式)?并/u;

/**
 * Speech verbs with their object (提出倡议, 提出要求): the speech they announce follows a colon (向公众提出倡议：…);
 * before a comma the clause after is another statement (…对工作提出要求，副省长某某出席), so they report speech only
 * before a colon.
 */
export const COLON_SPEECH_VERBS: readonly string[] = ['提出倡议', '发出倡议', '发出号召', ...DEMAND_VERBS];

/**
 * Prepositions that put a phrase between a speaker and the speech verb: its addressee (向社会公众提出倡议, 对记者表示)
 * or its topic (就…强调, 围绕…要求, 针对…指出). Such a phrase is read over when a speech verb and its comma or colon
 * follow within SPEECH_PHRASE_MAX characters with no stop between.
 */
export const SPEECH_PHRASE_PREPOSITIONS: readonly string[] = [
  '向',
  '对',
  '就',
  '围绕',
  '针对',
  // The means or ground of the speech (某某通过一组数据指出，…; 结合…表示): a spokesman's or a department head's answer
  // at a press conference is told with the figures or the case it rests on before the verb.
  '通过',
  '结合',
];

/**
 * Verbs that open a clause of topic and time between a speaker and the speech verb (某某谈到…时表示，, 在谈及…时指出):
 * the lead of a news report names who, when and on what before the verb, and such a clause ends in 时.
 */
export const SPEECH_TOPIC_VERBS: readonly string[] = [
  '谈到',
  '谈及',
  '谈起',
  '说到',
  '说起',
  '讲到',
  '提到',
  '提及',
  // The occasion of an answer or an interview, written without 在 (某某回应记者时说, 回答记者提问时表示, 接受本报记者
  // 采访时表示, 介绍…情况时表示): the attribution formula of press-conference and interview news, which names the act the
  // words were said in (答记者问, 接受采访, 介绍情况) and closes it with 时, as 在…时 does.
  '回应',
  '回答',
  '答复',
  '接受',
  '介绍',
];

/**
 * The localizers (方位词) that close a clause of occasion opened by one of SPEECH_TOPIC_VERBS: 时 ('when') and, as the
 * grammars give the time localizers, 前 ('before') and 后 ('after'): 某某接受媒体提问前说，, 回答记者提问后表示，. The lead
 * of press-conference news tells when the words were said relative to the act of answering or being interviewed.
 */
export const SPEECH_CLAUSE_LOCALIZERS: readonly string[] = ['时', '前', '后'];

/**
 * The question a speaker answers, reported in a clause between the speaker and the speech verb (某某介绍…将采取哪些举措，
 * 进一步提升…时表示，; 回答…如何…时说): press-conference news retells the reporter's question indirectly, commas and all,
 * and closes it with 时. The verbs of answering and presenting open it; an interrogative word (疑问代词) inside it shows it
 * is a question, and the clause may run to QUESTION_CLAUSE_MAX characters.
 */
export const ANSWERED_QUESTION = {
  verbs: ['回应', '回答', '答复', '介绍', '谈到', '谈及'],
  asks: ['哪些', '如何', '怎样', '怎么', '什么', '是否', '为何', '为什么', '多少'],
};
export const QUESTION_CLAUSE_MAX = 64;

/**
 * Adverbs of the many between a group and its speech verb (代表们纷纷表示, 大家一致认为, 与会人员普遍认为): the news of a
 * study session or a deliberation gives a view all its members share, and these adverbs (范围副词 of the grammars) say so.
 */
export const COLLECTIVE_ADVERBS: readonly string[] = ['纷纷', '一致', '普遍', '都'];

/**
 * Groups of a body's staff that speak as one in the reports of study sessions and relays (广大干部职工纷纷表示, 全省党员
 * 干部纷纷表示): the cadres and staff of a unit, the party members among them and the public, with 广大 ('the many') or a
 * scope before them (全省, 我市); with a collective adverb before the verb they are the speaker of the view.
 */
export const STAFF_GROUPS: readonly string[] = [
  // Everyone present (大家纷纷表示): the reports of study sessions, relays and symposiums give what those who took part
  // said by 大家, as they give it by 与会人员.
  '大家',
  '干部职工',
  '党员干部',
  '干部群众',
  '党员群众',
  '青年干部',
  '机关干部',
  '人民群众',
];
/**
 * What such a group is reported to have said: 表示, the verb of a stated view. A judgment they are said to share (大家一致
 * 认为) is the report's summary of a consensus, not words anyone said, and is left alone.
 */
export const STAFF_GROUP_VERBS: readonly string[] = ['表示'];
export const STAFF_GROUP_SCOPES = /(?:[我全本][省市区县州旗厅局])?(?:广大)?/u;

/**
 * The acts of a leader's visit the news writes after the place of a speech and a comma (在某地某公园，考察当地…情况时强调):
 * the inspection tour (考察, 视察) of the party and state leaders and the survey (调研) of officials, as the news of a
 * visit names them, closed by 时 before the speech verb.
 */
export const SPEECH_VISIT_VERBS: readonly string[] = ['考察', '视察', '调研', '察看', '检查'];
/** The longest place of such a visit before its comma (a city and a park, a county and a village). */
export const SPEECH_VISIT_PLACE_MAX = 12;

/**
 * The occasion of a speech told by the act of delivering it, between a speaker and the speech verb (某某作主题讲话时
 * 表示, 作总结讲话时强调, 发表主旨讲话时指出, 作工作报告中提出): a meeting's or ceremony's agenda lists its speeches by kind
 * (主题讲话, 主旨讲话, 动员讲话, 总结讲话, 工作报告, 辅导报告, 典型发言, 致辞), and the news names the one a quote comes from
 * by the delivering verb (作, 做, 发表) and the kind, closed by 时 or 中 as the occasions with 在 are.
 */
export const SPEECH_OCCASION_LEADS: readonly string[] = ['作', '做', '发表'];
export const SPEECH_OCCASION_NOUNS: readonly string[] = ['讲话', '发言', '报告', '致辞', '演讲', '总结'];
/** The longest kind of speech before its noun (主题, 重要, 总结, 动员部署). */
export const SPEECH_OCCASION_KIND_MAX = 6;
export const SPEECH_PHRASE_MAX = 24;

/**
 * The longest place of the speech printed with 在 alone between a speaker and the verb (某某2日在长春介绍，): a news
 * lead's "where", read over only when the verb has its comma or colon right after it.
 */
export const SPEECH_PLACE_MAX = 8;

/**
 * The longest clause ending in 的 that describes a speaker printed after a quote (“…”兼任某河“河长”的某区区长某某说,
 * “…”第一天就到现场调研的某区委书记某某说): the inverted attribution of a news report, read over with a short term in
 * quotation marks inside it.
 */
export const SPEAKER_CLAUSE_MAX = 30;

/**
 * Light verbs that make the speech verb after them a noun (给予肯定, 表示赞赏, 作出部署): after a phrase, such a verb
 * reports no speech (对工作给予肯定，并表示…).
 */
export const LIGHT_VERBS: readonly string[] = ['给予', '予以', '表示', '作出', '做出', '进行', '加以'];

/**
 * Words that join a second predicate to the subject of the first (某某对工作给予肯定，并表示…): a speech verb after one
 * of them speaks for that subject, with or without a comma after the verb.
 */
export const CARRIED_LINKS: readonly string[] = ['并且', '并', '同时'];
/** Speech verbs that a link (并表示, 同时强调) carries to the subject before it. */
export const CARRIED_LINK_VERBS: readonly string[] = ['表示', '指出', '强调', '要求', '希望', '介绍'];

/**
 * Objects of 表示 that make it the expression of an attitude, not a report of words (并表示感谢, 表示欢迎, 表示衷心祝贺):
 * nouns and verbs of feeling and of judgement, and the adverbs that lead them.
 */
export const ATTITUDE_OBJECTS: readonly string[] = [
  ...['谢意', '谢忱', '哀悼', '感激', '钦佩', '赞赏', '赞扬', '称赞', '赞成', '认可', '拥护', '关注', '关切'],
  ...['担忧', '不满', '反对', '理解', '信心', '决心', '意见', '看法', '态度'],
  '感谢',
  '欢迎',
  '祝贺',
  '慰问',
  '肯定',
  '支持',
  '赞同',
  '同意',
  '满意',
  '遗憾',
  '歉意',
  '敬意',
  '衷心',
  '热烈',
  '诚挚',
  '充分',
];

/**
 * A clause between speaker and verb (李某在总结2019年工作成效时特别提到, 在讲话中表示, 在会上说): 在 … 时, 在 … 中 or
 * 在 … 上 right before a speech verb, at most this many characters.
 */
export const SPEECH_TIME_CLAUSE_MAX = 36;

/**
 * The longest term in quotation marks such a clause may hold (在“十三五”建设成就新闻发布会上表示, 在“六五”环境日活动上说):
 * the names of plans, campaigns and events are printed in marks (GB/T 15834, 引号 for terms and names).
 */
export const QUOTED_TERM_IN_CLAUSE_MAX = 8;

/** Words of the greeting that opens a speech or a transcript turn on a line of its own (各位记者朋友：, 同志们：). */
export const GREETING_WORDS: readonly string[] = ['各位', '朋友', '同志们', '女士们', '先生们', '来宾'];

/**
 * The parts of the day a spoken address greets its hearers by after naming them (各位记者朋友：/ 大家上午好！): the
 * opening of a speech, as the etiquette of address sets it (称呼 then 问候), is the form of address and then the
 * greeting of the hour, and a transcript prints the greeting alone on a line before the speech begins.
 */
export const DAY_PART_GREETINGS: readonly string[] = ['早上好', '上午好', '中午好', '下午好', '晚上好', '好'];

/**
 * The addressee that opens a report to a congress standing committee on a line of its own (自治区人大常委会：): the
 * Supervision Law of the Standing Committees (各级人民代表大会常务委员会监督法, art. 8-14) has the government report its
 * work to the standing committee, and the written report is addressed to it as a letter is.
 */
export const REPORT_ADDRESSEES: readonly string[] = ['人大常委会', '人民代表大会常务委员会'];

/** Words that announce a speech printed after them (以下为郎文荣厅长的主发布稿：): the lead and the speech's noun. */
export const PREPARED_SPEECH_LEADS: readonly string[] = ['以下为', '以下是', '下面是'];
export const PREPARED_SPEECH_NOUNS: readonly string[] = [
  '主发布稿',
  '发布稿',
  '讲话稿',
  '讲话全文',
  '讲话摘要',
  '讲话',
  '致辞',
  '发言摘要',
  '发言',
  '报告全文',
];

/** Marks that set a journalist's question apart in an interview transcript (★问：, ●问：). */
export const INTERVIEW_QUESTION_MARKS = '★☆●■◆▲';

/**
 * Words that start with a one-character speech verb and are no speech (荣誉称号 'title of honour', 被称为 'called',
 * 称赞 'praise'): after a name-like word they attribute nothing (…志愿者”荣誉称号 is no 荣誉 + 称).
 */
export const WORDS_STARTING_WITH_SPEECH_VERBS: readonly string[] = ['称号', '称为', '称之为', '称赞', '称谓', '称职', '说明书', '倡议书', '号召力'];

/**
 * The close of the phrase that names who accompanies a visitor (某某在省林业局局长某某的陪同下来到…): the news of visits
 * names the visitor as the subject and the host in 在…陪同下; the host is never who 他 or 她 after it stands for.
 */
export const COMPANION_CLOSE = '陪同下';

/**
 * The asking side of a printed interview named by its role (记者：…？ then 某某：…): the journalist's turns, which an
 * interview prints line after line with the role and a colon, as it prints a magazine's by its name in title marks.
 */
export const INTERVIEW_ASKERS: readonly string[] = ['本报记者', '本刊记者', '记者'];

/**
 * A report delivered to a congress or a meeting (市长某某作政府工作报告; 某某代表省政府作工作报告): the Organic Law of the
 * Local People's Congresses and Local People's Governments (art. 11, 12) has the government report its work to the
 * congress, and the head of government delivers it; the news then gives the report's words with the report as their
 * subject (报告提出，…). The delivery: 作 or 做 and, within a short clause, the report's noun.
 */
export const REPORT_DELIVERY = { verbs: ['作', '做'], clauseMax: 16, nouns: ['报告'] } as const;
/** The report as the subject of its words, at a clause's start (报告提出，… 报告指出，… 报告显示，…). */
export const REPORT_SUBJECTS: readonly string[] = ['政府工作报告', '《政府工作报告》', '工作报告', '报告'];
/**
 * What a delivered report says: the meeting verbs, the verbs of a report's review and figures (回顾, 显示), and the
 * plain 说 of the news agency's report of the report (政府工作报告说，…), as Xinhua writes the premier's figures.
 */
export const REPORT_VERBS: readonly string[] = ['提出', '指出', '强调', '要求', '表示', '明确', '回顾', '显示', '总结', '说'];

/**
 * Verbs of perception and response that open a clause of circumstance between a quote and the speaker after it
 * (“…”看到记者们没反应过来，某某随即解释道): the news prints what prompted an inverted attribution before the speaker,
 * as it prints its time and place (在进入会场前，).
 */
export const QUOTE_CIRCUMSTANCE_OPENERS: readonly string[] = ['看到', '听到', '见到', '面对', '针对', '听了', '看了'];
/** The longest such clause of circumstance, in characters. */
export const QUOTE_CIRCUMSTANCE_MAX = 16;

/**
 * The time of an inverted attribution, printed between the quote and the speaker (“…”21日，某局副局长某某表示。
 * “…”10月31日，某厅厅长某某表示，…): a news lead that opens with a quote gives the when of its 5 W right after it,
 * as a day of the month (21日, 10月31日, with 上午 or 下午 perhaps) or a relative day. The relative days, as the
 * news writes them.
 */
export const QUOTE_TIME_WORDS: readonly string[] = ['当天', '当日', '昨天', '昨日', '今天', '今日', '日前', '近日'];

/**
 * The occasion of an inverted attribution, printed after its time (“…”9月5日，某局召开某新闻发布会，某中心副主任某某在
 * 回答记者提问时这样表示。): the lead that opens with a quote gives when, then what took place (a body 召开, 举行 or 举办
 * a press conference, a forum, a ceremony), then who spoke. The verbs of holding a meeting, as the news prints them.
 */
export const QUOTE_OCCASION_VERBS: readonly string[] = ['召开', '举行', '举办'];
/** The longest such clause of occasion, in characters. */
export const QUOTE_OCCASION_MAX = 40;

/**
 * A speaker who introduces a topic in a line of its own (副厅长某某向媒体介绍水生态环境保护工作开展情况。), the form
 * of a press conference's report (the State Council Information Office's format: the speaker 介绍…有关情况 and answers
 * questions): the verb of presenting, a topic of at most `topicMax` characters, and the word that closes it. The
 * paragraph that follows, which names no speaker, is what was presented.
 */
export const INTRODUCTION = {
  verbs: ['介绍', '通报', '解读', '发布'],
  topics: ['有关情况', '情况', '进展', '成效', '工作', '举措', '成果'],
  topicMax: 30,
};

/**
 * A lead-in line that ends with its speaker, speech verb and a colon (就如何做好今年工作，某某强调：), the speech
 * printed as the paragraphs under it: news writing sets a leader's headed points apart this way. The verbs, and how
 * many characters (adverbs such as 还, 再次, 在会上) may stand between the speaker and the verb.
 */
export const LINE_LEAD_SPEECH = { verbs: ['强调', '指出', '要求', '表示', '提出', '说', '讲'], gapMax: 5 } as const;

/**
 * Points a speaker announces and then gives one by one (某某强调了三点意见。一是…。二是…; 提出以下几点要求。第一，…): the
 * way the news writes up a leader's instructions, the announcement closing its sentence and each point opening one of
 * its own with an ordinal (一是, 一要, 第一, 首先, 一、, （一）). The verbs of instructing, the count or 以下/如下, the noun.
 */
export const ANNOUNCED_POINTS = {
  verbs: ['强调', '提出', '指出', '讲了', '谈了', '提了'],
  numerals: '一二两三四五六七八九十几',
  nouns: ['意见', '要求', '希望', '建议', '指示', '看法', '体会'],
};

/**
 * The heads of a speech's numbered points (一是…，二是…; 一要…，二要…; 其一): news writing numbers a leader's points
 * by an ordinal and 是 or 要, so such a word opening a clause is no speaker's name, though the segmenter may tag it so.
 */
export const NUMBERED_POINT = /^(?:[一二三四五六七八九十]+|其[一二三四五六七八九十])[是要则来]?$/u;

/**
 * Words a segmenter may tag as a name before a speech verb that name no speaker: the colour-named books of government
 * and research publishing (the State Council Information Office's 白皮书; the annual 蓝皮书 and 绿皮书 of academies and
 * ministries), whose first character is a surname (白, 蓝, 黄), speak as documents do (蓝皮书指出，…), not as people.
 */
export const PUBLICATION_SPEAKERS: readonly string[] = [
  '白皮书',
  '蓝皮书',
  '绿皮书',
  '黄皮书',
  '红皮书',
  '白皮書',
  '藍皮書',
  '綠皮書',
  '黃皮書',
  '紅皮書',
];

/**
 * What follows a leader's name where the name qualifies the Party's leadership or its doctrine, in the formulas of the
 * Party's documents that reports repeat (以习近平同志为核心的党中央, 习近平生态文明思想, 习近平新时代中国特色社会主义思想,
 * 习近平总书记重要讲话精神): a name there is no subject that a later 他 goes back to.
 */
export const NAME_AS_ATTRIBUTE = /^(?:同志|总书记|主席)*(?:为核心|新时代|生态文明思想|的?重要(?:讲话|指示|批示|论述|回信|贺信))/u;

/**
 * The first-person pronoun that opens a speaker's own words in a transcript (下面，我先通报…; 我再补充): no name opens
 * with it, though a segmenter may tag 我先 or 我再 as one.
 */
export const FIRST_PERSON = /^我/u;

/**
 * Nouns of a topic presented that follow a quoted theme right after the verb (介绍“建设美丽中国”有关情况, 就“打好…”相关
 * 问题回答提问): the State Council Information Office and the press centres announce their conferences in the formula
 * 请某某介绍“<theme>”有关情况，并答记者问, and news repeats it; the quoted words are the theme's title, not the speaker's.
 */
export const PRESENTED_TOPIC_HEADS: readonly string[] = [
  '有关情况',
  '相关情况',
  '等方面情况',
  '等情况',
  '的情况',
  '情况',
  '有关问题',
  '相关问题',
  '等问题',
  '的问题',
  '工作情况',
  '进展情况',
];
