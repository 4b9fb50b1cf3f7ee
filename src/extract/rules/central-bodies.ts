/**
 * Bodies at the centre that the table of national bodies generates: the working bodies of the CPC Central Committee
 * with the abbreviations reports use (the CPC Constitution, arts. 22–23, and the 2018 Plan for Deepening the Reform
 * of Party and State Institutions: 中共中央宣传部 is written 中央宣传部 and 中宣部), the general offices of the Central
 * Committee and the State Council (中办, 国办), the national congress and CPPCC (Constitution, arts. 57–78; CPPCC
 * Charter), and the central ecological and environmental inspection teams of each round, numbered 第一 to 第八, by
 * their name and their pre-2018 names (Regulations on Central Ecological and Environmental Inspection Work, 2019).
 */
import type { NamedBody } from './organization-kinds.ts';

/** A working body of the Central Committee: its department word, its abbreviation and English. */
const CENTRAL_COMMITTEE_BODIES: readonly { body: string; short: string; en: string; slug: string }[] = [
  { body: '宣传部', short: '中宣部', en: 'Publicity Department', slug: 'publicity-department' },
  { body: '组织部', short: '中组部', en: 'Organization Department', slug: 'organization-department' },
  { body: '统战部', short: '中央统战部', en: 'United Front Work Department', slug: 'united-front-department' },
  { body: '对外联络部', short: '中联部', en: 'International Department', slug: 'international-department' },
  { body: '政法委员会', short: '中央政法委', en: 'Political and Legal Affairs Commission', slug: 'political-legal-commission' },
  { body: '网络安全和信息化委员会办公室', short: '中央网信办', en: 'Cyberspace Affairs Commission Office', slug: 'cyberspace-office' },
  { body: '办公厅', short: '中办', en: 'General Office', slug: 'general-office' },
];

/** A body of the tables below as a row: id slug, name, English name, short forms, and whether the name is a former one. */
type BodyRow = readonly [slug: string, name: string, nameEn: string, aliases: readonly string[], former?: boolean];

function namedBody([slug, name, nameEn, aliases, former]: BodyRow, kind: NamedBody['kind']): NamedBody {
  return { id: `organization:${slug}`, name, nameEn, kind, aliases, ...(former ? { former: true } : {}) };
}

// The Central Committee's other working bodies reports name with 中央 and their own short forms: the work committees
// for the central party offices and the state organs (merged in 2018 as 中央和国家机关工委, Plan for Deepening the Reform
// of Party and State Institutions) and the Central Civilization Office (中央精神文明建设指导委员会办公室).
const CENTRAL_WORKING_BODIES: readonly NamedBody[] = (
  [
    [
      'central-and-state-organs-work-committee',
      '中央和国家机关工作委员会',
      'Work Committee of Central and State Organs',
      ['中央和国家机关工委'],
      false,
    ],
    [
      'central-party-offices-work-committee',
      '中央直属机关工作委员会',
      'Work Committee for Offices Directly under the Central Committee',
      ['中央直属机关工委'],
      true,
    ],
    ['central-state-organs-work-committee', '中央国家机关工作委员会', 'Work Committee for Central State Organs', ['中央国家机关工委'], true],
    ['central-civilization-office', '中央精神文明建设指导委员会办公室', 'Central Civilization Office', ['中央文明办'], false],
  ] satisfies readonly BodyRow[]
).map((row) => ({ ...namedBody(row, 'party-body'), parent: 'organization:cpc-central-committee' }));

// The people's organizations at the national level (the mass organizations the CPC's Opinions on Strengthening and
// Improving the Party's Work on Mass Organizations, 2015, name; each is a participating unit of the CPPCC), and the
// other mass organizations the Central Secretariat leads that are run under the Civil Servant Law (writers,
// journalists, the Red Cross, jurists, trade promotion, friendship with foreign countries, Taiwan compatriots, family
// planning): their registered names begin 中华全国 or 中国, and the press writes them 全国… or 中国… with a short word.
const NATIONAL_MASS_ORGANIZATIONS: readonly NamedBody[] = (
  [
    ['all-china-federation-of-trade-unions', '中华全国总工会', 'All-China Federation of Trade Unions', ['全国总工会']],
    ['all-china-womens-federation', '中华全国妇女联合会', "All-China Women's Federation", ['全国妇联']],
    ['all-china-federation-of-industry-and-commerce', '中华全国工商业联合会', 'All-China Federation of Industry and Commerce', ['全国工商联']],
    [
      'all-china-federation-of-returned-overseas-chinese',
      '中华全国归国华侨联合会',
      'All-China Federation of Returned Overseas Chinese',
      ['全国侨联'],
    ],
    ['all-china-youth-federation', '中华全国青年联合会', 'All-China Youth Federation', ['全国青联']],
    ['china-association-for-science-and-technology', '中国科学技术协会', 'China Association for Science and Technology', ['中国科协']],
    ['china-federation-of-literary-and-art-circles', '中国文学艺术界联合会', 'China Federation of Literary and Art Circles', ['中国文联']],
    ['china-disabled-persons-federation', '中国残疾人联合会', "China Disabled Persons' Federation", ['中国残联']],
    ['china-writers-association', '中国作家协会', "China Writers' Association", ['中国作协']],
    ['all-china-journalists-association', '中华全国新闻工作者协会', 'All-China Journalists Association', ['中国记协']],
    ['red-cross-society-of-china', '中国红十字会总会', 'Red Cross Society of China', ['中国红十字会']],
    ['china-law-society', '中国法学会', 'China Law Society', []],
    [
      'china-council-for-the-promotion-of-international-trade',
      '中国国际贸易促进委员会',
      'China Council for the Promotion of International Trade',
      ['中国贸促会'],
    ],
    [
      'chinese-peoples-association-for-friendship-with-foreign-countries',
      '中国人民对外友好协会',
      "Chinese People's Association for Friendship with Foreign Countries",
      ['全国对外友协'],
    ],
    ['all-china-federation-of-taiwan-compatriots', '中华全国台湾同胞联谊会', 'All-China Federation of Taiwan Compatriots', ['全国台联']],
    ['china-family-planning-association', '中国计划生育协会', 'China Family Planning Association', ['中国计生协']],
    ['communist-youth-league-central-committee', '共青团中央', 'Central Committee of the Communist Youth League', ['团中央']],
    // The League itself by the full name its constitution gives (中国共产主义青年团章程), as its anniversaries name it.
    ['communist-youth-league-of-china', '中国共产主义青年团', 'Communist Youth League of China', []],
  ] satisfies readonly BodyRow[]
).map((row) => namedBody(row, 'other'));

// The national academies directly under the State Council (中国科学院, 中国工程院, 中国社会科学院), by name and short form.
const NATIONAL_ACADEMIES: readonly NamedBody[] = (
  [
    ['chinese-academy-of-sciences', '中国科学院', 'Chinese Academy of Sciences', ['中科院']],
    ['chinese-academy-of-engineering', '中国工程院', 'Chinese Academy of Engineering', []],
    ['chinese-academy-of-social-sciences', '中国社会科学院', 'Chinese Academy of Social Sciences', ['中国社科院']],
  ] satisfies readonly BodyRow[]
).map((row) => namedBody(row, 'public-institution'));

// The ordinals of the inspection teams of one round, and the names the teams had before and after 2018.
// The special committees of the NPC and of the CPPCC National Committee, written after 全国人大 or 全国政协 by their full
// or short names (全国人大环资委, 全国政协人资环委): the Organic Law of the NPC (art. 35) sets up the congress's ten (民族,
// 宪法和法律, 监察和司法, 财政经济, 教育科学文化卫生, 外事, 华侨, 环境与资源保护, 农业与农村, 社会建设), and the CPPCC
// Charter and the National Committee's rules its ten (提案, 经济, 农业和农村, 人口资源环境, 教科卫体, 社会和法制, 民族和宗教,
// 港澳台侨, 外事, 文化文史和学习). A local congress's committee is read by the host and the short name
// (SPECIAL_COMMITTEE_SHORT_NAMES); the national ones are bodies of their own here, so a post after them has its body.
type CommitteeRow = readonly [slug: string, full: string, en: string, shorts: readonly string[]];
const NPC_SPECIAL_COMMITTEES: readonly CommitteeRow[] = [
  ['ethnic-affairs', '民族委员会', 'Ethnic Affairs Committee', ['民族委']],
  ['constitution-law', '宪法和法律委员会', 'Constitution and Law Committee', ['宪法法律委']],
  ['supervisory-judicial', '监察和司法委员会', 'Supervisory and Judicial Affairs Committee', ['监察司法委']],
  ['financial-economic', '财政经济委员会', 'Financial and Economic Affairs Committee', ['财经委']],
  ['education-science-culture-health', '教育科学文化卫生委员会', 'Education, Science, Culture and Public Health Committee', ['教科文卫委']],
  ['foreign-affairs', '外事委员会', 'Foreign Affairs Committee', ['外事委']],
  ['overseas-chinese', '华侨委员会', 'Overseas Chinese Affairs Committee', ['华侨委']],
  ['environment-resources', '环境与资源保护委员会', 'Environmental Protection and Resources Conservation Committee', ['环资委']],
  ['agriculture-rural', '农业与农村委员会', 'Agriculture and Rural Affairs Committee', ['农业农村委', '农委']],
  ['social-development', '社会建设委员会', 'Social Development Affairs Committee', ['社会建设委', '社建委']],
];
const CPPCC_SPECIAL_COMMITTEES: readonly CommitteeRow[] = [
  ['proposals', '提案委员会', 'Committee for Handling Proposals', ['提案委']],
  ['economic', '经济委员会', 'Committee for Economic Affairs', ['经济委']],
  ['agriculture-rural', '农业和农村委员会', 'Committee for Agriculture and Rural Affairs', ['农业农村委']],
  ['population-resources-environment', '人口资源环境委员会', 'Committee of Population, Resources and Environment', ['人资环委']],
  ['education-science-health-sports', '教科卫体委员会', 'Committee of Education, Science, Health and Sports', ['教科卫体委']],
  ['social-legal', '社会和法制委员会', 'Committee for Social and Legal Affairs', ['社法委']],
  ['ethnic-religious', '民族和宗教委员会', 'Committee for Ethnic and Religious Affairs', ['民宗委']],
  ['hk-macao-taiwan-overseas', '港澳台侨委员会', 'Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese', ['港澳台侨委']],
  ['foreign-affairs', '外事委员会', 'Committee of Foreign Affairs', ['外事委']],
  ['culture-history-study', '文化文史和学习委员会', 'Committee for Culture, Historical Data and Studies', ['文史委', '文化文史委']],
];
const NATIONAL_SPECIAL_COMMITTEES: readonly NamedBody[] = [
  ...NPC_SPECIAL_COMMITTEES.map(([slug, full, en, shorts]) => ({
    id: `organization:npc-${slug}-committee`,
    name: `全国人民代表大会${full}`,
    nameEn: `${en} of the NPC`,
    kind: 'government' as const,
    aliases: [`全国人大${full}`, ...shorts.map((short) => `全国人大${short}`)],
    parent: 'organization:npc',
  })),
  ...CPPCC_SPECIAL_COMMITTEES.map(([slug, full, en, shorts]) => ({
    id: `organization:cppcc-${slug}-committee`,
    name: `全国政协${full}`,
    nameEn: `${en} of the CPPCC National Committee`,
    kind: 'government' as const,
    aliases: shorts.map((short) => `全国政协${short}`),
    parent: 'organization:cppcc-national-committee',
  })),
];

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const INSPECTION_STEMS = ['生态环境保护', '环境保护', '环保'];
// The teams' names as the press also prints them, with 督查 (supervision and check, the word of the government's own
// 督查 of its work) for 督察 (inspection): 中央第八环境保护督查组 is the same team as 中央第八环境保护督察组.
const TEAM_WORDS = ['督察组', '督查组'];
const inspectionAliases = (prefix: string) => INSPECTION_STEMS.flatMap((stem) => TEAM_WORDS.map((team) => `${prefix}${stem}${team}`)).slice(1);

/** The central bodies, as lines of the table of national bodies. */
export const CENTRAL_BODIES: readonly NamedBody[] = [
  ...CENTRAL_WORKING_BODIES,
  ...NATIONAL_MASS_ORGANIZATIONS,
  ...NATIONAL_ACADEMIES,
  ...CENTRAL_COMMITTEE_BODIES.map(({ body, short, en, slug }) => ({
    id: `organization:cpc-central-committee-${slug}`,
    name: `中共中央${body}`,
    nameEn: `${en} of the CPC Central Committee`,
    kind: 'party-body' as const,
    aliases: [...new Set([`中央${body}`, short])],
    parent: 'organization:cpc-central-committee',
  })),
  {
    id: 'organization:state-council-general-office',
    name: '国务院办公厅',
    nameEn: 'General Office of the State Council',
    kind: 'government',
    aliases: ['国办'],
    parent: 'organization:state-council',
  },
  { id: 'organization:npc', name: '全国人民代表大会', nameEn: "National People's Congress", kind: 'government', aliases: ['全国人大'] },
  {
    id: 'organization:cppcc-national-committee',
    name: '中国人民政治协商会议全国委员会',
    nameEn: 'National Committee of the CPPCC',
    kind: 'government',
    aliases: ['全国政协'],
  },
  ...NATIONAL_SPECIAL_COMMITTEES,
  {
    id: 'organization:central-inspection-team',
    name: '中央生态环境保护督察组',
    nameEn: 'Central Ecological and Environmental Inspection Team',
    kind: 'oversight-body',
    aliases: inspectionAliases('中央'),
  },
  // The leading group the same Regulations set over the inspections, and its office (with the pre-2018 stem).
  {
    id: 'organization:central-inspection-leading-group',
    name: '中央生态环境保护督察工作领导小组',
    nameEn: 'Leading Group for Central Ecological and Environmental Inspection Work',
    kind: 'oversight-body',
    aliases: INSPECTION_STEMS.slice(1).map((stem) => `中央${stem}督察工作领导小组`),
  },
  {
    id: 'organization:central-inspection-office',
    name: '中央生态环境保护督察办公室',
    nameEn: 'Office of Central Ecological and Environmental Inspection',
    kind: 'oversight-body',
    aliases: INSPECTION_STEMS.slice(1).map((stem) => `中央${stem}督察办公室`),
  },
  ...ORDINALS.map((ordinal, index) => ({
    id: `organization:central-inspection-team-${index + 1}`,
    name: `中央第${ordinal}生态环境保护督察组`,
    nameEn: `Central Ecological and Environmental Inspection Team No. ${index + 1}`,
    kind: 'oversight-body' as const,
    aliases: inspectionAliases(`中央第${ordinal}`),
  })),
];
