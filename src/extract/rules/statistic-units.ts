/**
 * What makes a number a statistic: the units reports measure in, the words that qualify a figure (约, 近,
 * 多), the words of change (同比下降), ranks (排名第五) and periods (2019年1月-11月, 去年). Each table is
 * matched longest first.
 */

/** A unit as the report writes it and its English. */
export interface StatisticUnit {
  unit: string;
  en: string;
}

/**
 * Units, longest first where one is the start of another (个百分点 before 个). A scale word before a unit
 * multiplies the value and keeps the unit, as the seed format asks: 约2.8万公里 is 28,000 公里, 1.37亿元 is
 * 137,000,000 元.
 */
export const STATISTIC_UNITS: readonly StatisticUnit[] = [
  // Concentrations and shares.
  { unit: '微克/立方米', en: 'μg/m³' },
  { unit: '毫克/立方米', en: 'mg/m³' },
  { unit: '毫克/升', en: 'mg/L' },
  { unit: '个百分点', en: 'percentage points' },
  { unit: '百分点', en: 'percentage points' },
  { unit: '%', en: '%' },
  { unit: '％', en: '%' },
  { unit: '倍', en: 'times' },
  // Money, with its usual scale words.
  { unit: '元', en: 'yuan' },
  // Mass, energy, length, area, volume.
  { unit: '吨标准煤', en: 'tonnes of standard coal' },
  { unit: '吨', en: 't' },
  { unit: '千瓦时', en: 'kWh' },
  { unit: '千瓦', en: 'kW' },
  { unit: '平方公里', en: 'km²' },
  { unit: '平方千米', en: 'km²' },
  { unit: '平方米', en: 'm²' },
  { unit: '公里', en: 'km' },
  { unit: '千米', en: 'km' },
  { unit: '米', en: 'm' },
  { unit: '公顷', en: 'ha' },
  { unit: '亩', en: 'mu' },
  { unit: '立方米', en: 'm³' },
  // Time.
  { unit: '年一遇', en: 'once-in-N-years event' },
  { unit: '周年', en: 'years (anniversary)' },
  { unit: '个月', en: 'months' },
  { unit: '小时', en: 'hours' },
  { unit: '天', en: 'days' },
  { unit: '年', en: 'years' },
  // Counts: the classifiers of things counted.
  { unit: '人次', en: 'person-times' },
  { unit: '家次', en: 'enterprise-times' },
  { unit: '人', en: 'people' },
  { unit: '户', en: 'households' },
  { unit: '家', en: 'enterprises' },
  { unit: '个', en: 'items' },
  { unit: '条', en: 'items' },
  { unit: '起', en: 'cases' },
  { unit: '件', en: 'cases' },
  { unit: '项', en: 'items' },
  { unit: '座', en: 'facilities' },
  { unit: '处', en: 'sites' },
  { unit: '台', en: 'units' },
  { unit: '辆', en: 'vehicles' },
  { unit: '艘', en: 'vessels' },
  { unit: '批', en: 'batches' },
  { unit: '次', en: 'times' },
  { unit: '份', en: 'copies' },
  { unit: '名', en: 'people' },
  { unit: '所', en: 'institutions' },
  { unit: '套', en: 'sets' },
  { unit: '种', en: 'kinds' },
  // Classifiers of the ecological-environment bulletins: species counted by order and family (18目51科), animals,
  // plants and fish, mining rights and cases (144宗), reports and articles (700余篇), and scores of an index (77.44分).
  { unit: '目', en: 'orders' },
  { unit: '科', en: 'families' },
  { unit: '只', en: 'animals' },
  { unit: '头', en: 'head' },
  { unit: '株', en: 'plants' },
  { unit: '尾', en: 'fish' },
  { unit: '宗', en: 'cases' },
  { unit: '篇', en: 'articles' },
  { unit: '分', en: 'points' },
  // Classifiers of meetings held and of the parts of a task list (召开3场发布会, 9方面的重点任务).
  { unit: '场', en: 'sessions' },
  { unit: '方面', en: 'areas' },
];

/**
 * Indicators whose figures the reports print with no unit, by how the indicator's name ends: the indices of the
 * ministry's technical standards (HJ 633-2012's air quality index and the cities' 环境空气质量综合指数, HJ
 * 192-2015's 生态环境状况指数, HJ 1172-2021's 生态质量指数, the lakes' 营养状态指数), coefficients and ratios, and the
 * count of days (优良天数为329). The seed format wants a unit: the indicator's own kind stands for it.
 */
export const UNITLESS_INDICATORS: readonly { ending: string; unit: string; en: string }[] = [
  { ending: '指数', unit: '指数', en: 'index' },
  { ending: '系数', unit: '系数', en: 'coefficient' },
  { ending: '比值', unit: '比值', en: 'ratio' },
  { ending: '天数', unit: '天', en: 'days' },
];

/** Words between such an indicator and its figure (综合指数平均为4.43, 营养状态指数分别为57.9, 指数在37.11 ~ 68.62之间). */
export const UNITLESS_LINKS: readonly string[] = [
  '平均',
  '年均',
  '均值',
  '分别',
  '总体',
  '整体',
  '均',
  '为',
  '是',
  '达到',
  '达',
  '在',
  '保持在',
  '降至',
  '升至',
];

/** Marks between the two ends of a range (2-3次, 20—30万只, 37.11 ~ 68.62): the figure is its lower end. */
export const RANGE_MARKS: readonly string[] = ['-', '—', '–', '~', '～', '至', '到'];

/** Marks between the figures of a list that share an indicator (分别为57.9、56.2和60.5). */
export const LIST_MARKS: readonly string[] = ['、', '和', '及', '与'];

/** Words before a figure that qualify it, longest first. */
export const QUALIFIERS_BEFORE: readonly { word: string; qualifier: 'about' | 'nearly' | 'more-than' | 'at-least' | 'estimate' }[] = [
  { word: '约为', qualifier: 'about' },
  { word: '大约', qualifier: 'about' },
  { word: '约', qualifier: 'about' },
  { word: '近', qualifier: 'nearly' },
  { word: '将近', qualifier: 'nearly' },
  { word: '超过', qualifier: 'more-than' },
  { word: '逾', qualifier: 'more-than' },
  { word: '不少于', qualifier: 'at-least' },
  { word: '至少', qualifier: 'at-least' },
  { word: '预计', qualifier: 'estimate' },
];

/** Words right after a figure that qualify it (900多条, 5万余户, 100人以上). */
export const QUALIFIERS_AFTER: readonly { word: string; qualifier: 'more-than' | 'about' }[] = [
  { word: '多', qualifier: 'more-than' },
  { word: '余', qualifier: 'more-than' },
  { word: '以上', qualifier: 'more-than' },
  { word: '左右', qualifier: 'about' },
];

/** Scale words between a number and its unit: 2.8万公里 is 28,000 km. */
export const SCALE_WORDS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000, 千: 1_000 };

/** Verbs of change and their sign: 下降1.8% is a change of -1.8. */
export const CHANGE_WORDS: readonly { word: string; sign: 1 | -1 }[] = [
  { word: '下降', sign: -1 },
  { word: '降低', sign: -1 },
  { word: '减少', sign: -1 },
  { word: '减小', sign: -1 },
  { word: '削减', sign: -1 },
  { word: '下滑', sign: -1 },
  { word: '回落', sign: -1 },
  { word: '上升', sign: 1 },
  { word: '提高', sign: 1 },
  { word: '提升', sign: 1 },
  { word: '增长', sign: 1 },
  { word: '增加', sign: 1 },
  { word: '升高', sign: 1 },
  { word: '改善', sign: 1 },
  // Only after a comparison (比去年同期多3天): 多 and 少 alone qualify a figure instead.
  { word: '多', sign: 1 },
  { word: '少', sign: -1 },
];

/** Words before a change that compare it with a base (同比下降, 比上年减少). */
export const CHANGE_BASES: readonly string[] = ['同比', '环比', '比上年', '比去年', '较上年', '较去年', '较2020年', '比2020年'];

/** Words that turn a number into a rank: 排名第五, 位列第二, 居全省第三. */
export const RANK_WORDS: readonly string[] = ['排名', '位列', '位居', '排在', '居'];

/** Verbs between an indicator and its figure (PM2.5浓度为54微克/立方米); the indicator ends before them. */
export const FIGURE_VERBS: readonly string[] = [
  '约为',
  '分别为',
  '均为',
  '均保持',
  '保持',
  '达到',
  '降至',
  '升至',
  '增至',
  '减至',
  '控制在',
  '累计',
  '共计',
  '合计',
  '共',
  '为',
  '达',
  '是',
  '有',
  '超过',
];

/** Relative periods and how to turn them into ISO periods from the document's year. */
export const RELATIVE_PERIODS: readonly { word: string; yearOffset: number; months?: [number, number] }[] = [
  { word: '去年全年', yearOffset: -1 },
  { word: '去年上半年', yearOffset: -1, months: [1, 6] },
  { word: '去年下半年', yearOffset: -1, months: [7, 12] },
  { word: '去年', yearOffset: -1 },
  { word: '上年', yearOffset: -1 },
  { word: '今年上半年', yearOffset: 0, months: [1, 6] },
  { word: '今年一季度', yearOffset: 0, months: [1, 3] },
  { word: '今年前三季度', yearOffset: 0, months: [1, 9] },
  { word: '今年', yearOffset: 0 },
  { word: '上半年', yearOffset: 0, months: [1, 6] },
  { word: '前三季度', yearOffset: 0, months: [1, 9] },
  { word: '一季度', yearOffset: 0, months: [1, 3] },
];

/**
 * Words right before a number that make it no statistic: an ordinal (第二轮), a version (国三), part of a name.
 */
export const NOT_FIGURE_BEFORE: readonly string[] = ['第', '“', '‘', '"', '+', '.', '/', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '～', '~'];

/** Words right after a number that make it a date, an ordinal or a code, not a statistic. */
export const NOT_FIGURE_AFTER: readonly string[] = ['月', '日', '时', '号', '期', 'G', '+', '”', '类', '级', '届', '次会议'];

/** Words right after a figure and its unit that make it a threshold defining a scope (1公里范围内), not a statistic. */
export const SCOPE_AFTER: readonly string[] = ['范围'];
