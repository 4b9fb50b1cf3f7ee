import { PARTY_COMMITTEE_BODIES } from './body-system.ts';

/**
 * Titles that stand between an organization and a person's name (生态环境厅厅长王某). Each entry is one line:
 * the title as written, its English, and for a title that belongs to a body inside the organization (党组书记
 * is a post of the organization's 党组) that body's suffix. The finder tries longer titles first.
 */
export interface TitleWord {
  /** The title as the report writes it. */
  word: string;
  /** Its English, for SPEAKS_FOR `titleEn`. */
  en: string;
  /** The suffix of the sub-body the title belongs to (`党组` for 党组书记), when it is not the organization itself. */
  unit?: string;
}

const CHIEF_POSTS: ReadonlyArray<readonly [string, string]> = [
  ['副总河长', 'Deputy General River Chief'],
  ['总河长', 'General River Chief'],
  ['河长', 'River Chief'],
  ['总湖长', 'General Lake Chief'],
  ['湖长', 'Lake Chief'],
  ['副总林长', 'Deputy General Forest Chief'],
  ['总林长', 'General Forest Chief'],
  ['林长', 'Forest Chief'],
];
/** The chief posts of the river, lake and forest chief systems (河长, 湖长, 林长 and their general forms). */
export const CHIEF_POST_WORDS: readonly string[] = CHIEF_POSTS.map(([post]) => post);

/**
 * The longest name of the water or forest a chief's post is printed with after 、 (市委副书记、龙江干流市级河长某某): the
 * river, its section or main stream, and the post's level.
 */
export const CHIEF_WATER_MAX = 12;
const CHIEF_LEVELS: ReadonlyArray<readonly [string, string]> = [
  ['省', 'Provincial'],
  ['市', 'Municipal'],
  ['县', 'County'],
  ['区', 'District'],
  ['镇', 'Township'],
  ['乡', 'Township'],
  ['村', 'Village'],
];

// The heads of a working body by the word its name ends in: a department's 部长, a commission's 书记, an office's 主任.
function headsOf(name: string): ReadonlyArray<readonly [string, string]> {
  if (name.endsWith('部'))
    return [
      ['常务副部长', 'Executive Deputy Head'],
      ['副部长', 'Deputy Head'],
      ['部长', 'Head'],
    ];
  if (name.endsWith('委'))
    return [
      ['副书记', 'Deputy Secretary'],
      ['书记', 'Secretary'],
    ];
  return [
    ['副主任', 'Deputy Director'],
    ['主任', 'Director'],
  ];
}

// The ranks of the Civil Servant Law written as a leading post and 级 (副厅长级), and the posts held at them.
const RANK_LEVELS: ReadonlyArray<readonly [string, string]> = [
  ['正部级', 'minister'],
  ['副部级', 'vice-minister'],
  ['部长级', 'minister'],
  ['副部长级', 'vice-minister'],
  ['正厅级', 'director-general'],
  ['副厅级', 'deputy director-general'],
  ['厅长级', 'director-general'],
  ['副厅长级', 'deputy director-general'],
  ['正局级', 'director-general'],
  ['副局级', 'deputy director-general'],
  ['局长级', 'director'],
  ['副局长级', 'deputy director'],
  ['正处级', 'division director'],
  ['副处级', 'deputy division director'],
  ['处长级', 'division director'],
  ['副处长级', 'deputy division director'],
  // The county and township grades of the same ranks (Civil Servant Law art. 18: 县处级, 乡科级 leading posts), as
  // county reports print them (县政府副县级干部某某, 正科级干部某某).
  ['正县级', 'county head'],
  ['副县级', 'deputy county head'],
  ['县处级', 'county or division'],
  ['正科级', 'section chief'],
  ['副科级', 'deputy section chief'],
  ['乡科级', 'township or section'],
];
const RANK_POSTS: ReadonlyArray<readonly [string, string]> = [
  ['生态环境保护监察专员', 'Ecological and Environmental Protection Inspector'],
  ['生态环境监察专员', 'Ecological and Environmental Inspector'],
  ['生态环境保护督察专员', 'Ecological and Environmental Protection Inspection Commissioner'],
  ['监察专员', 'Inspector'],
  ['督察专员', 'Inspection Commissioner'],
  ['干部', 'Official'],
  ['领导干部', 'Leading official'],
  ['巡视员', 'Inspector'],
  ['调研员', 'Researcher'],
];

// The Civil Servant Law's ranks below the leading posts, printed before a name (副主任科员张某) and after it (陈某调研员):
// the rank sequence of the Provisions on the Parallel System of Posts and Ranks of Civil Servants (2019: 一级至四级调研员,
// 一级至四级主任科员, 一级、二级科员) and the non-leading posts it replaced (Civil Servant Law 2005, art. 17: 调研员,
// 副调研员, 主任科员, 副主任科员, 科员, 办事员), which reports of earlier years print.
const GRADES: ReadonlyArray<readonly [string, string]> = [
  ['一级', 'First-level'],
  ['二级', 'Second-level'],
  ['三级', 'Third-level'],
  ['四级', 'Fourth-level'],
];
const CIVIL_SERVICE_RANKS: readonly TitleWord[] = [
  ...GRADES.flatMap(([grade, gradeEn]) => [
    { word: `${grade}调研员`, en: `${gradeEn} Researcher` },
    { word: `${grade}主任科员`, en: `${gradeEn} Principal Staff Member` },
  ]),
  ...GRADES.slice(0, 2).map(([grade, gradeEn]) => ({ word: `${grade}科员`, en: `${gradeEn} Staff Member` })),
  { word: '调研员', en: 'Researcher' },
  { word: '副调研员', en: 'Deputy Researcher' },
  { word: '主任科员', en: 'Principal Staff Member' },
  { word: '副主任科员', en: 'Deputy Principal Staff Member' },
  { word: '科员', en: 'Staff Member' },
  { word: '办事员', en: 'Clerk' },
];

// The posts of a social organization beyond its head (会长, 理事长): the deputies, council and supervisors that the
// Regulations on the Registration of Social Organizations and the Ministry of Civil Affairs' model charter of a social
// organization name, and the honorary posts and advisers such charters allow (名誉会长, 顾问).
const SOCIETY_POSTS: readonly TitleWord[] = [
  { word: '常务副会长', en: 'Executive Vice President' },
  { word: '副会长', en: 'Vice President' },
  { word: '副理事长', en: 'Vice Chairman' },
  { word: '常务理事', en: 'Executive Director' },
  { word: '监事长', en: 'Chief Supervisor' },
  { word: '名誉会长', en: 'Honorary President' },
  { word: '名誉理事长', en: 'Honorary Chairman' },
  { word: '名誉主席', en: 'Honorary Chairman' },
  { word: '名誉院长', en: 'Honorary President' },
  { word: '高级顾问', en: 'Senior Adviser' },
  { word: '顾问', en: 'Adviser' },
];

// People who are no officials but whom the genre's event releases name at an event: the roles an event gives
// (the ministry's 生态环境特邀观察员, the ambassadors environment days appoint: 形象大使, 公益大使, 宣传大使) and
// performers, athletes and writers by the occupations of the National Occupational Classification (演员, 歌手,
// 运动员, 作家, 导演), with 明星, the press's word for a famous one, and 企业家, the word by which the party's and state's
// documents name business owners (the 2017 Opinions on the environment for entrepreneurs) and events list them.
// The posts of a democratic party's committees (the parties' constitutions: a committee's 主任委员 and 副主任委员,
// which the press shortens to 主委 and 副主委; a branch's 主任委员 and its committee members, 支部主委 and 支委).
const DEMOCRATIC_PARTY_POSTS: readonly TitleWord[] = [
  { word: '常务副主委', en: 'Executive Vice Chairperson' },
  { word: '副主委', en: 'Vice Chairperson' },
  { word: '主委', en: 'Chairperson' },
  { word: '支部副主委', en: 'Branch Vice Chairperson' },
  { word: '支部主委', en: 'Branch Chairperson' },
  { word: '支委', en: 'Branch Committee Member' },
  // A full-time leader among part-time ones: the democratic parties' committees and the mass organizations name their
  // full-time vice chairs 专职 (专职副主委), and the reform of the mass organizations after the 2015 Central Conference on
  // the Party's Mass-Organization Work set their leaderships as full-time, seconded and part-time (专挂兼) vice chairs.
  { word: '专职副主委', en: 'Full-time Vice Chairperson' },
  { word: '专职副主席', en: 'Full-time Vice Chairperson' },
  { word: '挂职副主席', en: 'Seconded Vice Chairperson' },
  { word: '兼职副主席', en: 'Part-time Vice Chairperson' },
];

// The heads of a state forest farm or farm (场长: the Guiding Opinions on the Reform of State Forest Farms, 2015, and
// the state farms' rules), and the CPC's general branch, the level between a primary committee and a branch (CPC
// Constitution, art. 30: 基层委员会、总支部委员会、支部委员会), whose secretary is a post of the body it sits in.
const GRASSROOTS_POSTS: readonly TitleWord[] = [
  { word: '场长', en: 'Director (farm)' },
  { word: '副场长', en: 'Deputy Director (farm)' },
  { word: '党总支书记', en: 'General Party Branch Secretary', unit: '党总支' },
  { word: '党总支副书记', en: 'Deputy General Party Branch Secretary', unit: '党总支' },
];

const OCCUPATION_ROLES: readonly TitleWord[] = [
  { word: '演员', en: 'Actor' },
  { word: '歌手', en: 'Singer' },
  { word: '运动员', en: 'Athlete' },
  { word: '作家', en: 'Writer' },
  { word: '导演', en: 'Director (film)' },
  { word: '明星', en: 'Star' },
  { word: '企业家', en: 'Entrepreneur' },
  // The occupations by which lists of models and award winners name people who hold no post (先进个人, 绿色卫士:
  // 某某镇渔民某某, 某某中学学生某某): the farming, herding and fishing workers of the National Occupational
  // Classification, villagers (Organic Law of Villagers' Committees) and students.
  { word: '渔民', en: 'Fisherman' },
  { word: '农民', en: 'Farmer' },
  { word: '牧民', en: 'Herdsman' },
  { word: '村民', en: 'Villager' },
  { word: '学生', en: 'Student' },
  // The grassroots workers of ecological protection, who hold no post of a body: the rangers of the ecological
  // ranger programme (生态护林员, 2016) and of nature reserves and national parks (巡护员), the grassland keepers of the
  // grassland subsidy (草原管护员), the grid workers of grid-based environmental supervision (网格员, 2016), the river
  // cleaners and patrollers of the river chief system (保洁员, 巡河员), volunteers (Regulations on Volunteer
  // Service, 2017) and law-enforcement officers (执法人员, Administrative Penalty Law).
  { word: '生态护林员', en: 'Ecological Ranger' },
  { word: '护林员', en: 'Forest Ranger' },
  { word: '巡护员', en: 'Ranger' },
  { word: '管护员', en: 'Keeper' },
  { word: '网格员', en: 'Grid Worker' },
  { word: '保洁员', en: 'Cleaner' },
  { word: '巡河员', en: 'River Patroller' },
  { word: '志愿者', en: 'Volunteer' },
  { word: '执法人员', en: 'Law-enforcement Officer' },
  // Hosts of radio and television (the National Occupational Classification's 节目主持人) and champions of sport, by
  // which event releases name the ambassadors they appoint (某台主持人某某, 奥运冠军某某).
  { word: '主持人', en: 'Host' },
  // The occupation's other name, 播音员 (announcer), and the anchor of a news programme the press calls 主播, by which
  // an online event names the host beside the official who co-hosts it (某台新闻主播某某).
  { word: '新闻主播', en: 'News Anchor' },
  { word: '主播', en: 'Anchor' },
  { word: '播音员', en: 'Announcer' },
  { word: '奥运冠军', en: 'Olympic Champion' },
  { word: '世界冠军', en: 'World Champion' },
  { word: '冠军', en: 'Champion' },
  // A member of a society or team, as its reports name them (某协会成员甲、乙): the Regulations on the Registration of
  // Social Organizations' members; 成员 is also a word for members as a group (领导班子成员), so a name must read as one.
  { word: '成员', en: 'Member' },
  // A representative of a group at an event (学生代表某某, 志愿者代表甲、乙): 代表 is also a verb (代表全体志愿者发言)
  // and ends titles (人大代表, read as the longer title), so a name after it must read as one.
  { word: '代表', en: 'Representative' },
];
/**
 * Staff of a body named by it without a post (某局工作人员某某介绍): the Civil Servant Law (art. 2) and the party's
 * rules call the people of an organ its 工作人员. The genre also says it of the staff as a group (工作人员正在监测), so a
 * name after it is taken only where the segmenter reads one, as after an occupation.
 */
const STAFF_ROLES: readonly TitleWord[] = [{ word: '工作人员', en: 'Staff Member' }];
const PUBLIC_ROLES: readonly TitleWord[] = [
  ...OCCUPATION_ROLES,
  ...STAFF_ROLES,
  { word: '特邀观察员', en: 'Special Observer' },
  { word: '观察员', en: 'Observer' },
  { word: '形象大使', en: 'Image Ambassador' },
  { word: '公益大使', en: 'Public-Welfare Ambassador' },
  { word: '宣传大使', en: 'Publicity Ambassador' },
  { word: '推广大使', en: 'Promotion Ambassador' },
];

/** Posts officials of this genre hold, longest first within each family. */
export const TITLE_WORDS: readonly TitleWord[] = [
  // Party posts inside a government body: the post belongs to the body's 党组 or 党委.
  { word: '党组书记', en: "Secretary of the Leading Party Members' Group", unit: '党组' },
  { word: '党组副书记', en: "Deputy Secretary of the Leading Party Members' Group", unit: '党组' },
  { word: '党组成员', en: "Member of the Leading Party Members' Group", unit: '党组' },
  { word: '党委书记', en: 'Party Secretary', unit: '党委' },
  { word: '党委副书记', en: 'Deputy Party Secretary', unit: '党委' },
  { word: '党委委员', en: 'Member of the Party Committee', unit: '党委' },
  // The party committee of a ministry's or department's own offices (党和国家机关基层组织工作条例, 2019: a body of the
  // party and state sets up 机关党委 for its offices), whose secretary is often one of the body's deputies and is printed
  // last in the deputy's run of posts (部党组成员、副部长、机关党委书记某); unknown, the word cut the run off its name.
  { word: '机关党委书记', en: 'Secretary of the Party Committee of the Offices', unit: '机关党委' },
  { word: '机关党委副书记', en: 'Deputy Secretary of the Party Committee of the Offices', unit: '机关党委' },
  // Heads of a party committee's working bodies, in a run of posts after the committee (市委常委、宣传部部长某): the
  // post belongs to that body of the committee (generated from the bodies of body-system.ts).
  ...PARTY_COMMITTEE_BODIES.flatMap((body) => headsOf(body.name).map(([head, en]) => ({ word: `${body.name}${head}`, en, unit: body.name }))),
  // The same heads with the department's 部 shared with 部长, as reports clip them in a run of posts (县委常委、宣传部长某,
  // 组织部长某, 统战部长某): one 部 stands for both the department and its head.
  ...PARTY_COMMITTEE_BODIES.filter((body) => body.name.endsWith('部')).flatMap((body) =>
    headsOf(body.name).map(([head, en]) => ({ word: `${body.name.slice(0, -1)}${head}`, en, unit: body.name })),
  ),
  // Heads and deputies of ministries, departments, bureaus and offices.
  { word: '部长', en: 'Minister' },
  { word: '副部长', en: 'Vice Minister' },
  { word: '司长', en: 'Director-General' },
  { word: '副司长', en: 'Deputy Director-General' },
  { word: '厅长', en: 'Director-General' },
  { word: '副厅长', en: 'Deputy Director-General' },
  { word: '局长', en: 'Director' },
  { word: '副局长', en: 'Deputy Director' },
  { word: '处长', en: 'Division Director' },
  { word: '副处长', en: 'Deputy Division Director' },
  { word: '科长', en: 'Section Chief' },
  { word: '副科长', en: 'Deputy Section Chief' },
  { word: '主任', en: 'Director' },
  { word: '副主任', en: 'Deputy Director' },
  { word: '站长', en: 'Director' },
  { word: '副站长', en: 'Deputy Director' },
  { word: '院长', en: 'President' },
  { word: '副院长', en: 'Vice President' },
  { word: '所长', en: 'Director' },
  { word: '副所长', en: 'Deputy Director' },
  { word: '校长', en: 'President' },
  { word: '副校长', en: 'Vice President' },
  { word: '支队长', en: 'Commander' },
  { word: '副支队长', en: 'Deputy Commander' },
  { word: '大队长', en: 'Commander' },
  { word: '副大队长', en: 'Deputy Commander' },
  { word: '队长', en: 'Team Leader' },
  { word: '组长', en: 'Head' },
  { word: '副组长', en: 'Deputy Head' },
  // The commanders of the army's local commands (军区, 军分区, 人武部: body-system.ts) by the PLA's posts of command
  // (司令员, 政治委员, 参谋长); 部长 and 政委 stand elsewhere in this table.
  { word: '司令员', en: 'Commander' },
  { word: '副司令员', en: 'Deputy Commander' },
  { word: '政治委员', en: 'Political Commissar' },
  { word: '参谋长', en: 'Chief of Staff' },
  // The state's leaders as the Constitution names them (arts. 79, 65, 86): the President and Vice President, the
  // Premier, Vice Premiers and State Councilors of the State Council, the Chairman and Vice Chairmen of the NPC
  // Standing Committee; printed before the name as often as after it (国务院总理某某).
  { word: '国家主席', en: 'President' },
  { word: '国家副主席', en: 'Vice President' },
  { word: '总理', en: 'Premier' },
  { word: '副总理', en: 'Vice Premier' },
  { word: '国务委员', en: 'State Councilor' },
  { word: '委员长', en: 'Chairman' },
  { word: '副委员长', en: 'Vice Chairman' },
  // Governments and legislatures.
  { word: '省长', en: 'Governor' },
  { word: '副省长', en: 'Vice Governor' },
  { word: '主席', en: 'Chairman' },
  { word: '副主席', en: 'Vice Chairman' },
  { word: '市长', en: 'Mayor' },
  { word: '副市长', en: 'Vice Mayor' },
  { word: '县长', en: 'County Head' },
  { word: '副县长', en: 'Deputy County Head' },
  { word: '区长', en: 'District Head' },
  { word: '副区长', en: 'Deputy District Head' },
  // The head of an autonomous prefecture's government (Law on Regional National Autonomy, art. 17: 自治州州长).
  { word: '州长', en: 'Prefecture Governor' },
  { word: '副州长', en: 'Deputy Prefecture Governor' },
  // Inner Mongolia's divisions keep their own names (the 2018 division code: 盟 at the prefecture level, 旗 at the
  // county level), and so do their heads (盟长, 旗长), as a prefecture's and a county's do.
  { word: '盟长', en: 'League Head' },
  { word: '副盟长', en: 'Deputy League Head' },
  { word: '旗长', en: 'Banner Head' },
  { word: '副旗长', en: 'Deputy Banner Head' },
  // Assistants to a government's or a department's head (省长助理, 市长助理, 主席助理 of an autonomous region, 部长助理
  // of a ministry, 厅长助理, 局长助理): a post below the deputy heads, appointed by the government (the State Council's
  // and local governments' rules of work).
  ...(
    [
      ['省长', 'Governor'],
      ['主席', 'Chairman'],
      ['市长', 'Mayor'],
      ['州长', 'Prefecture Governor'],
      ['县长', 'County Head'],
      ['区长', 'District Head'],
      ['部长', 'Minister'],
      ['厅长', 'Director-General'],
      ['局长', 'Director'],
    ] as const
  ).map(([head, headEn]) => ({ word: `${head}助理`, en: `Assistant to the ${headEn}` })),
  // Heads of the township level and of its street offices (Organic Law of Local People's Congresses and Local
  // Governments, arts. 69 and 85), and of the village bodies (Organic Law of Villagers' Committees; the party's
  // branch in a village, CPC Constitution art. 30).
  { word: '镇长', en: 'Township Head' },
  { word: '副镇长', en: 'Deputy Township Head' },
  { word: '乡长', en: 'Township Head' },
  { word: '副乡长', en: 'Deputy Township Head' },
  { word: '党支部书记', en: 'Party Branch Secretary', unit: '党支部' },
  { word: '党支部副书记', en: 'Deputy Party Branch Secretary', unit: '党支部' },
  { word: '村委会主任', en: "Director of the Villagers' Committee" },
  { word: '秘书长', en: 'Secretary-General' },
  { word: '副秘书长', en: 'Deputy Secretary-General' },
  // The head of a convention's secretariat (Vienna Convention art. 7; CBD art. 24), written 执行秘书 in Chinese.
  { word: '执行秘书', en: 'Executive Secretary' },
  { word: '代理执行秘书', en: 'Acting Executive Secretary' },
  { word: '书记', en: 'Party Secretary' },
  { word: '总书记', en: 'General Secretary' },
  { word: '常务副省长', en: 'Executive Vice Governor' },
  { word: '常务副主任', en: 'Executive Deputy Director' },
  { word: '常务副厅长', en: 'Executive Deputy Director-General' },
  { word: '常务副局长', en: 'Executive Deputy Director' },
  { word: '常务副县长', en: 'Executive Deputy County Head' },
  { word: '常务副区长', en: 'Executive Deputy District Head' },
  { word: '常务副部长', en: 'Executive Vice Minister' },
  { word: '常务副秘书长', en: 'Executive Deputy Secretary-General' },
  { word: '总队长', en: 'Commander' },
  { word: '副总队长', en: 'Deputy Commander' },
  { word: '常务副市长', en: 'Executive Vice Mayor' },
  { word: '代省长', en: 'Acting Governor' },
  { word: '代市长', en: 'Acting Mayor' },
  // Acting heads of a county or district government, whom the standing committee of its congress appoints until the
  // congress elects a head (Organic Law of Local People's Congresses and Local Governments), printed 代县长, 代区长.
  { word: '代县长', en: 'Acting County Head' },
  { word: '代区长', en: 'Acting District Head' },
  // The same acting heads in the full form of the standing committee's appointment (决定任命某某为代理区长), which
  // releases also print: 代理 before the head of a government at each level, a township's or town's too.
  ...['省长', '市长', '县长', '区长', '州长', '旗长', '镇长', '乡长'].map((head) => ({ word: `代理${head}`, en: 'Acting Head' })),
  { word: '常委', en: 'Member of the Standing Committee' },
  { word: '检察长', en: 'Chief Procurator' },
  { word: '副检察长', en: 'Deputy Chief Procurator' },
  { word: '总河长', en: 'General River Chief' },
  { word: '河长', en: 'River Chief' },
  // The chiefs of the river, lake and forest chief systems (Opinions on Fully Implementing the River Chief System,
  // 2016; on the Lake Chief System, 2018; on the Forest Chief System, 2021), held at a level and written with its
  // level word (市总河长, 省副总林长): a post of the leader who holds it.
  ...CHIEF_POSTS.flatMap(([post, postEn]) => [
    ...(post === '总河长' || post === '河长' ? [] : [{ word: post, en: postEn }]),
    ...CHIEF_LEVELS.map(([level, levelEn]) => ({ word: `${level}${post}`, en: `${levelEn} ${postEn}` })),
  ]),
  ...CIVIL_SERVICE_RANKS,
  { word: '副书记', en: 'Deputy Party Secretary' },
  // Non-leading posts of the civil service and specialist posts.
  { word: '一级巡视员', en: 'First-level Inspector' },
  { word: '二级巡视员', en: 'Second-level Inspector' },
  { word: '巡视员', en: 'Inspector' },
  { word: '副巡视员', en: 'Deputy Inspector' },
  { word: '督察专员', en: 'Inspection Commissioner' },
  { word: '副督察专员', en: 'Deputy Inspection Commissioner' },
  // The inspection commissioners the provincial departments have held since the 2018 reform of the vertical
  // management of monitoring, inspection and enforcement (某省生态环境保护监察专员某某), a post at a leading rank.
  { word: '生态环境保护监察专员', en: 'Ecological and Environmental Protection Inspector' },
  { word: '生态环境监察专员', en: 'Ecological and Environmental Inspector' },
  { word: '监察专员', en: 'Inspector' },
  { word: '总工程师', en: 'Chief Engineer' },
  { word: '总经济师', en: 'Chief Economist' },
  { word: '总规划师', en: 'Chief Planner' },
  // The other chief specialists a ministry's regulations on its functions, bodies and staffing (三定规定) set beside
  // 总工程师: 总会计师, 总农艺师 (agriculture), 总畜牧兽医师, 总审计师, 总督学 (education).
  { word: '总会计师', en: 'Chief Accountant' },
  { word: '总农艺师', en: 'Chief Agronomist' },
  { word: '总畜牧兽医师', en: 'Chief Veterinarian' },
  { word: '总审计师', en: 'Chief Auditor' },
  { word: '总督学', en: 'Chief Education Inspector' },
  { word: '新闻发言人', en: 'Spokesperson' },
  { word: '发言人', en: 'Spokesperson' },
  { word: '首席专家', en: 'Chief Expert' },
  { word: '研究员', en: 'Research Fellow' },
  { word: '教授', en: 'Professor' },
  // The professional titles of engineers (the 2019 guiding opinions on the evaluation of engineering professionals'
  // titles: 助理工程师, 工程师, 高级工程师, 正高级工程师), which institutes and companies print before their experts' names.
  { word: '正高级工程师', en: 'Professor-level Senior Engineer' },
  { word: '高级工程师', en: 'Senior Engineer' },
  // Enterprises and associations.
  // A company's manager (Company Law, art. 49 of 2018: 经理, appointed by the board) and a factory's director (Law on
  // Industrial Enterprises Owned by the Whole People, art. 45: 厂长, the enterprise's legal representative).
  { word: '经理', en: 'Manager' },
  { word: '副经理', en: 'Deputy Manager' },
  { word: '厂长', en: 'Factory Director' },
  { word: '副厂长', en: 'Deputy Factory Director' },
  { word: '董事长', en: 'Chairman' },
  { word: '总经理', en: 'General Manager' },
  { word: '副总经理', en: 'Deputy General Manager' },
  // The name group companies give the same manager (集团总裁, 副总裁), which the articles of association of most listed
  // groups use in place of 总经理.
  { word: '总裁', en: 'President' },
  { word: '副总裁', en: 'Vice President' },
  { word: '会长', en: 'President' },
  { word: '理事长', en: 'Chairman' },
  // The posts of the foreign officials and executives a ministry receives, as the Chinese press renders them: a
  // government's junior minister or permanent head (Staatssekretär, Secretary of State: 国务秘书, 副国务秘书), the head of
  // an international organization's secretariat (总干事, 副总干事; UNEP's 执行主任) and a company's chief executive
  // (首席执行官); the transliterated name after them starts at their end (副国务秘书林赛·高).
  { word: '国务秘书', en: 'Secretary of State' },
  { word: '副国务秘书', en: 'Deputy Secretary of State' },
  { word: '总干事', en: 'Director-General' },
  { word: '副总干事', en: 'Deputy Director-General' },
  { word: '执行主任', en: 'Executive Director' },
  { word: '首席执行官', en: 'Chief Executive Officer' },
  ...SOCIETY_POSTS,
  ...DEMOCRATIC_PARTY_POSTS,
  ...GRASSROOTS_POSTS,
  ...PUBLIC_ROLES,
  // Deputies of a people's congress or a party congress (人大代表) and academicians of the Academies of Sciences and
  // Engineering (院士). (委员 and 成员 are no titles here: they start 委员会 and end 政协委员要….)
  { word: '人大代表', en: "Deputy to the People's Congress" },
  { word: '党代表', en: 'Deputy to the Party Congress' },
  { word: '政协委员', en: 'CPPCC Member' },
  { word: '院士', en: 'Academician' },
  // The chairs of a congress's or CPPCC's special committees (Organic Law of Local People's Congresses, CPPCC Charter).
  { word: '主任委员', en: 'Chairperson' },
  { word: '副主任委员', en: 'Vice Chairperson' },
  // The full-time (驻会) posts of those committees and of a mass organization's leadership: a CPPCC committee's
  // special committees and a federation's presidium have part-time chairs from outside and one or more full-time
  // deputies who sit in the office (驻会副主任, 驻会副主席), printed in the run after the chair (主任某、驻会副主任某).
  { word: '驻会副主任', en: 'Full-time Deputy Director' },
  { word: '驻会副主席', en: 'Full-time Vice Chairperson' },
  // Police ranks of the People's Police rank sequence (2016): 一级至四级高级警长, 警长.
  ...[
    ['一级', 'First-level'],
    ['二级', 'Second-level'],
    ['三级', 'Third-level'],
    ['四级', 'Fourth-level'],
  ].flatMap(([grade, gradeEn]) => [
    { word: `${grade}高级警长`, en: `${gradeEn} Senior Police Supervisor` },
    { word: `${grade}警长`, en: `${gradeEn} Police Supervisor` },
  ]),
  // Posts held at a leading post's rank (副厅长级干部, 副厅长级生态环境监察专员): the Civil Servant Law's ranks.
  ...RANK_LEVELS.flatMap(([level, levelEn]) => RANK_POSTS.map(([post, postEn]) => ({ word: `${level}${post}`, en: `${postEn} (${levelEn} rank)` }))),
  // An unnamed official speaking for the body (有关负责人表示): a speaker without a name.
  { word: '负责人', en: 'Official in charge' },
];

/**
 * Titles of an official the report leaves unnamed (有关负责人表示), and the occupations, which the genre also uses for
 * a group (企业家和各界代表, 演员们): a name after one is rare, so it must read as one.
 */
export const UNNAMED_OFFICIAL_TITLES: readonly string[] = ['负责人', ...[...OCCUPATION_ROLES, ...STAFF_ROLES].map((role) => role.word)];

/** The roles of people who hold no post (occupations, event roles, staff, members): see PUBLIC_ROLES. */
export const PUBLIC_ROLE_WORDS: readonly string[] = PUBLIC_ROLES.map((role) => role.word);

/** Occupations, which are no post of a body: one takes a body only when the body is printed right before it (某某中学学生). */
export const OCCUPATION_WORDS: readonly string[] = OCCUPATION_ROLES.map((role) => role.word);

/** Titles of a government's leaders: after a bare place (河北省副省长) they are posts of that place's government. */
export const GOVERNMENT_TITLES: readonly string[] = [
  '省长',
  '副省长',
  '市长',
  '副市长',
  '县长',
  '副县长',
  '区长',
  '副区长',
  '州长',
  '副州长',
  '盟长',
  '副盟长',
  '旗长',
  '副旗长',
  '主席',
  '副主席',
  '秘书长',
  '副秘书长',
];

/**
 * The posts of GOVERNMENT_TITLES that the committees of the democratic parties and of the mass organizations have too:
 * their constitutions set up a chair or 主委 with vice chairs and a secretary-general (秘书长), so after such a body
 * these posts are its own, and the bodies by the slugs their readers give (read-party-body, body-system).
 */
export const COMMITTEE_POSTS: readonly string[] = ['主席', '副主席', '秘书长', '副秘书长'];
export const COMMITTEE_SLUGS: readonly string[] = [
  'democratic-party-committee',
  'democratic-party-central-committee',
  'womens-federation',
  'federation-of-trade-unions',
  'science-association',
  'youth-federation',
  'students-federation',
  'overseas-chinese-federation',
  'federation-of-industry-and-commerce',
  'literary-federation',
  'disabled-persons-federation',
];

/**
 * The state organs of a place that are no people's government, though their readers class them with it: the people's
 * congress and its standing committee, the CPPCC committee, the courts and the procuratorates (Constitution, ch. 3:
 * each is an organ of its own; 省长, 市长 and their deputies lead the people's government alone, art. 105). A head of
 * government's post printed after one of them (省人大常委会副主任某某，副省长某某) is no post of it.
 */
export const NON_GOVERNMENT_STATE_SLUGS: readonly string[] = [
  'peoples-congress',
  'peoples-congress-standing-committee',
  'cppcc-committee',
  'court',
  'higher-court',
  'intermediate-court',
  'procuratorate',
];

/**
 * The heads of a people's government and their deputies at each level (省长, 副市长, 常务副县长, 代区长, 旗长 and the
 * heads' assistants): posts of the government alone (Organic Law of Local People's Congresses and Local Governments),
 * never of the party committee or congress named before them in a list (市委书记某某、市长某某).
 */
export const GOVERNMENT_HEAD_TITLE = /^(?:常务|代理?)?副?[省市县区州盟旗]长(?:助理)?$/u;

/** Words that mark a post as past: 原环境保护部总工程师, 时任…, 前…. */
export const FORMER_MARKERS: readonly string[] = ['原', '时任', '前任'];

/**
 * Titles written after a name (陈敏尔书记, 李克强总理, 卢春中副厅长): the posts of the Civil Servant Law's leading
 * ranks and the state's leaders as the Constitution names them (主席, 总理, 委员长), with the party's 总书记, and
 * 同志. A name right before one is a person.
 */
export const TITLES_AFTER_NAME: readonly string[] = [
  '总书记',
  '国家主席',
  '国家副主席',
  '总理',
  '副总理',
  '国务委员',
  '委员长',
  '副委员长',
  // Members of a standing committee or of a CPPCC committee as the congress and its press name them (某某委员说):
  // the Organic Law of the NPC (art. 24) and the CPPCC Charter.
  '委员',
  '同志',
  // The party's guiding thoughts carry their author's name (CPC Constitution, general programme).
  '生态文明思想',
  '新时代中国特色社会主义思想',
  '书记',
  '副书记',
  '省长',
  '副省长',
  '市长',
  '副市长',
  '县长',
  '副县长',
  '区长',
  '部长',
  '副部长',
  '厅长',
  '副厅长',
  '局长',
  '副局长',
  '主任',
  '副主任',
  '主席',
  '副主席',
  // The heads of a congress's special committees (Organic Law of the NPC, art. 35, and the Organic Law of the Local
  // People's Congresses: 主任委员、副主任委员) and of a democratic party's committee, printed after the name as 主任 is
  // (某某副主任委员指出); without them 主任 was read and 委员 stopped the speech verb.
  '主任委员',
  '副主任委员',
  '秘书长',
  '处长',
  // The same posts one level down and the township's heads, written after the name as they are before it (李某司长,
  // 王某镇长), and the deputies a list of names can share (甲、乙、丙副秘书长).
  '副秘书长',
  '司长',
  '副司长',
  '副处长',
  '副区长',
  '镇长',
  '乡长',
  // Heads of institutes, academies and universities (某某院长, 某某所长, 某某副校长), the professional ranks of research
  // and teaching (研究员, 教授: the state's titles of professional posts) and the academicians of the two academies,
  // all of which the genre prints after the name as a form of address (某某院士).
  '院长',
  '副院长',
  '所长',
  '副所长',
  '校长',
  '副校长',
  '院士',
  '研究员',
  '教授',
  // The Civil Servant Law's non-leading ranks and the specialist posts printed after the name (某某巡视员, 某某总工程师).
  '一级巡视员',
  '二级巡视员',
  '巡视员',
  '副巡视员',
  '总工程师',
  '总经济师',
  // The ranks below them (陈某调研员, 张某主任科员), and the honorary posts and advisers of a society (某某名誉会长).
  ...CIVIL_SERVICE_RANKS.map((rank) => rank.word).filter((word) => !['科员', '办事员'].includes(word)),
  '名誉会长',
  '顾问',
  // The heads of an inspection team or a leading group (Regulations on Central Eco-Environmental Protection Inspection
  // Work, 2019: 督察组设组长、副组长), whom the press addresses by the post after the name (某某组长要求).
  '组长',
  '副组长',
  // Deputies to a people's congress, addressed by the name and 代表 as members by 委员 (某某代表说; the Law on Deputies
  // to the People's Congresses). 代表 is also a verb and a group (各界代表, 代表双方): see TITLES_AFTER_TAGGED_NAME.
  '代表',
  // The other heads the genre addresses by the name and the post after it: a member of a party committee's standing
  // committee (某某常委: the CPC Constitution's 常务委员会委员), the ministry's eco-environmental inspection
  // commissioners and a prefecture's commissioner (某某专员: 生态环境保护监察专员, 行政公署专员), the corps' division
  // heads (师长, 政委: the Xinjiang Production and Construction Corps' divisions), and the heads of a society (会长,
  // 理事长: the Regulations on Registration of Social Organizations' legal representatives). (Not 州长 or 旗长: after a
  // prefecture's or a banner's name, 东岚州 + 副州长, they are its head's post before the name.)
  '常委',
  '专员',
  '副专员',
  '师长',
  '副师长',
  '政委',
  '会长',
  '副会长',
  '理事长',
  // Students, whom schools and the press address by the name and 同学 (某某同学获评…), as teachers by 教授; 同学 is
  // also a common noun (大学同学, 同学们): see TITLES_AFTER_TAGGED_NAME.
  '同学',
];

/**
 * Titles after a name that are also common words (各界代表, 公众代表, 代表双方; 大学同学): the name must be one the
 * segmenter reads as a name.
 */
export const TITLES_AFTER_TAGGED_NAME: readonly string[] = ['代表', '同学'];

/** Marks joining two posts of one person before the name: 、 and 兼, a post held concurrently (党委书记兼厂长). */
export const POST_JOINERS = '、兼';

/**
 * Conjunctions that join two people (习近平总书记和王某书记): before a name with its post after it they are no part of
 * the name, though 和 is also a surname (和某, Yunnan).
 */
export const NAME_CONJUNCTIONS = '和同与及';

/**
 * What a word before 同志 or a title makes of it: a generic mention of an unnamed official (有关负责同志, 各部门
 * 负责同志, 全体同志), the way the party's and state's documents refer to the people in charge; such a word never
 * ends a name (门负责 of 生态环境部门负责同志).
 */
export const UNNAMED_BEFORE_TITLE: readonly string[] = ['负责', '有关', '相关', '全体', '广大', '各位'];

/**
 * The interview passages of a congress's or a CPPCC's session, named after who walks them (部长通道, 代表通道, 委员通道,
 * and at the provinces' sessions 厅长通道, 局长通道): the news centres of the National People's Congress and the CPPCC
 * have ministers (since 2008) and deputies and members (since 2018) stop for the press on their way in, and the
 * provinces copy it. The word after the title is the passage, no name, though its first character is a surname (通).
 */
export const PASSAGE_AFTER_TITLE: readonly string[] = ['通道'];

/**
 * Verbs of holding a post, between a post and the post it holds (由党组成员任组长, 由副市长兼任): the appointment phrasing
 * of the Regulations on the Selection and Appointment of Party and Government Leading Cadres (任, 兼, 兼任, 担任). A post
 * with one after it is no name, though the post's first character is a surname (成 of 成员).
 */
export const POST_HOLDING_VERBS: readonly string[] = ['任', '兼', '兼任', '担任'];

/** Words written after a name that are no post, so no one is addressed by surname and one of them (周同志 is rare). */
export const TITLES_OF_ADDRESS_EXCLUDED: readonly string[] = [
  '同志',
  '同学',
  '代表',
  '生态文明思想',
  '新时代中国特色社会主义思想',
  '委员',
  '研究员',
  '教授',
  '院士',
];

/**
 * Deputies to a people's congress as the congress's press names them (某某代表认为): the Law on Deputies to the NPC
 * and Local People's Congresses (art. 2) makes them 代表, printed after the name as 委员 is. Read only between a
 * person already found and the speech verb: before it a group is as often named (各界代表, 公众代表).
 */
export const DEPUTY_AFTER_NAME: readonly string[] = ['代表'];

/**
 * Notes printed in brackets between a post and the name (副所长(主持工作)某某): a deputy in charge of the body
 * (the Regulations on the Selection and Appointment of Party and Government Leading Cadres' 主持工作的副职), a post
 * held concurrently or on secondment, and the Civil Servant Law's ranks of leading posts.
 */
export const POST_NOTES: readonly string[] = [
  '主持工作',
  '兼',
  '挂职',
  '正厅级',
  '副厅级',
  '正处级',
  '副处级',
  // The level of the party committee that manages the cadre (中管, 省管, 市管, 县管: the cadre management by level of
  // the same Regulations), which a city prints after a non-leading rank (一级调研员（市管）、新闻发言人某某).
  '中管',
  '省管',
  '市管',
  '县管',
  '区管',
];

/**
 * The leaders of a place as a group, by its level: province, city, county, district and prefecture, and the township
 * level below them (Constitution, art. 30: 乡、民族乡、镇; street offices stand for it in cities), whose reports name
 * their own leaders 镇领导, 乡领导, 街道领导 as a county's name 县领导.
 */
const COLLECTIVE_LEADERS: readonly string[] = [
  '省领导',
  '市领导',
  '县领导',
  '区领导',
  '州领导',
  '镇领导',
  '乡领导',
  '街道领导',
  '领导同志',
  // The leaders of a place's four leading bodies (the party committee, the people's congress standing committee, the
  // government and the CPPCC committee: 四套班子, also 四家班子, as local news names them as one).
  '四套班子领导',
  '四家班子领导',
];

/**
 * A short clause in 的 the news puts between 等 and the collective leaders a list of names belongs to (甲、乙等在家的
 * 市领导: those of the leaders who were in town), at most this many characters before 的.
 */
export const LEADERS_CLAUSE_MAX = 4;

/**
 * The four leading bodies' leaders named with the level of their place before them (市四套班子领导, 县四家班子领导):
 * local news names them by the level of the party committee, congress, government and CPPCC they lead, the levels of
 * the administrative division (Constitution, art. 30: province, autonomous prefecture, county, city, district).
 */
const LEVELLED_FOUR_BODIES_LEADERS: readonly string[] = ['省', '市', '州', '县', '区'].flatMap((level) => [
  `${level}四套班子领导`,
  `${level}四家班子领导`,
]);

/** The collective leaders a list of names closed by 等 may belong to, past a short clause in 的 (甲、乙等在家的四套班子领导). */
export const LIST_LEADERS_AFTER_CLAUSE: readonly string[] = [...COLLECTIVE_LEADERS, ...LEVELLED_FOUR_BODIES_LEADERS];

/** Words after a list of names that show they are people (张三、李四等出席会议, 王五、赵六陪同). */
export const NAME_LIST_TAILS: readonly string[] = [
  '等出席',
  '等参加',
  '等陪同',
  '等列席',
  '出席',
  '参加',
  '陪同',
  '随同',
  '列席',
  // The speeches a meeting's list of people gives in turn (甲、乙、丙作交流发言; 先后发言): what people do at a meeting.
  '作交流发言',
  '作典型发言',
  '作表态发言',
  '作发言',
  '分别发言',
  '先后发言',
  '依次发言',
  // A list closed by 等 and the collective anchor it belongs to (胡某、陈某等县领导参加会议).
  ...COLLECTIVE_LEADERS.map((anchor) => `等${anchor}`),
  ...LEVELLED_FOUR_BODIES_LEADERS.map((anchor) => `等${anchor}`),
];

/**
 * Words after which a list of names follows (市领导王新会、李征等出席): the leaders of a place as a group, and the
 * officials in charge of bodies as the party's and state's documents call them as a group (有关部门负责同志某某、某某).
 */
export const NAME_LIST_ANCHORS: readonly string[] = [
  ...COLLECTIVE_LEADERS,
  '党和国家领导人',
  '中央领导同志',
  '负责同志',
  // A working department's own report names its leaders by its kind word alone (局领导甲、乙; 厅领导甲、乙), the body
  // being the one the report is about: the kinds of BODY_LEADER_KINDS, read only where the anchor starts a word.
  '局领导',
  '厅领导',
];

/**
 * The leaders of a body named before a list of their names, as 市领导 names a city's (市政府领导甲、乙; 市政府(林管局)领导,
 * the body with its other name in brackets where one government is also a forestry bureau): each name speaks for the
 * body with this word for a post.
 */
export const BODY_LEADER_WORDS: readonly { word: string; en: string }[] = [{ word: '领导', en: 'Leader' }];

/**
 * The kind words of bodies whose leadership is named by the kind and 领导 after the body's name (市生态环境局局领导,
 * 省生态环境厅厅领导, 市发展改革委委领导): the Organic Law of the Local People's Congresses and Governments makes a
 * government's working departments 厅, 局, 委员会 and 办公室, and each names its own leaders 厅领导, 局领导.
 */
export const BODY_LEADER_KINDS: readonly string[] = ['局', '厅', '委', '办', '部', '院'];

/**
 * Words that close a list of names before the title they share, printed after the names (某某等委员, 甲、乙等代表:
 * the news names the first of the members or deputies who spoke and gives their title once).
 */
export const LIST_CLOSERS_BEFORE_TITLE: readonly string[] = ['等'];

/**
 * Groups a list of speakers closed by 等 may name (秦大河等专家表示, 某某等学者认为): the first of several speakers and the
 * kind of the rest, as the news names a panel; read only after 等, where the group word is no post of the name.
 */
export const SPEAKER_GROUPS_AFTER_LIST: readonly string[] = ['专家', '学者', '院士', '嘉宾', '领导', '同志', '企业家'];

/**
 * Verbs of holding a post that open a clause of time closed by 时 (在担任某省委书记时, 出任县长时): the Civil Servant Law's
 * 担任 and 任 (职务任免: a post is held by appointment) and 出任, as the news tells what a leader did in an earlier post.
 */
export const HELD_POST_VERBS: readonly string[] = ['担任', '出任', '任'];

/**
 * Function words a name before a title never starts with, though some are surnames elsewhere (由原厅长: 由 + 原厅长;
 * 请 of a host's 请周部长讲几句话, who invites a speaker by surname and post), and the personal pronouns: a speech speaks for its body in the first person (我谨代表生态环境部, 我代表市委), where
 * 代表 is the verb, not a deputy's title after a name.
 */
export const NOT_NAME_START = '由在对从把被将与及据经至到为是的让使给以自比那这该其请我你您他她';

/**
 * The endings of bodies whose head's title is the ending and 长 (局长 heads a 局, 厅长 a 厅, 处长 a 处, 站长 a 站), the
 * leading posts of the Civil Servant Law's organs and their units: a bare head's title at a clause's start belongs to
 * the body of the paragraph with that ending.
 */
export const HEADED_BODY_ENDINGS = '厅局处科所站院部';

/** Last characters of a body's name that stand alone for it before a title (厅党组成员: the department named before). */
export const SHORT_BODY_WORDS = '厅局部委院办司';

/**
 * Kinds of the coordinating bodies (议事协调机构: the State Council's and the provinces' 领导小组, 委员会, 指挥部) by which
 * a report names again a body it named in full before: 省委书记、领导小组组长某某 after 省生态环境保护工作领导小组 was named.
 * Official writing gives such a body's full name once and then its kind alone, as it does a department's last character.
 */
export const SHORT_BODY_KINDS: readonly string[] = ['领导小组', '指挥部', '委员会'];

/**
 * Prepositions that may open a clause before such a short body: 受 of 受…委托 (a meeting chaired on the head's behalf:
 * 受厅党组书记、厅长某某委托，…主持会议), 由 and 经.
 */
export const SHORT_BODY_PREPOSITIONS = '受由经';

/**
 * Demonstratives that point back to a body by its last character (该局副局长某某, 本厅厅长: the 局 named before): news
 * and official writing refer to a body already named this way; the demonstrative itself marks the reference, wherever
 * the clause stands.
 */
export const BODY_DEMONSTRATIVES = '该本';

/** Titles of an official the report does not name, as a speaker (有关负责人表示, 新闻发言人说). */
export const UNNAMED_SPEAKER_TITLES: readonly string[] = ['负责人', '新闻发言人', '发言人'];

/** Determiners by which the news names again an official it introduced without a name (这位负责人说, 该负责人表示). */
export const REFERRING_DETERMINERS: readonly string[] = ['这位', '该', '此位'];

/**
 * Groups of which the press cites an unnamed member (有政协委员表示, 有专家指出): deputies and members of the congresses
 * and the CPPCC, experts and scholars, people of a trade, officials and the public.
 */
export const INDEFINITE_SPEAKERS: readonly string[] = [
  '全国人大代表',
  '全国政协委员',
  '人大代表',
  '政协委员',
  '代表',
  '委员',
  '专家学者',
  '专家',
  '学者',
  '业内人士',
  '干部',
  '群众',
  '市民',
  '村民',
  '网友',
];

/** Titles of a deputy or member that run out of the national body's short name (全国 + 人大代表), by the prefix left. */
export const NATIONAL_MEMBER_TITLES: Readonly<Record<string, string>> = { 人大代表: '全国', 政协委员: '全国' };

/**
 * How award and commendation lists name a person who holds no post they print: by the unit and 的 (…环境监察大队的
 * 某某和…村的某某获先进个人荣誉称号), the unit being a body or a place. After 的 such a name is closed by a separator or
 * the verb of the award (获, 荣获, 被评为), and a village or community (村, 社区) may stand as the unit though no table
 * knows it (the Organic Law of Villagers' Committees; of Urban Residents' Committees).
 */
export const UNIT_MEMBER = {
  linker: '的',
  /** Verbs of an award before an honour in quotation marks, which then stands as the unit (获得“…”的某某). */
  awardVerbs: ['获得', '获评', '荣获', '被评为'],
  /** What closes a list of award winners printed as <body><name> (甲协会某某、乙服务队某某等6人获评…). */
  listTail: /^等\d{1,3}(?:人|名)/u,
  followers: ['和', '、', '，', '获', '荣获', '被评为', '被授予', '等'],
  unitEndings: ['村', '社区'],
  /** The post a SPEAKS_FOR needs where none is printed: a member of the unit (the review note says so). */
  title: '成员',
} as const;

/**
 * Posts of a team printed after the name with no body before it (某某组长通报…, 某某副组长): the team is the one the
 * paragraph names, a body whose name ends in the word given (an inspection team, 督察组; the Regulations on Central
 * Eco-Environmental Protection Inspection Work, 2019: 督察组设组长、副组长).
 */
export const TEAM_POSTS_AFTER_NAME: Readonly<Record<string, string>> = {
  组长: '组',
  副组长: '组',
  // A body's own release names its officials by the post after the name (某某副厅长领学) with the body named as the
  // paragraph's actor before: a post of the civil service's leading ranks is held in the body its own word heads
  // (厅长 a 厅, 局长 a 局: the bodies' 三定 provisions set each head's post by the body's kind).
  厅长: '厅',
  副厅长: '厅',
  局长: '局',
  副局长: '局',
};

/**
 * A member of a congress, a CPPCC or a committee printed right after its body (省政协委员某某, 市人大常委会委员某某): the
 * CPPCC Charter's and the Organic Laws' 委员. Elsewhere 委员 starts 委员会 and ends 政协委员, so it is a post only there.
 */
export const MEMBER_TITLE_AFTER_BODY: TitleWord = { word: '委员', en: 'Member' };

/**
 * Where a photo caption places a person (图为某某（左二）…; 左起：甲、乙): the position in brackets after the name, by
 * side and count or the middle, optionally by row, as news pages print their pictures' captions.
 */
export const CAPTION_POSITION = /^[（(](?:前排|后排|中排|第[一二三]排)?(?:[左右](?:[一二三四五六七八九十]{1,2}|起)|中)[）)]/u;

/** Words that may stand right before a name in a caption (图为某某, 左三为某某), besides a mark or the line's start. */
export const CAPTION_NAME_OPENERS: readonly string[] = ['图为', '为', '是', '和', '与', '同'];

/**
 * The formula that names the leaders of teams sent out (以某某、某某任组长的8个督察组; 以某某为团长的代表团): the Regulations on
 * Central Ecological and Environmental Protection Inspection (2019, art. 13) give each inspection team a 组长 and
 * 副组长, and the news of a team's dispatch names them in one run after 以 and before 任 or 为 and the post; a delegation's
 * 团长 and a working group's 队长 or 召集人 are named the same way.
 */
export const TEAM_LEADER_FORMULA = {
  opens: '以',
  verbs: ['担任', '任', '为'],
  posts: ['副组长', '组长', '副团长', '团长', '副队长', '队长', '召集人'],
} as const;
