/**
 * What a policy looks like in this genre: a title in 《》, a name ending in a head word (…攻坚战, …行动,
 * …制度, …改革, …规划), a quoted slogan before such a head (“放管服”改革), the five-year plans, and the
 * national campaigns and strategies every report names the same way.
 */

/** The kinds the seed format gives policies. */
export type PolicyKind =
  | 'campaign'
  | 'reform'
  | 'regulation'
  | 'legislation'
  | 'legislation-proposal'
  | 'system'
  | 'strategy'
  | 'standard'
  | 'pilot'
  | 'plan'
  | 'initiative'
  | 'mechanism';

/** A head word that ends a policy's name, and the kind it gives. */
export interface PolicyHead {
  head: string;
  kind: PolicyKind;
  en: string;
}

/** Head words of policy names, longest first. */
export const POLICY_HEADS: readonly PolicyHead[] = [
  { head: '攻坚战', kind: 'campaign', en: 'Campaign' },
  { head: '保卫战', kind: 'campaign', en: 'Protection Campaign' },
  { head: '攻坚行动', kind: 'campaign', en: 'Campaign' },
  { head: '专项行动', kind: 'campaign', en: 'Special Campaign' },
  { head: '专项整治', kind: 'campaign', en: 'Special Rectification' },
  { head: '排查整治', kind: 'campaign', en: 'Investigation and Remediation' },
  { head: '三年行动', kind: 'initiative', en: 'Three-Year Action' },
  { head: '行动计划', kind: 'plan', en: 'Action Plan' },
  { head: '行动', kind: 'campaign', en: 'Action' },
  { head: '大练兵', kind: 'campaign', en: 'Training Campaign' },
  { head: '大比武', kind: 'campaign', en: 'Skills Competition' },
  { head: '督察', kind: 'campaign', en: 'Inspection' },
  { head: '制度改革', kind: 'reform', en: 'System Reform' },
  { head: '改革', kind: 'reform', en: 'Reform' },
  { head: '制度', kind: 'system', en: 'System' },
  { head: '机制', kind: 'mechanism', en: 'Mechanism' },
  { head: '长制', kind: 'system', en: 'Chief System' },
  { head: '建设试点', kind: 'pilot', en: 'Pilot' },
  { head: '试点', kind: 'pilot', en: 'Pilot' },
  { head: '规划', kind: 'plan', en: 'Plan' },
  { head: '战略', kind: 'strategy', en: 'Strategy' },
  { head: '工程', kind: 'initiative', en: 'Project' },
  { head: '协同立法', kind: 'mechanism', en: 'Coordinated Legislation' },
  { head: '立法', kind: 'legislation-proposal', en: 'Legislation' },
  { head: '行业标准', kind: 'standard', en: 'Industry Standard' },
  { head: '综合治理', kind: 'campaign', en: 'Comprehensive Control' },
  { head: '专项治理', kind: 'campaign', en: 'Special Control' },
  { head: '网格化管理', kind: 'mechanism', en: 'Grid-based Management' },
  { head: '联动机制', kind: 'mechanism', en: 'Joint Mechanism' },
  { head: '协议', kind: 'initiative', en: 'Agreement' },
  { head: '方案', kind: 'plan', en: 'Plan' },
  { head: '正面清单', kind: 'mechanism', en: 'Positive List' },
  { head: '排放标准', kind: 'standard', en: 'Emission Standard' },
];

/** The kind of a titled document (《…》) by how its title ends, longest first; `plan` when none fits. */
export const TITLE_KINDS: readonly { ending: string; kind: PolicyKind }[] = [
  { ending: '法', kind: 'legislation' },
  { ending: '法（草案）', kind: 'legislation-proposal' },
  { ending: '条例', kind: 'regulation' },
  { ending: '办法', kind: 'regulation' },
  { ending: '规定', kind: 'regulation' },
  { ending: '细则', kind: 'regulation' },
  { ending: '标准', kind: 'standard' },
  { ending: '规范', kind: 'standard' },
  { ending: '制度', kind: 'system' },
  { ending: '机制', kind: 'mechanism' },
  { ending: '行动', kind: 'campaign' },
  { ending: '意见', kind: 'regulation' },
  { ending: '通知', kind: 'regulation' },
  { ending: '决定', kind: 'regulation' },
  { ending: '规划', kind: 'plan' },
  { ending: '方案', kind: 'plan' },
  { ending: '计划', kind: 'plan' },
  { ending: '协议', kind: 'initiative' },
];

/**
 * Titles in 《》 that are not policies: a report, a bulletin, a yearbook, a white or blue book (皮书, the genre of a
 * government's or an institute's report on a field) or a newspaper named in brackets; read before a bracketed edition
 * (…蓝皮书（2025）).
 */
export const NOT_POLICY_TITLES: readonly string[] = ['公报', '报告', '日报', '报', '年鉴', '白皮书', '蓝皮书', '杂志'];

/**
 * Verbs and adverbs that stand before a policy's name and are not part of it (打好污染防治攻坚战, 深入推进
 * 河长制): the name starts after the last of them.
 */
export const POLICY_LEADING_WORDS: readonly string[] = [
  '深入打好',
  '打好',
  '打赢',
  '决胜',
  '坚决',
  '深入推进',
  '推进',
  '深化',
  '持续深化',
  '实施',
  '开展',
  '推动',
  '持续',
  '全面',
  '加快',
  '加强',
  '落实',
  '建立',
  '建立健全',
  '健全',
  '完善',
  '制定',
  '印发',
  '出台',
  '启动',
  '参加',
  '参与',
  '围绕',
  '通过',
  '统筹推进',
  '统筹',
  '助力',
  '打造',
  '开创',
  '首次',
  '正式',
  '已',
  '将',
  '的',
  '和',
  '与',
  '及',
  '以',
  '为',
  '在',
  '把',
  '让',
  '对',
  '是',
  '了',
];

/**
 * Words before a head word that make a phrase, not a name (重大国家战略, 这项改革, 各项制度): the whole
 * modifier is one of these.
 */
export const NOT_POLICY_MODIFIERS: readonly string[] = [
  '重大国家',
  '国家',
  '重大',
  '重要',
  '有关',
  '相关',
  '各项',
  '这项',
  '该项',
  '此次',
  '本次',
  '上述',
  '一系列',
  '配套',
  '这一',
  '各类',
  '各地',
  '重点',
  '区域',
  '专项',
  '保持',
  '确保',
  // Generic pairs of the Party's and government's documents: 体制机制 (institutions and mechanisms), 政策机制, and the
  // evaluation of a work as a 民生工程 (a project for people's livelihood), which name no policy.
  '体制',
  '政策',
  '民生',
  '重大民生',
];

/** The longest a policy name found by its head may be, in characters. */
export const POLICY_NAME_MAX = 18;

/** A policy every report names the same way, with its English. */
export interface NamedPolicy {
  id: string;
  name: string;
  nameEn: string;
  kind: PolicyKind;
  aliases?: readonly string[];
}

/** National campaigns, strategies and slogans of the genre, each a line. */
export const NATIONAL_POLICIES: readonly NamedPolicy[] = [
  { id: 'policy:tough-battle-against-pollution', name: '污染防治攻坚战', nameEn: 'Tough Battle against Pollution', kind: 'campaign' },
  { id: 'policy:blue-sky-protection-campaign', name: '蓝天保卫战', nameEn: 'Blue Sky Protection Campaign', kind: 'campaign' },
  { id: 'policy:clear-water-protection-campaign', name: '碧水保卫战', nameEn: 'Clear Water Protection Campaign', kind: 'campaign' },
  { id: 'policy:clean-soil-protection-campaign', name: '净土保卫战', nameEn: 'Clean Soil Protection Campaign', kind: 'campaign' },
  { id: 'policy:river-chief-system', name: '河长制', nameEn: 'River chief system', kind: 'system' },
  { id: 'policy:lake-chief-system', name: '湖长制', nameEn: 'Lake chief system', kind: 'system' },
  { id: 'policy:forest-chief-system', name: '林长制', nameEn: 'Forest chief system', kind: 'system' },
  // The chief system carried to bays (the State Oceanic Administration's 2017 guiding opinions on piloting 湾长制,
  // taken up in the coastal provinces' beautiful-bay work): one character before 长制, which the head-word reader
  // leaves as too short a name.
  { id: 'policy:bay-chief-system', name: '湾长制', nameEn: 'Bay chief system', kind: 'system' },
  { id: 'policy:pollutant-discharge-permit-system', name: '排污许可制度', nameEn: 'Pollutant discharge permit system', kind: 'system' },
  {
    id: 'policy:streamline-administration-reform',
    name: '“放管服”改革',
    nameEn: 'Reform to streamline administration, delegate power, strengthen regulation and improve services',
    kind: 'reform',
  },
  { id: 'policy:northern-clean-heating-pilot', name: '北方地区清洁取暖试点', nameEn: 'Clean heating pilot in northern China', kind: 'pilot' },
  {
    id: 'policy:eco-environmental-damage-compensation-reform',
    name: '生态环境损害赔偿制度改革',
    nameEn: 'Reform of compensation for eco-environmental damage',
    kind: 'reform',
  },
  {
    id: 'policy:yangtze-river-protection-campaign',
    name: '长江保护修复攻坚战',
    nameEn: 'Yangtze River protection and restoration campaign',
    kind: 'campaign',
  },
  { id: 'policy:waste-free-city-pilot', name: '“无废城市”建设试点', nameEn: '"Waste-free city" pilot', kind: 'pilot' },
  {
    id: 'policy:diesel-truck-pollution-control-campaign',
    name: '柴油货车污染治理攻坚战',
    nameEn: 'Diesel truck pollution control campaign',
    kind: 'campaign',
  },
  {
    id: 'policy:central-eco-environmental-inspection',
    name: '中央生态环境保护督察',
    nameEn: 'Central ecological and environmental protection inspection',
    kind: 'campaign',
  },
  {
    id: 'policy:comprehensive-strict-party-governance',
    name: '全面从严治党',
    nameEn: 'Exercising full and rigorous governance over the Party',
    kind: 'strategy',
  },
  {
    id: 'policy:moderately-prosperous-society',
    name: '全面建成小康社会',
    nameEn: 'Completing the building of a moderately prosperous society in all respects',
    kind: 'strategy',
  },
  {
    id: 'policy:modernization-of-eco-environmental-governance',
    name: '生态环境治理体系和治理能力现代化',
    nameEn: 'Modernization of the ecological-environment governance system and governance capacity',
    kind: 'strategy',
  },
  {
    id: 'policy:yellow-river-basin-strategy',
    name: '黄河流域生态保护和高质量发展',
    nameEn: 'Ecological Protection and High-Quality Development of the Yellow River Basin',
    kind: 'strategy',
  },
  {
    id: 'policy:yangtze-river-economic-belt-development',
    name: '长江经济带发展',
    nameEn: 'Development of the Yangtze River Economic Belt',
    kind: 'strategy',
  },
  {
    id: 'policy:beijing-tianjin-hebei-coordinated-development',
    name: '京津冀协同发展',
    nameEn: 'Coordinated development of Beijing, Tianjin and Hebei',
    kind: 'strategy',
  },
  {
    id: 'policy:carbon-peak-and-neutrality',
    name: '碳达峰碳中和',
    nameEn: 'Carbon peaking and carbon neutrality',
    kind: 'strategy',
    aliases: ['碳达峰、碳中和', '双碳'],
  },
  // The two principles of the Party's and government's responsibility for the environment, named together in the CPC
  // Central Committee and State Council's 2018 opinion on comprehensively strengthening ecological and environmental
  // protection (生态环境保护党政同责、一岗双责) and applied by the 2015 measures on accountability of Party and government
  // leaders for ecological damage and the central inspection's rules (2019); reports print them quoted, together or apart.
  { id: 'policy:party-government-same-responsibility', name: '党政同责', nameEn: 'Same responsibility of Party and government', kind: 'mechanism' },
  { id: 'policy:one-post-two-responsibilities', name: '一岗双责', nameEn: 'One post, two responsibilities', kind: 'mechanism' },
  { id: 'policy:rural-revitalization-strategy', name: '乡村振兴战略', nameEn: 'Rural revitalization strategy', kind: 'strategy' },
  { id: 'policy:12th-five-year-plan', name: '十二五', nameEn: '12th Five-Year Plan', kind: 'plan', aliases: ['“十二五”规划', '“十二五”'] },
  { id: 'policy:13th-five-year-plan', name: '“十三五”规划', nameEn: '13th Five-Year Plan', kind: 'plan', aliases: ['十三五', '“十三五”'] },
  { id: 'policy:14th-five-year-plan', name: '十四五', nameEn: '14th Five-Year Plan', kind: 'plan', aliases: ['“十四五”规划', '“十四五”'] },
  { id: 'policy:15th-five-year-plan', name: '十五五', nameEn: '15th Five-Year Plan', kind: 'plan', aliases: ['“十五五”规划', '“十五五”'] },
  // The learning and education campaigns the CPC Central Committee launched in every party organization, one after
  // another (the mass-line education and practice activity 2013, 三严三实 2015, 两学一做 2016, the 不忘初心、牢记使命
  // theme education 2019, 党史学习教育 2021): a department's or bureau's party-group meetings and study sessions tell
  // their work by them, as they tell it by the pollution campaigns.
  {
    id: 'policy:mass-line-education-activity',
    name: '党的群众路线教育实践活动',
    nameEn: 'Mass-line education and practice activity',
    kind: 'campaign',
  },
  { id: 'policy:three-stricts-three-earnests', name: '三严三实', nameEn: 'Three Stricts and Three Earnests education', kind: 'campaign' },
  { id: 'policy:two-studies-one-action', name: '两学一做', nameEn: 'Two Studies, One Action education', kind: 'campaign' },
  {
    id: 'policy:stay-true-to-mission-theme-education',
    name: '不忘初心、牢记使命主题教育',
    nameEn: 'Theme education "Stay true to our founding mission"',
    kind: 'campaign',
  },
  { id: 'policy:party-history-learning-education', name: '党史学习教育', nameEn: 'Party history learning and education', kind: 'campaign' },
];

/**
 * Verbs by which a region or body carries out a policy (山东省持续深化“放管服”改革): a subject, one of these,
 * then the policy in the same clause make an IMPLEMENTS relation.
 */
export const IMPLEMENT_VERBS: readonly string[] = [
  '深化',
  '推进',
  '实施',
  '开展',
  '推动',
  '落实',
  '坚持',
  '建立',
  '制定',
  '印发',
  '出台',
  '研发',
  '探索',
  '启动',
  '执行',
  '打好',
  '打赢',
  '完成',
  '建设',
  '贯彻',
  '推广',
  '推行',
  '实行',
  '签署',
  '签订',
  '编制',
  '抓好',
  '围绕',
  '审议通过',
  '原则通过',
  '举办',
  '部署',
  '发布',
];

/**
 * The frame 以…为主线 (以长江保护修复攻坚战为主线): the subject takes the policy as the line of its work, which
 * counts as carrying it out. These words follow 为.
 */
export const GUIDING_FRAME_WORDS: readonly string[] = ['总抓手', '抓手', '主线', '引领', '重点', '核心', '突破口', '牵引', '统领'];

/**
 * Words that may stand between the start of a clause and its subject without making the subject an object
 * or a modifier: times (2021年, 去年以来, 6月7日至11日), sequence words (同时, 一是) and adverbs (还, 正在).
 * A place or body after anything else (对海南省, 在河北省督察工作动员会上, 完成巢湖流域…) is not who acts.
 */
export const SUBJECT_PREFIX = new RegExp(
  `^(?:${[
    '\\d{4}年(?:\\d{1,2}月)?(?:以来|底前|底|上半年|下半年|前)?',
    '\\d{1,2}月(?:\\d{1,2}日)?(?:至\\d{1,2}(?:月)?(?:\\d{1,2})?日)?',
    '[去今明]年(?:以来|底|初)?',
    '近年来|近期|近日|目前|日前|同时|此外|另外|下一步|其中|为此|对此|据悉|据了解|[一二三四五六七八九十]是',
    '将|还|已|已经|正|正在|也|要|先后|分别|共同|率先|积极|重点|全面|进一步|持续|继续|首次|均|都|年内|同期|将于',
    '[，、\\s]',
  ].join('|')})*$`,
  'u',
);

/** Words that join two subjects of one clause: 生态环境部与河北省人民政府, 省生态环境厅将联合省气象局. */
export const SUBJECT_JOINERS = /^(?:将|还|已)?(?:、|和|与|及|以及|同|联合|会同|携手)?$/u;

/** Verbs that make the next place or body the doer of what follows: 指导云屏制定…方案, 督促企业落实…. */
export const CAUSATIVE_END = /(?:指导|帮助|督促|支持|协助|引导|推动)$/u;

/** What may stand between the places of 在X、Y等地开展 and the verb: 等地, 等城市和火电、钢铁等重点行业. */
export const PLACE_LIST_TAIL = /^(?:等[^，；。在对]{0,24})?$/u;

/**
 * The collective nouns that close a counted list of campaigns (推进A、B、C等8个标志性“战役”, 开展A、B等三大专项行动):
 * since the Central Committee and State Council's opinions on the tough battle against pollution (2018, 2021) laid
 * it out in named 标志性战役 and 攻坚战, the press lists them by name and closes the list with 等 + a count + the
 * noun, so each item of the list is a campaign. An adjective of rank may come before the noun (标志性, 重点, 专项).
 */
export const COUNTED_CAMPAIGN_NOUNS: readonly string[] = ['战役', '攻坚战', '保卫战', '攻坚行动', '专项行动', '行动'];
