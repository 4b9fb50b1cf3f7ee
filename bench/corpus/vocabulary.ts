/**
 * The words synthetic reports are made of: names with their pinyin, the ministry's units, themes,
 * national and local policies, the indicators statistics measure, and sentence templates. Ids shared
 * with the real report are the real report's ids, so its themes and campaigns recur across documents.
 */

/** A Chinese character or surname with its Hanyu Pinyin (tone marks, lower case). */
export type Syllable = readonly [hanzi: string, pinyin: string];

/** Common surnames. */
export const SURNAMES: readonly Syllable[] = [
  ['王', 'wáng'],
  ['李', 'lǐ'],
  ['张', 'zhāng'],
  ['刘', 'liú'],
  ['陈', 'chén'],
  ['杨', 'yáng'],
  ['黄', 'huáng'],
  ['赵', 'zhào'],
  ['吴', 'wú'],
  ['周', 'zhōu'],
  ['徐', 'xú'],
  ['孙', 'sūn'],
  ['马', 'mǎ'],
  ['朱', 'zhū'],
  ['胡', 'hú'],
  ['郭', 'guō'],
  ['何', 'hé'],
  ['高', 'gāo'],
  ['林', 'lín'],
  ['罗', 'luó'],
  ['郑', 'zhèng'],
  ['梁', 'liáng'],
  ['谢', 'xiè'],
  ['宋', 'sòng'],
  ['唐', 'táng'],
  ['许', 'xǔ'],
  ['韩', 'hán'],
  ['冯', 'féng'],
  ['邓', 'dèng'],
  ['曹', 'cáo'],
  ['彭', 'péng'],
  ['曾', 'zēng'],
  ['肖', 'xiāo'],
  ['田', 'tián'],
  ['董', 'dǒng'],
  ['袁', 'yuán'],
  ['潘', 'pān'],
  ['于', 'yú'],
  ['蒋', 'jiǎng'],
  ['蔡', 'cài'],
  ['杜', 'dù'],
  ['叶', 'yè'],
  ['程', 'chéng'],
  ['苏', 'sū'],
  ['魏', 'wèi'],
  ['丁', 'dīng'],
  ['任', 'rén'],
  ['沈', 'shěn'],
  ['姚', 'yáo'],
  ['卢', 'lú'],
  ['姜', 'jiāng'],
  ['崔', 'cuī'],
  ['钟', 'zhōng'],
  ['谭', 'tán'],
  ['陆', 'lù'],
  ['汪', 'wāng'],
  ['范', 'fàn'],
  ['石', 'shí'],
  ['廖', 'liào'],
  ['贾', 'jiǎ'],
  ['夏', 'xià'],
  ['方', 'fāng'],
  ['白', 'bái'],
  ['邹', 'zōu'],
  ['孟', 'mèng'],
  ['熊', 'xióng'],
  ['秦', 'qín'],
  ['邱', 'qiū'],
  ['江', 'jiāng'],
  ['尹', 'yǐn'],
  ['薛', 'xuē'],
  ['段', 'duàn'],
  ['雷', 'léi'],
  ['侯', 'hóu'],
  ['龙', 'lóng'],
  ['史', 'shǐ'],
  ['陶', 'táo'],
  ['贺', 'hè'],
  ['顾', 'gù'],
  ['毛', 'máo'],
  ['郝', 'hǎo'],
  ['龚', 'gōng'],
  ['邵', 'shào'],
  ['万', 'wàn'],
  ['钱', 'qián'],
  ['严', 'yán'],
  ['武', 'wǔ'],
  ['戴', 'dài'],
];

/** Characters of given names. */
export const GIVEN_NAME_CHARACTERS: readonly Syllable[] = [
  ['伟', 'wěi'],
  ['芳', 'fāng'],
  ['娜', 'nà'],
  ['敏', 'mǐn'],
  ['静', 'jìng'],
  ['丽', 'lì'],
  ['强', 'qiáng'],
  ['磊', 'lěi'],
  ['军', 'jūn'],
  ['洋', 'yáng'],
  ['勇', 'yǒng'],
  ['艳', 'yàn'],
  ['杰', 'jié'],
  ['涛', 'tāo'],
  ['明', 'míng'],
  ['超', 'chāo'],
  ['秀', 'xiù'],
  ['霞', 'xiá'],
  ['平', 'píng'],
  ['刚', 'gāng'],
  ['桂', 'guì'],
  ['英', 'yīng'],
  ['华', 'huá'],
  ['建', 'jiàn'],
  ['国', 'guó'],
  ['文', 'wén'],
  ['红', 'hóng'],
  ['志', 'zhì'],
  ['海', 'hǎi'],
  ['宏', 'hóng'],
  ['斌', 'bīn'],
  ['峰', 'fēng'],
  ['波', 'bō'],
  ['辉', 'huī'],
  ['鹏', 'péng'],
  ['宇', 'yǔ'],
  ['晨', 'chén'],
  ['佳', 'jiā'],
  ['欣', 'xīn'],
  ['琳', 'lín'],
  ['雪', 'xuě'],
  ['梅', 'méi'],
  ['荣', 'róng'],
  ['东', 'dōng'],
  ['春', 'chūn'],
  ['庆', 'qìng'],
  ['卫', 'wèi'],
  ['振', 'zhèn'],
  ['德', 'dé'],
  ['良', 'liáng'],
  ['金', 'jīn'],
  ['玉', 'yù'],
  ['光', 'guāng'],
  ['成', 'chéng'],
  ['立', 'lì'],
  ['学', 'xué'],
  ['丹', 'dān'],
  ['晓', 'xiǎo'],
  ['慧', 'huì'],
  ['凯', 'kǎi'],
  ['博', 'bó'],
  ['毅', 'yì'],
  ['琪', 'qí'],
  ['亮', 'liàng'],
  ['松', 'sōng'],
  ['清', 'qīng'],
  ['正', 'zhèng'],
  ['安', 'ān'],
  ['永', 'yǒng'],
  ['新', 'xīn'],
];

/** A curated entity of a pool shared across documents. */
export interface SharedEntity {
  id: string;
  name: string;
  nameEn: string;
}

/** A unit of the Ministry of Ecology and Environment (PART_OF organization:mee). */
export interface MinistryUnit extends SharedEntity {
  /** The head's title (司长 for a department, 局长 for a bureau). */
  headTitle: readonly [title: string, titleEn: string];
}

/** The ministry, which every document names. */
export const MINISTRY: SharedEntity = { id: 'organization:mee', name: '生态环境部', nameEn: 'Ministry of Ecology and Environment' };

/** A ministry leader who recurs across reports (fictional test data): one id in every report, the post by year. */
export interface RecurringOfficial {
  id: string;
  name: string;
  /** Hanyu Pinyin with tone marks, surname first. */
  pinyin: string;
  /** The posts held, each from its first to its last year (inclusive); the years do not overlap. */
  posts: readonly { from: number; to: number; title: readonly [title: string, titleEn: string] }[];
}

/**
 * The ministry's leaders who open the meetings, so the same person is named by hundreds of reports and a title
 * changes between years, as Person.positions and Organization.members(asOf) are asked about: 卓明远 is chief
 * engineer until 2019 and vice minister from 2020. Fictional, with surnames the drawn names never use, so no drawn
 * person shares a name with them.
 */
export const MINISTRY_LEADERS: readonly RecurringOfficial[] = [
  {
    id: 'person:synthetic-zhuo-mingyuan',
    name: '卓明远',
    pinyin: 'Zhuó Míngyuǎn',
    posts: [
      { from: 2016, to: 2019, title: ['总工程师', 'Chief Engineer'] },
      { from: 2020, to: 2024, title: ['副部长', 'Vice Minister'] },
    ],
  },
  { id: 'person:synthetic-min-jiahe', name: '闵嘉禾', pinyin: 'Mǐn Jiāhé', posts: [{ from: 2016, to: 2021, title: ['副部长', 'Vice Minister'] }] },
  {
    id: 'person:synthetic-qiao-shuyan',
    name: '乔书言',
    pinyin: 'Qiáo Shūyán',
    posts: [{ from: 2022, to: 2024, title: ['副部长', 'Vice Minister'] }],
  },
];

/** The newspaper whose reporters write the reports. */
export const NEWSPAPER: SharedEntity = { id: 'organization:china-environment-news', name: '中国环境报', nameEn: 'China Environment News' };

const department: MinistryUnit['headTitle'] = ['司长', 'Director-General'];
const bureau: MinistryUnit['headTitle'] = ['局长', 'Director-General'];

/** Departments and regional inspection bureaus of the ministry. */
export const MINISTRY_UNITS: readonly MinistryUnit[] = [
  {
    id: 'organization:mee-bureau-of-ecological-and-environmental-enforcement',
    name: '生态环境执法局',
    nameEn: 'Bureau of Ecological and Environmental Enforcement',
    headTitle: bureau,
  },
  { id: 'organization:mee-south-china-inspection-bureau', name: '华南督察局', nameEn: 'South China Inspection Bureau', headTitle: bureau },
  { id: 'organization:mee-north-china-inspection-bureau', name: '华北督察局', nameEn: 'North China Inspection Bureau', headTitle: bureau },
  { id: 'organization:mee-east-china-inspection-bureau', name: '华东督察局', nameEn: 'East China Inspection Bureau', headTitle: bureau },
  { id: 'organization:mee-northwest-inspection-bureau', name: '西北督察局', nameEn: 'Northwest Inspection Bureau', headTitle: bureau },
  { id: 'organization:mee-southwest-inspection-bureau', name: '西南督察局', nameEn: 'Southwest Inspection Bureau', headTitle: bureau },
  { id: 'organization:mee-northeast-inspection-bureau', name: '东北督察局', nameEn: 'Northeast Inspection Bureau', headTitle: bureau },
  {
    id: 'organization:mee-department-of-marine-ecology-and-environment',
    name: '海洋生态环境司',
    nameEn: 'Department of Marine Ecology and Environment',
    headTitle: department,
  },
  {
    id: 'organization:mee-department-of-atmospheric-environment',
    name: '大气环境司',
    nameEn: 'Department of Atmospheric Environment',
    headTitle: department,
  },
  {
    id: 'organization:mee-department-of-water-ecology-and-environment',
    name: '水生态环境司',
    nameEn: 'Department of Water Ecology and Environment',
    headTitle: department,
  },
  {
    id: 'organization:mee-department-of-soil-ecology-and-environment',
    name: '土壤生态环境司',
    nameEn: 'Department of Soil Ecology and Environment',
    headTitle: department,
  },
  {
    id: 'organization:mee-department-of-eco-environmental-monitoring',
    name: '生态环境监测司',
    nameEn: 'Department of Eco-environmental Monitoring',
    headTitle: department,
  },
];

/** A theme with its one-sentence English description. */
export interface ThemeEntry extends SharedEntity {
  description: string;
}

/** Themes speakers raise; the first fourteen are the real report's. */
export const THEMES: readonly ThemeEntry[] = [
  {
    id: 'theme:precise-pollution-control',
    name: '精准治污',
    nameEn: 'Precise pollution control',
    description: 'Targeting pollution control precisely.',
  },
  {
    id: 'theme:scientific-pollution-control',
    name: '科学治污',
    nameEn: 'Science-based pollution control',
    description: 'Pollution control guided by science.',
  },
  {
    id: 'theme:law-based-pollution-control',
    name: '依法治污',
    nameEn: 'Law-based pollution control',
    description: 'Pollution control under the rule of law.',
  },
  {
    id: 'theme:pollution-control-battle',
    name: '治污攻坚',
    nameEn: 'The battle against pollution',
    description: 'The campaign to win the battle against pollution.',
  },
  {
    id: 'theme:eco-environmental-iron-army',
    name: '生态环保铁军',
    nameEn: 'Eco-environmental iron army',
    description: 'Building a disciplined eco-environmental workforce.',
  },
  { id: 'theme:work-style', name: '作风建设', nameEn: 'Work style', description: 'Improving the conduct of officials.' },
  {
    id: 'theme:inspection-rectification',
    name: '督察整改',
    nameEn: 'Inspection and rectification',
    description: 'Fixing the problems inspections find.',
  },
  { id: 'theme:supervision', name: '监督', nameEn: 'Supervision', description: 'Oversight of officials and bodies.' },
  { id: 'theme:informatization', name: '信息化', nameEn: 'Informatization', description: 'Using information technology in environmental work.' },
  { id: 'theme:source-control', name: '源头防控', nameEn: 'Source control', description: 'Preventing pollution at its source.' },
  {
    id: 'theme:environmental-quality-improvement',
    name: '生态环境质量改善',
    nameEn: 'Improving environmental quality',
    description: 'Making air, water and soil cleaner.',
  },
  {
    id: 'theme:high-quality-development',
    name: '高质量发展',
    nameEn: 'High-quality development',
    description: 'Growth that is cleaner and more efficient.',
  },
  {
    id: 'theme:grassroots-work',
    name: '基层生态环境保护工作',
    nameEn: 'Grassroots environmental work',
    description: 'Environmental work at township level.',
  },
  {
    id: 'theme:monitoring-data-quality',
    name: '监测数据',
    nameEn: 'Monitoring data quality',
    description: 'Keeping monitoring data true and reliable.',
  },
  {
    id: 'theme:green-development',
    name: '绿色发展',
    nameEn: 'Green development',
    description: 'Development that uses fewer resources and pollutes less.',
  },
  {
    id: 'theme:ecological-civilization',
    name: '生态文明建设',
    nameEn: 'Ecological civilization',
    description: 'Building an ecological civilization.',
  },
  {
    id: 'theme:environmental-risk-prevention',
    name: '环境风险防控',
    nameEn: 'Environmental risk prevention',
    description: 'Preventing and controlling environmental risks and accidents.',
  },
  { id: 'theme:emission-reduction', name: '污染减排', nameEn: 'Emission reduction', description: 'Cutting the discharge of pollutants.' },
  {
    id: 'theme:regional-coordination',
    name: '区域协同',
    nameEn: 'Regional coordination',
    description: 'Neighbouring regions controlling pollution together.',
  },
  {
    id: 'theme:public-participation',
    name: '公众参与',
    nameEn: 'Public participation',
    description: 'Involving the public in environmental protection.',
  },
  { id: 'theme:ecological-restoration', name: '生态修复', nameEn: 'Ecological restoration', description: 'Restoring damaged ecosystems.' },
  {
    id: 'theme:rural-environment',
    name: '农村环境整治',
    nameEn: 'Rural environmental improvement',
    description: 'Cleaning up the rural living environment.',
  },
  { id: 'theme:solid-waste', name: '固体废物污染防治', nameEn: 'Solid waste pollution control', description: 'Preventing pollution by solid waste.' },
  { id: 'theme:enforcement', name: '执法监管', nameEn: 'Enforcement and supervision', description: 'Enforcing environmental law on polluters.' },
  { id: 'theme:capacity-building', name: '能力建设', nameEn: 'Capacity building', description: 'Strengthening the means of environmental bodies.' },
  {
    id: 'theme:water-environment',
    name: '水环境治理',
    nameEn: 'Water environment governance',
    description: 'Cleaning rivers, lakes and coastal waters.',
  },
  { id: 'theme:air-pollution-control', name: '大气污染治理', nameEn: 'Air pollution control', description: 'Cutting air pollution.' },
];

/** A policy with its kind. */
export interface PolicyEntry extends SharedEntity {
  kind: string;
}

/** National campaigns and systems that many regions implement; some are the real report's. */
export const NATIONAL_POLICIES: readonly PolicyEntry[] = [
  { id: 'policy:tough-battle-against-pollution', name: '污染防治攻坚战', nameEn: 'Tough Battle against Pollution', kind: 'campaign' },
  { id: 'policy:blue-sky-protection-campaign', name: '蓝天保卫战', nameEn: 'Blue Sky Protection Campaign', kind: 'campaign' },
  { id: 'policy:clear-water-protection-campaign', name: '碧水保卫战', nameEn: 'Clear Water Protection Campaign', kind: 'campaign' },
  { id: 'policy:clean-soil-protection-campaign', name: '净土保卫战', nameEn: 'Clean Soil Protection Campaign', kind: 'campaign' },
  { id: 'policy:river-chief-system', name: '河长制', nameEn: 'River chief system', kind: 'system' },
  { id: 'policy:pollutant-discharge-permit-system', name: '排污许可制度', nameEn: 'Pollutant discharge permit system', kind: 'system' },
  { id: 'policy:streamline-administration-reform', name: '“放管服”改革', nameEn: 'Reform to streamline administration', kind: 'reform' },
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
];

/** The stem of a local policy: a region and a year come before it (石家庄市2019年大气污染综合治理方案). */
export interface PolicyStem {
  name: string;
  nameEn: string;
  kind: string;
}

/** Local plans, rules and mechanisms. */
export const LOCAL_POLICY_STEMS: readonly PolicyStem[] = [
  { name: '大气污染综合治理方案', nameEn: 'air pollution control plan', kind: 'plan' },
  { name: '水污染防治工作方案', nameEn: 'water pollution prevention plan', kind: 'plan' },
  { name: '土壤污染防治行动计划', nameEn: 'soil pollution action plan', kind: 'plan' },
  { name: '工业企业错峰生产方案', nameEn: 'staggered industrial production scheme', kind: 'mechanism' },
  { name: '重污染天气应急预案', nameEn: 'heavy pollution weather emergency plan', kind: 'plan' },
  { name: '督察整改工作方案', nameEn: 'inspection rectification plan', kind: 'plan' },
  { name: '生态环境监测网络建设方案', nameEn: 'monitoring network construction plan', kind: 'initiative' },
  { name: '生态环境执法监督办法', nameEn: 'enforcement supervision measures', kind: 'regulation' },
  { name: '网格化环境监管制度', nameEn: 'grid-based environmental supervision system', kind: 'system' },
  { name: '流域生态补偿机制', nameEn: 'river basin ecological compensation mechanism', kind: 'mechanism' },
  { name: '排污权交易试点', nameEn: 'emission rights trading pilot', kind: 'pilot' },
  { name: '企业环境信用评价制度', nameEn: 'corporate environmental credit rating system', kind: 'system' },
  { name: '农村生活污水治理三年行动', nameEn: 'three-year rural sewage treatment action', kind: 'initiative' },
  { name: '生态环境分区管控方案', nameEn: 'zone-based eco-environmental control plan', kind: 'plan' },
  { name: '挥发性有机物治理攻坚行动', nameEn: 'volatile organic compounds control campaign', kind: 'campaign' },
  { name: '扬尘污染防治办法', nameEn: 'dust pollution control measures', kind: 'regulation' },
  { name: '入河排污口整治行动', nameEn: 'river outfall rectification campaign', kind: 'campaign' },
  { name: '生态环境损害赔偿实施方案', nameEn: 'eco-environmental damage compensation scheme', kind: 'reform' },
  { name: '清洁能源替代工程', nameEn: 'clean energy substitution project', kind: 'initiative' },
  { name: '环保设施向公众开放工作方案', nameEn: 'plan to open environmental facilities to the public', kind: 'initiative' },
];

/** What a statistic measures, its unit, and the range its values fall in. */
export interface Indicator {
  indicator: string;
  indicatorEn: string;
  unit: string;
  unitEn: string;
  min: number;
  max: number;
  decimals: number;
  /** Unit of the year-on-year change the text gives. */
  changeUnit: '%' | '个百分点';
}

/** Indicators of environmental quality and enforcement. */
export const INDICATORS: readonly Indicator[] = [
  {
    indicator: 'PM2.5平均浓度',
    indicatorEn: 'Average PM2.5 concentration',
    unit: '微克/立方米',
    unitEn: 'μg/m³',
    min: 22,
    max: 78,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '优良天数比例',
    indicatorEn: 'Share of days with good air quality',
    unit: '%',
    unitEn: '%',
    min: 55,
    max: 98,
    decimals: 1,
    changeUnit: '个百分点',
  },
  { indicator: '重污染天数', indicatorEn: 'Days of heavy pollution', unit: '天', unitEn: 'days', min: 1, max: 35, decimals: 0, changeUnit: '%' },
  {
    indicator: '地表水优良水质断面比例',
    indicatorEn: 'Share of surface-water sections of good quality',
    unit: '%',
    unitEn: '%',
    min: 52,
    max: 99,
    decimals: 1,
    changeUnit: '个百分点',
  },
  {
    indicator: '劣Ⅴ类水体比例',
    indicatorEn: 'Share of water worse than Class V',
    unit: '%',
    unitEn: '%',
    min: 0.5,
    max: 12,
    decimals: 1,
    changeUnit: '个百分点',
  },
  {
    indicator: '城市黑臭水体消除比例',
    indicatorEn: 'Share of urban black and odorous water bodies eliminated',
    unit: '%',
    unitEn: '%',
    min: 70,
    max: 100,
    decimals: 1,
    changeUnit: '个百分点',
  },
  {
    indicator: '集中式饮用水水源水质达标率',
    indicatorEn: 'Compliance of centralised drinking-water sources',
    unit: '%',
    unitEn: '%',
    min: 90,
    max: 100,
    decimals: 1,
    changeUnit: '个百分点',
  },
  {
    indicator: '查处环境违法案件',
    indicatorEn: 'Environmental violations handled',
    unit: '件',
    unitEn: 'cases',
    min: 80,
    max: 3200,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '罚没款金额',
    indicatorEn: 'Fines and confiscations',
    unit: '万元',
    unitEn: '10,000 yuan',
    min: 300,
    max: 32000,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '完成清洁取暖改造',
    indicatorEn: 'Households converted to clean heating',
    unit: '户',
    unitEn: 'households',
    min: 5000,
    max: 480000,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '新建改造污水管网',
    indicatorEn: 'Sewers built or upgraded',
    unit: '公里',
    unitEn: 'km',
    min: 40,
    max: 2200,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '关停取缔“散乱污”企业',
    indicatorEn: 'Scattered and polluting enterprises closed',
    unit: '家',
    unitEn: 'enterprises',
    min: 30,
    max: 3500,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '受理环境信访举报',
    indicatorEn: 'Environmental complaints received',
    unit: '件',
    unitEn: 'cases',
    min: 200,
    max: 26000,
    decimals: 0,
    changeUnit: '%',
  },
  {
    indicator: '完成督察整改任务',
    indicatorEn: 'Inspection rectification tasks completed',
    unit: '项',
    unitEn: 'items',
    min: 20,
    max: 900,
    decimals: 0,
    changeUnit: '%',
  },
  { indicator: '森林覆盖率', indicatorEn: 'Forest coverage', unit: '%', unitEn: '%', min: 8, max: 66, decimals: 1, changeUnit: '个百分点' },
];

/** Kinds of meeting a report covers. */
export const MEETING_KINDS: readonly (readonly [name: string, nameEn: string])[] = [
  ['生态环境保护工作会议', 'ecological environment protection work conference'],
  ['大气污染防治工作推进会', 'air pollution prevention progress meeting'],
  ['水生态环境保护工作会议', 'water ecology and environment protection conference'],
  ['生态环境保护督察整改推进会', 'inspection rectification progress meeting'],
  ['土壤污染防治工作会议', 'soil pollution prevention conference'],
  ['生态环境监测工作会议', 'eco-environmental monitoring conference'],
];

/** Quotes; {theme}, {policy} and {region} are filled with names from the document. */
export const QUOTE_TEMPLATES: readonly string[] = [
  '{theme}是今年工作的重中之重，我们将以{policy}为抓手，全力推动{region}生态环境质量持续改善。',
  '今年我们要在{theme}上下更大功夫，把{policy}的各项任务落到实处，让群众看到实实在在的变化。',
  '做好{theme}，关键在于抓住重点区域、重点行业和重点时段，{region}将持续深化{policy}。',
  '我们深刻认识到，{theme}没有捷径可走，必须久久为功，{policy}一刻也不能放松。',
  '要把{theme}贯穿到{policy}全过程，{region}有信心、有决心完成今年的目标任务。',
  '下一步，{region}将围绕{theme}，加快补齐短板，推动{policy}取得新成效。',
  '过去一年，{region}坚持{theme}，{policy}取得了阶段性成效，但任务依然艰巨。',
  '{policy}进入关键期，{region}将以{theme}为主线，一项一项抓落实。',
];

/** Reported speech; the same slots. */
export const PARAPHRASE_TEMPLATES: readonly string[] = [
  '{region}将把{theme}作为今年工作的主线，持续深化{policy}',
  '要坚持问题导向，以{policy}为抓手，推动{theme}取得新进展',
  '{region}已把{policy}纳入年度考核，以考核促{theme}',
  '{theme}既要治标更要治本，{region}将统筹推进{policy}',
];
