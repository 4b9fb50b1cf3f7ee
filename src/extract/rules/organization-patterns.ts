/**
 * Organizations of this genre as data: the national bodies named in full, the ministry's own units, the
 * suffixes that make a local body out of a place name (安徽省 + 生态环境厅), and the words that make a
 * generic body recognisable. The organization finder walks these tables; a new body is a new line.
 */
import { generateBodySuffixes } from './body-system.ts';
import { CENTRAL_BODIES } from './central-bodies.ts';
import type { LocalBodySuffix, NamedBody, OrganizationKind } from './organization-kinds.ts';

export type { LocalBodySuffix, NamedBody, OrganizationKind } from './organization-kinds.ts';

/** National bodies, media and former bodies, each a line. */
export const NATIONAL_BODIES: readonly NamedBody[] = [
  // The ministry and its predecessors.
  { id: 'organization:mee', name: '生态环境部', nameEn: 'Ministry of Ecology and Environment', kind: 'ministry' },
  {
    id: 'organization:ministry-of-environmental-protection',
    name: '环境保护部',
    nameEn: 'Ministry of Environmental Protection (former)',
    kind: 'ministry',
    former: true,
    // The press's short form of 2008–2018 (环保部部长), as 国家环保总局 was of the administration before it.
    aliases: ['环保部'],
  },
  // The ministry's predecessor of 1998–2008 (the State Environmental Protection Administration, directly under the
  // State Council until the 2008 reform made it 环境保护部), by its full and short names.
  {
    id: 'organization:sepa',
    name: '国家环境保护总局',
    nameEn: 'State Environmental Protection Administration (former)',
    kind: 'ministry',
    former: true,
    aliases: ['国家环保总局', '环保总局'],
  },
  // Party and state at the centre.
  {
    id: 'organization:cpc-central-committee',
    name: '党中央',
    nameEn: 'Central Committee of the Communist Party of China',
    kind: 'party-body',
    aliases: ['中共中央'],
  },
  { id: 'organization:state-council', name: '国务院', nameEn: 'State Council', kind: 'government' },
  {
    id: 'organization:npc-standing-committee',
    name: '全国人大常委会',
    nameEn: "Standing Committee of the National People's Congress",
    kind: 'government',
  },
  {
    id: 'organization:central-commission-for-discipline-inspection',
    name: '中央纪委',
    nameEn: 'Central Commission for Discipline Inspection',
    kind: 'oversight-body',
    // The press's short form of 中共中央纪律检查委员会 (中纪委 plenary sessions).
    aliases: ['中纪委'],
  },
  { id: 'organization:national-supervisory-commission', name: '国家监委', nameEn: 'National Supervisory Commission', kind: 'oversight-body' },
  {
    id: 'organization:supreme-peoples-procuratorate',
    name: '最高人民检察院',
    nameEn: "Supreme People's Procuratorate",
    kind: 'government',
    aliases: ['最高检'],
  },
  { id: 'organization:supreme-peoples-court', name: '最高人民法院', nameEn: "Supreme People's Court", kind: 'government', aliases: ['最高法'] },
  // Other ministries and national administrations environmental reports name.
  {
    id: 'organization:ndrc',
    name: '国家发展改革委',
    nameEn: 'National Development and Reform Commission',
    kind: 'ministry',
    aliases: ['国家发展和改革委员会', '国家发改委'],
  },
  {
    id: 'organization:miit',
    name: '工业和信息化部',
    nameEn: 'Ministry of Industry and Information Technology',
    kind: 'ministry',
    aliases: ['工信部'],
  },
  { id: 'organization:ministry-of-finance', name: '财政部', nameEn: 'Ministry of Finance', kind: 'ministry' },
  { id: 'organization:ministry-of-natural-resources', name: '自然资源部', nameEn: 'Ministry of Natural Resources', kind: 'ministry' },
  {
    id: 'organization:mohurd',
    name: '住房和城乡建设部',
    nameEn: 'Ministry of Housing and Urban-Rural Development',
    kind: 'ministry',
    aliases: ['住房城乡建设部', '住建部'],
  },
  { id: 'organization:ministry-of-transport', name: '交通运输部', nameEn: 'Ministry of Transport', kind: 'ministry' },
  { id: 'organization:ministry-of-water-resources', name: '水利部', nameEn: 'Ministry of Water Resources', kind: 'ministry' },
  // The ministry's seven river-basin agencies (Water Law art. 12), by full and short name: bodies, not their rivers
  // (short names that are also the start of common words, 黄委 of 黄委员, 海委 of 上海委…, are left out).
  ...(
    [
      ['changjiang', '长江水利委员会', 'Changjiang Water Resources Commission', ['长江委']],
      ['yellow-river', '黄河水利委员会', 'Yellow River Conservancy Commission', ['黄委会']],
      ['huaihe', '淮河水利委员会', 'Huaihe River Commission', []],
      ['haihe', '海河水利委员会', 'Haihe River Water Conservancy Commission', []],
      ['pearl-river', '珠江水利委员会', 'Pearl River Water Resources Commission', ['珠江委']],
      ['songliao', '松辽水利委员会', 'Songliao Water Resources Commission', ['松辽委']],
      ['taihu', '太湖流域管理局', 'Taihu Basin Authority', ['太湖局']],
    ] as const
  ).map(([slug, name, nameEn, aliases]) => ({
    id: `organization:${slug}-basin-agency`,
    name,
    nameEn,
    kind: 'ministry-unit' as const,
    aliases: [...aliases],
  })),
  {
    id: 'organization:ministry-of-agriculture-and-rural-affairs',
    name: '农业农村部',
    nameEn: 'Ministry of Agriculture and Rural Affairs',
    kind: 'ministry',
  },
  // Ministries the 2018 Plan for Deepening the Reform of Party and State Institutions merged into 自然资源部 and
  // 农业农村部: named in reports of their years, as 环境保护部 is (the 国家…局 administrations are read by their pattern).
  ...(
    [
      ['ministry-of-land-and-resources', '国土资源部', 'Ministry of Land and Resources (former)', []],
      ['ministry-of-agriculture', '农业部', 'Ministry of Agriculture (former)', []],
    ] as const
  ).map(([slug, name, nameEn, aliases]) => ({
    id: `organization:${slug}`,
    name,
    nameEn,
    kind: 'ministry' as const,
    former: true,
    aliases: [...aliases],
  })),
  { id: 'organization:ministry-of-commerce', name: '商务部', nameEn: 'Ministry of Commerce', kind: 'ministry' },
  // The rest of the State Council's constituent departments (国务院组成部门, as the 2018 and 2023 institutional reform
  // plans list them) that event reports list among the joint organizers and attending bodies, by full and short name
  // (a name before 门 is "the departments", 民政部门, and is left to the table's guard).
  ...(
    [
      ['ministry-of-foreign-affairs', '外交部', 'Ministry of Foreign Affairs', []],
      ['ministry-of-civil-affairs', '民政部', 'Ministry of Civil Affairs', []],
      ['mohrss', '人力资源和社会保障部', 'Ministry of Human Resources and Social Security', ['人力资源社会保障部', '人社部']],
      ['ministry-of-culture-and-tourism', '文化和旅游部', 'Ministry of Culture and Tourism', ['文旅部']],
      ['national-ethnic-affairs-commission', '国家民族事务委员会', 'National Ethnic Affairs Commission', ['国家民委']],
      ['ministry-of-veterans-affairs', '退役军人事务部', 'Ministry of Veterans Affairs', []],
      ['peoples-bank-of-china', '中国人民银行', "People's Bank of China", []],
      ['national-audit-office', '审计署', 'National Audit Office', []],
    ] as const
  ).map(([slug, name, nameEn, aliases]) => ({ id: `organization:${slug}`, name, nameEn, kind: 'ministry' as const, aliases: [...aliases] })),
  // The Ministry of Communications, which the 2008 reform merged into 交通运输部: named in reports of its years.
  {
    id: 'organization:ministry-of-communications',
    name: '交通部',
    nameEn: 'Ministry of Communications (former)',
    kind: 'ministry',
    former: true,
  },
  { id: 'organization:ministry-of-emergency-management', name: '应急管理部', nameEn: 'Ministry of Emergency Management', kind: 'ministry' },
  { id: 'organization:ministry-of-public-security', name: '公安部', nameEn: 'Ministry of Public Security', kind: 'ministry' },
  {
    id: 'organization:ministry-of-science-and-technology',
    name: '科技部',
    nameEn: 'Ministry of Science and Technology',
    kind: 'ministry',
    aliases: ['科学技术部'],
  },
  { id: 'organization:ministry-of-education', name: '教育部', nameEn: 'Ministry of Education', kind: 'ministry' },
  { id: 'organization:ministry-of-justice', name: '司法部', nameEn: 'Ministry of Justice', kind: 'ministry' },
  {
    id: 'organization:national-health-commission',
    name: '国家卫生健康委',
    nameEn: 'National Health Commission',
    kind: 'ministry',
    aliases: ['国家卫健委'],
  },
  {
    id: 'organization:samr',
    name: '市场监管总局',
    nameEn: 'State Administration for Market Regulation',
    kind: 'ministry',
    aliases: ['国家市场监督管理总局', '国家市场监管总局'],
  },
  { id: 'organization:general-administration-of-customs', name: '海关总署', nameEn: 'General Administration of Customs', kind: 'ministry' },
  {
    id: 'organization:national-forestry-and-grassland-administration',
    name: '国家林业和草原局',
    nameEn: 'National Forestry and Grassland Administration',
    kind: 'ministry',
    aliases: ['国家林草局'],
  },
  { id: 'organization:national-energy-administration', name: '国家能源局', nameEn: 'National Energy Administration', kind: 'ministry' },
  { id: 'organization:china-meteorological-administration', name: '中国气象局', nameEn: 'China Meteorological Administration', kind: 'ministry' },
  { id: 'organization:national-bureau-of-statistics', name: '国家统计局', nameEn: 'National Bureau of Statistics', kind: 'ministry' },
  {
    id: 'organization:nuclear-safety-administration',
    name: '国家核安全局',
    nameEn: 'National Nuclear Safety Administration',
    kind: 'ministry-unit',
    parent: 'organization:mee',
  },
  // Public institutions of the ministry that reports name without the ministry in front.
  {
    id: 'organization:china-national-environmental-monitoring-centre',
    name: '中国环境监测总站',
    nameEn: 'China National Environmental Monitoring Centre',
    kind: 'ministry-unit',
    parent: 'organization:mee',
  },
  {
    id: 'organization:chinese-research-academy-of-environmental-sciences',
    name: '中国环境科学研究院',
    nameEn: 'Chinese Research Academy of Environmental Sciences',
    kind: 'public-institution',
    parent: 'organization:mee',
    aliases: ['中国环科院'],
  },
  {
    id: 'organization:central-enterprises',
    name: '中央企业',
    nameEn: 'Central State-Owned Enterprises (centrally administered SOEs)',
    kind: 'enterprise',
    aliases: ['央企'],
  },
  // Media.
  { id: 'organization:china-environment-news', name: '中国环境报', nameEn: 'China Environment News', kind: 'media', aliases: ['中国环境报社'] },
  { id: 'organization:peoples-daily', name: '人民日报', nameEn: "People's Daily", kind: 'media' },
  { id: 'organization:xinhua', name: '新华社', nameEn: 'Xinhua News Agency', kind: 'media' },
  { id: 'organization:guangming-daily', name: '光明日报', nameEn: 'Guangming Daily', kind: 'media' },
  { id: 'organization:economic-daily', name: '经济日报', nameEn: 'Economic Daily', kind: 'media' },
  { id: 'organization:cctv', name: '中央电视台', nameEn: 'China Central Television', kind: 'media', aliases: ['央视'] },
  { id: 'organization:china-news-service', name: '中国新闻社', nameEn: 'China News Service', kind: 'media', aliases: ['中新社'] },
  { id: 'organization:people-cn', name: '人民网', nameEn: 'People.cn', kind: 'media' },
  { id: 'organization:xinhuanet', name: '新华网', nameEn: 'Xinhuanet', kind: 'media' },
  { id: 'organization:china-national-radio', name: '中央人民广播电台', nameEn: 'China National Radio', kind: 'media' },
  // The other central news units (中央新闻单位) under the Central Propaganda Department's administration, each the
  // paper of a national body or sector: the trade unions' 工人日报, the Youth League's 中国青年报, the farm sector's
  // 农民日报, the science ministry's 科技日报, the justice sector's 法治日报, and the English-language 中国日报.
  { id: 'organization:workers-daily', name: '工人日报', nameEn: "Workers' Daily", kind: 'media' },
  { id: 'organization:china-youth-daily', name: '中国青年报', nameEn: 'China Youth Daily', kind: 'media' },
  { id: 'organization:farmers-daily', name: '农民日报', nameEn: "Farmers' Daily", kind: 'media' },
  { id: 'organization:science-and-technology-daily', name: '科技日报', nameEn: 'Science and Technology Daily', kind: 'media' },
  { id: 'organization:legal-daily', name: '法治日报', nameEn: 'Legal Daily', kind: 'media' },
  { id: 'organization:china-daily', name: '中国日报', nameEn: 'China Daily', kind: 'media' },
  {
    id: 'organization:unep',
    name: '联合国环境规划署',
    nameEn: 'United Nations Environment Programme',
    kind: 'other',
    // The Chinese press's short form (联合国环境署有关负责人), as the programme's own Chinese pages write it.
    aliases: ['联合国环境署'],
  },
  // The treaty bodies and UN agencies that China's conventions on the environment set up or work through, which
  // the ministry's observance days (ozone layer, biodiversity, climate, wetlands) bring to the podium: the Vienna
  // Convention's and Montreal Protocol's secretariat (臭氧秘书处, art. 7 of the Convention) and the Protocol's
  // Multilateral Fund (art. 10, 多边基金秘书处), the secretariats of the biodiversity, climate and wetlands conventions,
  // and the UN and international bodies their events name beside them. A body of the treaty system, not of a text.
  ...(
    [
      ['ozone-secretariat', '臭氧秘书处', 'Ozone Secretariat', []],
      ['multilateral-fund-secretariat', '多边基金秘书处', 'Secretariat of the Multilateral Fund for the Montreal Protocol', []],
      ['cbd-secretariat', '生物多样性公约秘书处', 'Secretariat of the Convention on Biological Diversity', ['《生物多样性公约》秘书处']],
      ['unfccc-secretariat', '联合国气候变化框架公约秘书处', 'UNFCCC Secretariat', ['《联合国气候变化框架公约》秘书处']],
      ['ramsar-secretariat', '湿地公约秘书处', 'Secretariat of the Ramsar Convention on Wetlands', ['《湿地公约》秘书处']],
      ['undp', '联合国开发计划署', 'United Nations Development Programme', []],
      ['unesco', '联合国教科文组织', 'UNESCO', []],
      ['iucn', '世界自然保护联盟', 'International Union for Conservation of Nature', []],
    ] as const
  ).map(([slug, name, nameEn, aliases]) => ({ id: `organization:${slug}`, name, nameEn, kind: 'other' as const, aliases: [...aliases] })),
  // The centre's party bodies, congress, CPPCC and inspection teams, generated (central-bodies.ts).
  ...CENTRAL_BODIES,
];

/** A unit of the ministry, named after 生态环境部 or on its own (生态环境部大气环境司, 大气环境司). */
export interface MinistryUnit {
  name: string;
  nameEn: string;
  /** Slug for its id, `organization:mee-<slug>`. */
  slug: string;
}

/** Departments, bureaus and centres of the Ministry of Ecology and Environment. */
export const MINISTRY_UNITS: readonly MinistryUnit[] = [
  { name: '办公厅', nameEn: 'General Office', slug: 'general-office' },
  { name: '中央生态环境保护督察办公室', nameEn: 'Office of Central Ecological and Environmental Inspection', slug: 'central-inspection-office' },
  { name: '综合司', nameEn: 'Department of Comprehensive Affairs', slug: 'department-of-comprehensive-affairs' },
  { name: '法规与标准司', nameEn: 'Department of Laws, Regulations and Standards', slug: 'department-of-laws-regulations-and-standards' },
  { name: '行政体制与人事司', nameEn: 'Department of Administration and Personnel', slug: 'department-of-administration-and-personnel' },
  { name: '科技与财务司', nameEn: 'Department of Science, Technology and Finance', slug: 'department-of-science-technology-and-finance' },
  { name: '自然生态保护司', nameEn: 'Department of Nature and Ecology Conservation', slug: 'department-of-nature-and-ecology-conservation' },
  { name: '水生态环境司', nameEn: 'Department of Water Ecology and Environment', slug: 'department-of-water-ecology-and-environment' },
  { name: '海洋生态环境司', nameEn: 'Department of Marine Ecology and Environment', slug: 'department-of-marine-ecology-and-environment' },
  { name: '大气环境司', nameEn: 'Department of Atmospheric Environment', slug: 'department-of-atmospheric-environment' },
  { name: '应对气候变化司', nameEn: 'Department of Climate Change', slug: 'department-of-climate-change' },
  { name: '土壤生态环境司', nameEn: 'Department of Soil Ecology and Environment', slug: 'department-of-soil-ecology-and-environment' },
  { name: '固体废物与化学品司', nameEn: 'Department of Solid Waste and Chemicals', slug: 'department-of-solid-waste-and-chemicals' },
  { name: '核设施安全监管司', nameEn: 'Department of Nuclear Facility Safety Regulation', slug: 'department-of-nuclear-facility-safety-regulation' },
  { name: '核电安全监管司', nameEn: 'Department of Nuclear Power Safety Regulation', slug: 'department-of-nuclear-power-safety-regulation' },
  { name: '辐射源安全监管司', nameEn: 'Department of Radiation Source Safety Regulation', slug: 'department-of-radiation-source-safety-regulation' },
  {
    name: '环境影响评价与排放管理司',
    nameEn: 'Department of Environmental Impact Assessment and Emission Management',
    slug: 'department-of-eia-and-emission-management',
  },
  { name: '生态环境监测司', nameEn: 'Department of Eco-environmental Monitoring', slug: 'department-of-eco-environmental-monitoring' },
  {
    name: '生态环境执法局',
    nameEn: 'Bureau of Ecological and Environmental Enforcement',
    slug: 'bureau-of-ecological-and-environmental-enforcement',
  },
  { name: '国际合作司', nameEn: 'Department of International Cooperation', slug: 'department-of-international-cooperation' },
  { name: '宣传教育司', nameEn: 'Department of Communication and Education', slug: 'department-of-communication-and-education' },
  { name: '华北督察局', nameEn: 'North China Regional Inspection Bureau', slug: 'north-china-inspection-bureau' },
  { name: '华东督察局', nameEn: 'East China Regional Inspection Bureau', slug: 'east-china-inspection-bureau' },
  { name: '华南督察局', nameEn: 'South China Regional Inspection Bureau of Ecology and Environment', slug: 'south-china-inspection-bureau' },
  { name: '西北督察局', nameEn: 'Northwest Regional Inspection Bureau', slug: 'northwest-inspection-bureau' },
  { name: '西南督察局', nameEn: 'Southwest Regional Inspection Bureau', slug: 'southwest-inspection-bureau' },
  { name: '东北督察局', nameEn: 'Northeast Regional Inspection Bureau', slug: 'northeast-inspection-bureau' },
  { name: '环境发展中心', nameEn: 'Environmental Development Centre', slug: 'environmental-development-centre' },
  { name: '环境规划院', nameEn: 'Chinese Academy of Environmental Planning', slug: 'environmental-planning-academy' },
  { name: '环境工程评估中心', nameEn: 'Appraisal Center for Environment and Engineering', slug: 'appraisal-centre-for-environment-and-engineering' },
  { name: '卫星环境应用中心', nameEn: 'Satellite Application Center for Ecology and Environment', slug: 'satellite-application-centre' },
  { name: '对外合作与交流中心', nameEn: 'Foreign Environmental Cooperation Center', slug: 'foreign-cooperation-centre' },
  { name: '宣传教育中心', nameEn: 'Center for Environmental Education and Communications', slug: 'education-and-communications-centre' },
  { name: '核与辐射安全中心', nameEn: 'Nuclear and Radiation Safety Center', slug: 'nuclear-and-radiation-safety-centre' },
  {
    name: '长江流域生态环境监督管理局',
    nameEn: 'Yangtze River Basin Ecology and Environment Supervision and Administration Bureau',
    slug: 'yangtze-basin-bureau',
  },
  {
    name: '黄河流域生态环境监督管理局',
    nameEn: 'Yellow River Basin Ecology and Environment Supervision and Administration Bureau',
    slug: 'yellow-river-basin-bureau',
  },
];

/** A prefecture's administrative office (行政公署, 行署), after its full name or after its name without 地区. */
const PREFECTURE_GOVERNMENT_SUFFIXES: readonly LocalBodySuffix[] = [
  { suffix: '行政公署', kind: 'government', en: '{place} Prefectural Administrative Office', slug: 'government', level: 'city', confident: true },
  { suffix: '行署', kind: 'government', en: '{place} Prefectural Administrative Office', slug: 'government', level: 'city', confident: true },
];

/** Local bodies by suffix written for this genre before the generated system (body-system.ts). */
const GENRE_BODY_SUFFIXES: readonly LocalBodySuffix[] = [
  // Ecology and environment bodies: the core of the genre.
  {
    suffix: '生态环境厅',
    kind: 'provincial-department',
    en: '{place} Provincial Department of Ecology and Environment',
    slug: 'department-of-ecology-and-environment',
    level: 'province',
    confident: true,
  },
  {
    suffix: '生态环境局',
    kind: 'municipal-bureau',
    en: '{place} Municipal Bureau of Ecology and Environment',
    slug: 'bureau-of-ecology-and-environment',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境分局',
    kind: 'municipal-bureau',
    en: '{place} Branch of the Bureau of Ecology and Environment',
    slug: 'ecology-and-environment-branch',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境监测中心',
    kind: 'public-institution',
    en: '{place} Eco-environmental Monitoring Centre',
    slug: 'eco-environmental-monitoring-centre',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境监测站',
    kind: 'public-institution',
    en: '{place} Eco-environmental Monitoring Station',
    slug: 'eco-environmental-monitoring-station',
    level: 'any',
    confident: true,
  },
  {
    suffix: '环境监测中心站',
    kind: 'public-institution',
    en: '{place} Environmental Monitoring Centre',
    slug: 'environmental-monitoring-centre',
    level: 'any',
    confident: true,
  },
  {
    suffix: '环境监测站',
    kind: 'public-institution',
    en: '{place} Environmental Monitoring Station',
    slug: 'environmental-monitoring-station',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境保护综合行政执法总队',
    kind: 'other',
    en: '{place} Environmental Enforcement Corps',
    slug: 'environmental-enforcement-corps',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境保护综合行政执法支队',
    kind: 'other',
    en: '{place} Environmental Enforcement Detachment',
    slug: 'environmental-enforcement-detachment',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境保护综合行政执法大队',
    kind: 'other',
    en: '{place} Environmental Enforcement Brigade',
    slug: 'environmental-enforcement-brigade',
    level: 'any',
    confident: true,
  },
  {
    suffix: '生态环境保护委员会',
    kind: 'government',
    en: '{place} Ecological and Environmental Protection Commission',
    slug: 'environmental-protection-commission',
    level: 'any',
    confident: true,
  },
  // Governments, party committees and their offices.
  {
    suffix: '人民政府新闻办公室',
    kind: 'government',
    en: "Information Office of the {place} People's Government",
    slug: 'government-information-office',
    level: 'any',
    confident: true,
  },
  {
    suffix: '政府新闻办公室',
    kind: 'government',
    en: "Information Office of the {place} People's Government",
    slug: 'government-information-office',
    level: 'any',
    confident: true,
  },
  {
    suffix: '政府新闻办',
    kind: 'government',
    en: "Information Office of the {place} People's Government",
    slug: 'government-information-office',
    level: 'any',
    confident: true,
  },
  { suffix: '人民政府', kind: 'government', en: "{place} People's Government", slug: 'government', level: 'any', confident: true },
  {
    suffix: '人大常委会',
    kind: 'government',
    en: "Standing Committee of the {place} People's Congress",
    slug: 'peoples-congress-standing-committee',
    level: 'any',
    confident: true,
  },
  { suffix: '政府', kind: 'government', en: "{place} People's Government", slug: 'government', level: 'any' },
  {
    suffix: '纪委监委',
    kind: 'oversight-body',
    en: '{place} Commission for Discipline Inspection and Supervisory Commission',
    slug: 'discipline-and-supervision-commission',
    level: 'any',
    confident: true,
  },
  { suffix: '省委', kind: 'party-body', en: '{place} Provincial Party Committee', slug: 'party-committee', level: 'province', confident: true },
  { suffix: '市委', kind: 'party-body', en: '{place} Municipal Party Committee', slug: 'party-committee', level: 'city', confident: true },
  { suffix: '县委', kind: 'party-body', en: '{place} County Party Committee', slug: 'party-committee', level: 'county', confident: true },
  // A prefecture's administrative office after its full name (某某地区行署, 某某地区行政公署): see PREFECTURE_BODY_SUFFIXES.
  ...PREFECTURE_GOVERNMENT_SUFFIXES,
  // Other departments that environment reports name beside the environment body.
  {
    suffix: '发展改革委',
    kind: 'government',
    en: '{place} Development and Reform Commission',
    slug: 'development-and-reform-commission',
    level: 'any',
    confident: true,
  },
  {
    suffix: '发展和改革委员会',
    kind: 'government',
    en: '{place} Development and Reform Commission',
    slug: 'development-and-reform-commission',
    level: 'any',
    confident: true,
  },
  {
    suffix: '工业和信息化厅',
    kind: 'provincial-department',
    en: '{place} Department of Industry and Information Technology',
    slug: 'department-of-industry-and-information-technology',
    level: 'province',
    confident: true,
  },
  {
    suffix: '自然资源厅',
    kind: 'provincial-department',
    en: '{place} Department of Natural Resources',
    slug: 'department-of-natural-resources',
    level: 'province',
    confident: true,
  },
  {
    suffix: '自然资源局',
    kind: 'municipal-bureau',
    en: '{place} Bureau of Natural Resources',
    slug: 'bureau-of-natural-resources',
    level: 'any',
    confident: true,
  },
  {
    suffix: '住房和城乡建设厅',
    kind: 'provincial-department',
    en: '{place} Department of Housing and Urban-Rural Development',
    slug: 'department-of-housing-and-urban-rural-development',
    level: 'province',
    confident: true,
  },
  {
    suffix: '水利厅',
    kind: 'provincial-department',
    en: '{place} Department of Water Resources',
    slug: 'department-of-water-resources',
    level: 'province',
    confident: true,
  },
  { suffix: '水利局', kind: 'municipal-bureau', en: '{place} Water Resources Bureau', slug: 'water-resources-bureau', level: 'any', confident: true },
  {
    suffix: '农业农村厅',
    kind: 'provincial-department',
    en: '{place} Department of Agriculture and Rural Affairs',
    slug: 'department-of-agriculture-and-rural-affairs',
    level: 'province',
    confident: true,
  },
  {
    suffix: '交通运输厅',
    kind: 'provincial-department',
    en: '{place} Department of Transport',
    slug: 'department-of-transport',
    level: 'province',
    confident: true,
  },
  {
    suffix: '公安厅',
    kind: 'provincial-department',
    en: '{place} Department of Public Security',
    slug: 'department-of-public-security',
    level: 'province',
    confident: true,
  },
  { suffix: '公安局', kind: 'municipal-bureau', en: '{place} Public Security Bureau', slug: 'public-security-bureau', level: 'any', confident: true },
  { suffix: '气象局', kind: 'municipal-bureau', en: '{place} Meteorological Bureau', slug: 'meteorological-bureau', level: 'any', confident: true },
  { suffix: '林业局', kind: 'municipal-bureau', en: '{place} Forestry Bureau', slug: 'forestry-bureau', level: 'any', confident: true },
  { suffix: '人民检察院', kind: 'government', en: "{place} People's Procuratorate", slug: 'procuratorate', level: 'any', confident: true },
  { suffix: '检察院', kind: 'government', en: "{place} People's Procuratorate", slug: 'procuratorate', level: 'any', confident: true },
  {
    suffix: '中级人民法院',
    kind: 'government',
    en: "{place} Intermediate People's Court",
    slug: 'intermediate-court',
    level: 'any',
    confident: true,
  },
  { suffix: '人民法院', kind: 'government', en: "{place} People's Court", slug: 'court', level: 'any', confident: true },
  {
    suffix: '教育厅',
    kind: 'provincial-department',
    en: '{place} Department of Education',
    slug: 'department-of-education',
    level: 'province',
    confident: true,
  },
  { suffix: '教育局', kind: 'municipal-bureau', en: '{place} Education Bureau', slug: 'education-bureau', level: 'any', confident: true },
  {
    suffix: '财政厅',
    kind: 'provincial-department',
    en: '{place} Department of Finance',
    slug: 'department-of-finance',
    level: 'province',
    confident: true,
  },
  { suffix: '财政局', kind: 'municipal-bureau', en: '{place} Finance Bureau', slug: 'finance-bureau', level: 'any', confident: true },
  {
    suffix: '科学技术厅',
    kind: 'provincial-department',
    en: '{place} Department of Science and Technology',
    slug: 'department-of-science-and-technology',
    level: 'province',
    confident: true,
  },
  {
    suffix: '科技厅',
    kind: 'provincial-department',
    en: '{place} Department of Science and Technology',
    slug: 'department-of-science-and-technology',
    level: 'province',
    confident: true,
  },
  {
    suffix: '商务厅',
    kind: 'provincial-department',
    en: '{place} Department of Commerce',
    slug: 'department-of-commerce',
    level: 'province',
    confident: true,
  },
  {
    suffix: '应急管理厅',
    kind: 'provincial-department',
    en: '{place} Department of Emergency Management',
    slug: 'department-of-emergency-management',
    level: 'province',
    confident: true,
  },
  {
    suffix: '应急管理局',
    kind: 'municipal-bureau',
    en: '{place} Emergency Management Bureau',
    slug: 'emergency-management-bureau',
    level: 'any',
    confident: true,
  },
  { suffix: '卫生健康委', kind: 'government', en: '{place} Health Commission', slug: 'health-commission', level: 'any', confident: true },
  {
    suffix: '市场监督管理局',
    kind: 'municipal-bureau',
    en: '{place} Administration for Market Regulation',
    slug: 'market-regulation-administration',
    level: 'any',
    confident: true,
  },
  {
    suffix: '市场监管局',
    kind: 'municipal-bureau',
    en: '{place} Administration for Market Regulation',
    slug: 'market-regulation-administration',
    level: 'any',
    confident: true,
  },
  {
    suffix: '住房城乡建设厅',
    kind: 'provincial-department',
    en: '{place} Department of Housing and Urban-Rural Development',
    slug: 'department-of-housing-and-urban-rural-development',
    level: 'province',
    confident: true,
  },
  { suffix: '统计局', kind: 'municipal-bureau', en: '{place} Statistics Bureau', slug: 'statistics-bureau', level: 'any', confident: true },
  { suffix: '日报', kind: 'media', en: '{place} Daily', slug: 'daily', level: 'any', confident: true },
  { suffix: '晚报', kind: 'media', en: '{place} Evening News', slug: 'evening-news', level: 'any', confident: true },
  { suffix: '广播电视台', kind: 'media', en: '{place} Radio and Television', slug: 'radio-and-television', level: 'any', confident: true },
  { suffix: '电视台', kind: 'media', en: '{place} Television', slug: 'television', level: 'any', confident: true },
  // Provincial satellite channels and radio stations (浙江卫视, 浙江之声), and news sites (滨州网讯, 中国网).
  { suffix: '卫视', kind: 'media', en: '{place} Satellite TV', slug: 'satellite-tv', level: 'any', confident: true },
  { suffix: '之声', kind: 'media', en: 'Voice of {place}', slug: 'radio-voice', level: 'any', confident: true },
  { suffix: '人民广播电台', kind: 'media', en: "{place} People's Radio Station", slug: 'radio-station', level: 'any', confident: true },
  { suffix: '广播电台', kind: 'media', en: '{place} Radio Station', slug: 'radio-station', level: 'any', confident: true },
  { suffix: '新闻网', kind: 'media', en: '{place} News Net', slug: 'news-site', level: 'any', confident: true },
  {
    suffix: '网',
    kind: 'media',
    en: '{place} Net',
    slug: 'news-site',
    level: 'any',
    confident: false,
    notBefore: '络上站格点民页友购店红格联约管员',
  },
  {
    suffix: '生态环境保护督察办公室',
    kind: 'oversight-body',
    en: '{place} Office of Ecological and Environmental Inspection',
    slug: 'inspection-office',
    level: 'any',
    confident: true,
  },
];

/**
 * The bodies of a prefecture (地区: a city-level division that is no city, in Xinjiang, Tibet, Heilongjiang's 大兴安岭)
 * written after its name without 地区 (某某地委, 某某行署): a prefecture is governed by the province's dispatched bodies,
 * the party committee's prefectural committee (地区委员会, 地委) and the government's administrative office (行政公署,
 * 行署: Organic Law of the Local People's Congresses and Local People's Governments, art. 85 of the 2022 text).
 */
export const PREFECTURE_BODY_SUFFIXES: readonly LocalBodySuffix[] = [
  { suffix: '地委', kind: 'party-body', en: '{place} Prefectural Party Committee', slug: 'party-committee', level: 'city', confident: true },
  ...PREFECTURE_GOVERNMENT_SUFFIXES,
];

/**
 * Local bodies by suffix: the genre's own, then the generated system of bodies at every level (body-system.ts),
 * a suffix once, the genre's line first.
 */
export const LOCAL_BODY_SUFFIXES: readonly LocalBodySuffix[] = (() => {
  const bySuffix = new Map<string, LocalBodySuffix>();
  for (const entry of [...GENRE_BODY_SUFFIXES, ...generateBodySuffixes()]) if (!bySuffix.has(entry.suffix)) bySuffix.set(entry.suffix, entry);
  return [...bySuffix.values()];
})();

/**
 * Bodies named after another body (中央纪委国家监委驻生态环境部纪检监察组, 生态环境部党组): `pattern` finds the
 * whole name, with {org} where the host body stands.
 */
export interface AttachedBody {
  /** What follows the host body's name. */
  suffix: string;
  kind: OrganizationKind;
  /** English, with {org} for the host body's English name. */
  en: string;
  slug: string;
}

/** Sub-bodies a host body carries in its name. */
export const ATTACHED_BODIES: readonly AttachedBody[] = [
  { suffix: '党组', kind: 'party-body', en: "Leading Party Members' Group of the {org}", slug: 'party-group' },
  { suffix: '党委', kind: 'party-body', en: 'Party Committee of the {org}', slug: 'party-committee' },
  { suffix: '机关党委', kind: 'party-body', en: 'Party Committee of the Offices of the {org}', slug: 'offices-party-committee' },
  // The CPC's general branch and branch in a primary unit (CPC Constitution, art. 30: 总支部委员会, 支部委员会).
  { suffix: '党总支', kind: 'party-body', en: 'General Party Branch of the {org}', slug: 'general-party-branch' },
  { suffix: '党支部', kind: 'party-body', en: 'Party Branch of the {org}', slug: 'party-branch' },
  // The teams a body sends out, named by it (市委督查组, 市人大常委会调研组, 省政府督导组): party committees send
  // inspection (巡视组, 巡察组: the CPC Regulations on Inspection Work) and supervision teams (督查组, 督导组), congresses'
  // standing committees and CPPCC committees survey and inspection teams (调研组, 检查组: the Supervision Law of the
  // Standing Committees, art. 22-23); the team speaks and acts as one in the report, a body of its own.
  ...[
    ['督查组', 'Supervision Team', 'supervision-team'],
    ['督导组', 'Steering Team', 'steering-team'],
    ['调研组', 'Survey Team', 'survey-team'],
    ['检查组', 'Inspection Team', 'inspection-team'],
    ['巡视组', 'Inspection Tour Team', 'inspection-tour-team'],
    ['巡察组', 'Inspection Tour Team', 'inspection-tour-team'],
  ].map(([suffix, en, slug]) => ({ suffix: suffix!, kind: 'oversight-body' as const, en: `${en} of the {org}`, slug: slug! })),
  { suffix: '新闻办公室', kind: 'other', en: 'Information Office of the {org}', slug: 'information-office' },
  { suffix: '新闻办', kind: 'other', en: 'Information Office of the {org}', slug: 'information-office' },
];

/**
 * The working committees of a people's congress's standing committee, written right after it (省人大常委会法工委,
 * 市人大常委会环资工委): the Organic Law of the Local People's Congresses and Local People's Governments (art. 53 of
 * the 2022 text) lets the standing committees of provinces and cities set up 法制工作委员会, 预算工作委员会,
 * 代表工作委员会 and other working bodies, each named for its field and shortened to the field's abbreviation and
 * 工委 (环境与资源保护工作委员会, 环资工委). A field is at most 12 characters in full and 4 in the short form.
 */
export const CONGRESS_WORKING_COMMITTEE = /^(?:\p{Script=Han}{2,12}?工作委员会|\p{Script=Han}{1,4}?工委)/u;

/**
 * The special committees (专门委员会) of a people's congress and of a CPPCC committee by the short names the press
 * gives them (省人大环资委, 省政协人资环委, or bare at the head of a post run in a report of that body: 人资环委副主任某某).
 * The Organic Law of the NPC (art. 35) and of the Local People's Congresses (art. 38 of the 2022 text) set up 民族,
 * 宪法和法律 (法制), 监察和司法 (内务司法), 财政经济, 教育科学文化卫生, 外事, 华侨, 环境与资源保护 (城乡建设环境保护),
 * 农业与农村 and 社会建设 committees; the CPPCC's Charter and its committees' rules set up 提案, 经济, 农业和农村,
 * 人口资源环境, 教科卫体, 社会和法制, 民族和宗教, 港澳台侨, 外事 and 文化文史和学习 committees. Only the short names,
 * each the field's abbreviation and 委, so that no other word ending in 委 (常委, 党委) is read as one.
 */
export const SPECIAL_COMMITTEE_SHORT_NAMES: readonly string[] = [
  // People's congresses.
  '民族委',
  '宪法法律委',
  '法制委',
  '监察司法委',
  '内务司法委',
  '内司委',
  '财经委',
  '教科文卫委',
  '外事委',
  '华侨委',
  '环资委',
  '城建环保委',
  '城环委',
  '农业农村委',
  '农委',
  '社会建设委',
  '社建委',
  '民侨外委',
  '民宗侨外委',
  // CPPCC committees.
  '提案委',
  '经济委',
  '人资环委',
  '教科卫体委',
  '社法委',
  '民宗委',
  '港澳台侨委',
  '文史委',
  '文史学习委',
  '学习文史委',
  '文化文史委',
];

/**
 * The stationed discipline group: 中央纪委国家监委驻<host>纪检监察组. Its parents are the two central
 * oversight bodies, which the name contains.
 */
export const STATIONED_GROUP = {
  prefix: '中央纪委国家监委驻',
  suffix: '纪检监察组',
  kind: 'oversight-body' as OrganizationKind,
  en: 'Discipline Inspection and Supervision Group of the Central Commission for Discipline Inspection and the National Supervisory Commission stationed at the {org}',
  parents: ['organization:central-commission-for-discipline-inspection', 'organization:national-supervisory-commission'],
};

/**
 * The discipline groups a local commission stations (CPC Constitution, art. 45: the central and local discipline
 * commissions station discipline groups in the party and state bodies of their level; Supervision Law, art. 12):
 * 省纪委监委驻<host>纪检监察组, named like the central ones with the level's commission first; and, in the host's own
 * releases, by the host's one-character kind alone (驻厅纪检监察组, 驻部纪检监察组, 驻局纪检组), as the host's posts are
 * (厅党组书记). Before the 2018 merger of the commissions the group was a 纪检组.
 */
export const LOCAL_STATIONED_PREFIX = /^(?:[省市县区州盟]|自治区|自治州)纪委(?:监委)?驻/u;
export const STATIONED_GROUP_SUFFIXES: readonly string[] = ['纪检监察组', '纪检组'];
export const STATIONED_HOST_KINDS: readonly string[] = ['部', '厅', '局', '委', '办'];

/**
 * Endings of a body's name that let a title and a name after it be read as `<org><title><name>` even when
 * the body is in no table (东岚日报社, 某某研究院): the finder accepts these only before a title.
 */
export const GENERIC_BODY_ENDINGS: readonly { ending: string; kind: OrganizationKind; en: string }[] = [
  { ending: '督察组', kind: 'oversight-body', en: 'Inspection Team' },
  { ending: '委员会', kind: 'government', en: 'Commission' },
  { ending: '办公室', kind: 'other', en: 'Office' },
  { ending: '研究院', kind: 'public-institution', en: 'Research Academy' },
  { ending: '研究所', kind: 'public-institution', en: 'Research Institute' },
  { ending: '研究中心', kind: 'public-institution', en: 'Research Centre' },
  { ending: '中心', kind: 'public-institution', en: 'Centre' },
  { ending: '大学', kind: 'public-institution', en: 'University' },
  { ending: '学院', kind: 'public-institution', en: 'College' },
  // Schools below the university (the Education Law, art. 26-27: a school is set up with its own name; the primary
  // and secondary schools name themselves 某某中学, 某某小学, 某某学校).
  { ending: '中学', kind: 'public-institution', en: 'Middle School' },
  { ending: '小学', kind: 'public-institution', en: 'Primary School' },
  { ending: '协会', kind: 'other', en: 'Association' },
  // The social organizations' kinds of name (Regulations on the Registration of Social Organizations: 学会, 研究会,
  // 促进会, 联合会, 基金会), the state's key laboratories (MOST's 国家重点实验室) and an event's organizing committee.
  { ending: '学会', kind: 'other', en: 'Society' },
  { ending: '研究会', kind: 'other', en: 'Research Society' },
  { ending: '促进会', kind: 'other', en: 'Promotion Association' },
  { ending: '联合会', kind: 'other', en: 'Federation' },
  { ending: '基金会', kind: 'other', en: 'Foundation' },
  { ending: '实验室', kind: 'public-institution', en: 'Laboratory' },
  // Hospitals, the medical institutions whose names the Regulations on the Administration of Medical Institutions
  // (art. 14 of their rules: 识别名称 + 通用名称) end in 医院 (某某市人民医院); public institutions whose heads sit in the
  // congresses and the CPPCC.
  { ending: '医院', kind: 'public-institution', en: 'Hospital' },
  { ending: '组委会', kind: 'other', en: 'Organizing Committee' },
  // The other committees an award or an event sets up beside its organizing one, by their short names: the judging
  // committee (评审委员会, 评委会) that an award's rules name for its selection, and the preparatory committee
  // (筹备委员会, 筹委会) of a congress, a forum or a society before its founding.
  { ending: '评委会', kind: 'other', en: 'Judging Committee' },
  { ending: '筹委会', kind: 'other', en: 'Preparatory Committee' },
  // A development zone's management committee (the zones of the China Development Zone Audit Announcement Catalogue
  // are run by one, 管理委员会, printed short as 管委会).
  { ending: '管委会', kind: 'government', en: 'Management Committee' },
  // State forest farms and farms, named by their place and kind (某某林场; the Guiding Opinions on the Reform of State
  // Forest Farms, 2015, which makes most of them public institutions; state farms are enterprises).
  { ending: '林场', kind: 'public-institution', en: 'Forest Farm' },
  // Volunteer teams, the volunteer service organizations of the Regulations on Volunteer Service (2017, art. 6), which
  // name themselves 某某志愿服务队.
  { ending: '服务队', kind: 'other', en: 'Service Team' },
  { ending: '农场', kind: 'enterprise', en: 'Farm' },
  { ending: '集团', kind: 'enterprise', en: 'Group' },
  { ending: '公司', kind: 'enterprise', en: 'Company' },
  { ending: '报社', kind: 'media', en: 'Newspaper' },
  { ending: '日报', kind: 'media', en: 'Daily' },
  { ending: '处', kind: 'other', en: 'Division' },
  { ending: '科', kind: 'other', en: 'Section' },
  { ending: '司', kind: 'ministry-unit', en: 'Department' },
  { ending: '局', kind: 'other', en: 'Bureau' },
  { ending: '厅', kind: 'other', en: 'Department' },
  { ending: '站', kind: 'public-institution', en: 'Station' },
  // Offices of leading groups (省美丽办, 省治水办) and enforcement corps (执法总队, 总队).
  { ending: '办', kind: 'other', en: 'Office' },
  { ending: '总队', kind: 'oversight-body', en: 'Corps' },
  { ending: '支队', kind: 'oversight-body', en: 'Detachment' },
  { ending: '大队', kind: 'oversight-body', en: 'Brigade' },
];

/**
 * Words that open a list of attendees, or the agent of a meeting's chair, and so end the clause before a body found
 * by its ending (出席会议的有 + 东岚大学某某院士, 参加论坛的还有…, 其中…, 会议由…主持): a body's name never holds them.
 */
export const ATTENDEE_LIST_OPENERS: readonly string[] = [
  '的有',
  '的还有',
  '包括',
  '其中',
  // The agent of a meeting's chair (会议由…主持, 记者招待会由…主持): 由 after the event's noun ends it, not 自由 of a
  // free-trade zone's name.
  '会由',
  '式由',
  '动由',
  '坛由',
  // A leader and those the leader brings (某某率省某某站主任某某…, 某某带领…): the verb of leading ends the clause of
  // the leader, and the body after it starts with the next person's post, as in a visit's or inspection's lead.
  '率',
  '带领',
];

/**
 * The host's verb of receiving a guest (某某会见了来访的某国某协会副总裁某某一行, 会晤, 接见, 拜会): the formula of protocol
 * news puts the guest's body and post right after the verb, so the host's clause ends with it; only after the host,
 * since a name may start with the same characters (会见厅管理处).
 */
export const RECEIVING_VERBS: readonly string[] = ['会见了来访的', '会见了', '会见', '会晤', '接见', '拜会', '来访的'];

/**
 * The headings of a minutes' attendance lists (GB/T 9704-2012, 10.3: a 纪要 names those present, on leave and sitting in
 * after 出席, 请假 and 列席 and a colon), after which each item is a body and a name with no post between
 * (列席：市生态环境局某某、市财政局某某): the person attends for that body, with the heading for a post.
 */
export const ROSTER_HEADINGS: readonly { heading: string; en: string }[] = [
  { heading: '出席人员', en: 'Present' },
  { heading: '列席人员', en: 'Sitting in' },
  { heading: '参会人员', en: 'Present' },
  { heading: '出席', en: 'Present' },
  { heading: '列席', en: 'Sitting in' },
  { heading: '请假', en: 'On leave' },
  // The same lists as a news page or a web edition of minutes introduces them (出席会议的有：甲、乙；参加会议人员：甲 乙).
  { heading: '出席会议的有', en: 'Present' },
  { heading: '出席会议的还有', en: 'Present' },
  { heading: '参加会议的有', en: 'Present' },
  { heading: '参加会议的还有', en: 'Present' },
  { heading: '参加会议人员', en: 'Present' },
  { heading: '出席会议人员', en: 'Present' },
  { heading: '参加人员', en: 'Present' },
  { heading: '出席领导', en: 'Present' },
  // A photo caption's list of the people in it, from one side (左起：甲、乙、丙).
  { heading: '左起', en: 'In the photo' },
  { heading: '右起', en: 'In the photo' },
  { heading: '前排左起', en: 'In the photo' },
  { heading: '从左至右', en: 'In the photo' },
  { heading: '从左到右', en: 'In the photo' },
];

/**
 * The level word a report leaves out when the place is the report's own (省生态环境厅 in a provincial
 * report is that province's department): 省 before a province body, 市 before a city body.
 */
export const ELIDED_PLACE_WORDS: Readonly<Record<string, 'province' | 'city' | 'county'>> = {
  省: 'province',
  市: 'city',
  县: 'county',
  区: 'county',
  // An autonomous prefecture and a league are of a city's level (Constitution art. 30; 州委, 州政协, 盟委); both words also
  // end place names (贵州, 锡林郭勒盟), so they stand for a place only outside one.
  州: 'city',
  盟: 'city',
  // A banner is of a county's level in Inner Mongolia (旗委, 旗政府, 旗生态环境局), and ends place names too (达拉特旗).
  旗: 'county',
  // The autonomous units by their own level words (Constitution art. 30; Law on Regional National Autonomy): an
  // autonomous region's reports write its bodies 自治区生态环境厅, 自治区政府, 自治区党委, as a province's write 省….
  自治区: 'province',
  自治州: 'city',
  自治县: 'county',
  自治旗: 'county',
};

/**
 * Elided place words that also end place names (贵州, 杭州, 达拉特旗, 广西壮族自治区): read as a level word only where
 * no place covers them.
 */
export const PLACE_ENDING_LEVEL_WORDS: readonly string[] = ['州', '盟', '旗', '自治区', '自治州', '自治县', '自治旗'];

/**
 * Bodies listed together (生态处、水处、气处、固管中心、总队相关负责人列席; 浙江之声、浙江日报、钱江晚报等媒体): a
 * list is one of bodies when one of its items is a body already found, or when one of these follows its last item.
 */
export const BODY_LIST_TAILS: readonly string[] = [
  '相关负责人',
  '有关负责人',
  '主要负责人',
  '负责人',
  '主要负责同志',
  '有关负责同志',
  '相关负责同志',
  '分管负责同志',
  '负责同志',
  '等单位',
  '等部门',
  '等媒体',
  '等新闻媒体',
  '等主流媒体',
  '围绕',
  '作表态发言',
  '作交流发言',
  '交流发言',
  '分别',
  // What a meeting's report says of the bodies it heard (会议听取了甲厅、乙局有关情况汇报; 甲局、乙镇在会上作交流发言):
  // the reports and the speeches at the meeting that bodies give in turn.
  '有关情况',
  '工作情况',
  '在会上',
];

/**
 * The areas a city bureau keeps a branch in besides its counties (某市生态环境局 + 某某省级旅游度假区 + 分局): the
 * functional zones the vertical-management reform of environmental bodies (2016 guiding opinions) gives branches to,
 * by the ending of their kind (development zones, new areas, tourist resorts of GB/T 26358).
 */
export const BRANCH_AREA_ENDINGS: readonly string[] = ['旅游度假区', '度假区', '开发区', '高新区', '新区', '经济区', '工业园区', '园区'];

/**
 * A list closed by the kind of its items (华邦、建业等企业, …等4家企业): each item is a body of that kind whatever its
 * ending, as inspection news lists the enterprises it checked by their trade names.
 */
export const KIND_LIST_TAILS: readonly { pattern: RegExp; kind: OrganizationKind }[] = [
  { pattern: /^等(?:\d+|[一二两三四五六七八九十]+)?家?(?:企业|公司)/u, kind: 'enterprise' },
];

/**
 * The forms of company an enterprise's registered name ends in (Company Law arts. 8 and 9: 有限责任公司 or 有限公司,
 * 股份有限公司 or 股份公司; the Regulations on the Administration of Enterprise Name Registration (2020), art. 6: a name is
 * a division, a trade name, a trade and one of these forms), and the word of an enterprise group's name (the
 * Provisional Regulations on the Registration of Enterprise Groups: the parent's trade name + 集团), after which a
 * subsidiary's name ends in 公司 alone (某钢集团矿业公司).
 */
export const ENTERPRISE_FORMS: readonly string[] = ['股份有限公司', '有限责任公司', '有限公司', '股份公司'];
/**
 * A company's branch, which is no legal person and is registered under the company's name with its own place and the
 * word 分公司 (Company Law art. 13 of 2023, art. 14 before: 公司可以设立分公司; the enterprise-name regulations: a branch's
 * name is its company's name or short name, then its place and 分公司): 中国石化某某石油分公司, 中国邮政某某分公司.
 */
/**
 * The buildings an event is held in, named for their use (某某国际会展中心, 县党政会议中心): a venue, where the genre's
 * reports place a launch or a meeting (在…举行, 在…前面), not a body, though its name ends in 中心 as an institution's does.
 */
export const VENUE_ENDINGS: readonly string[] = ['会议中心', '会展中心', '展览中心', '博览中心', '体育中心'];

export const ENTERPRISE_BRANCH_FORMS: readonly string[] = ['分公司'];
export const ENTERPRISE_GROUP_WORD = '集团';
export const ENTERPRISE_GROUP_END = '公司';

/** Endings of media names a list may hold without a place (钱江晚报, 路透社, 中国网). */
export const MEDIA_ENDINGS: readonly string[] = ['晚报', '日报', '卫视', '之声', '电视台', '电台', '新闻网', '网', '社'];

/**
 * Where a report names its outlet (sources in docs/extraction.md): the source label of a page (来源：…), a dateline
 * at the start of the text (…1月31日电, …7月30日讯, …2025-11-25号报道), and the outlet of a reporter (…记者), whose
 * name then ends like an outlet: the endings above and those of news apps and broadcasters.
 */
export const SOURCE_LABELS: readonly string[] = ['来源', '稿源', '来自'];
// 消息 closes a broadcaster's dateline (央广网北京3月5日消息), as 电 closes a news agency's and 讯 a paper's.
export const DATELINE_ENDS: readonly string[] = ['电', '讯', '报道', '消息'];
export const OUTLET_ENDINGS: readonly string[] = [...MEDIA_ENDINGS, '客户端', '在线', '总台', '时刻', '频道', '报', '全媒体', '融媒体'];

/**
 * The ending of a news app's name (封面新闻, 澎湃新闻): the apps licensed as internet news information services (the 2017
 * Provisions on the Administration of Internet News Information Services) call themselves 某某新闻, two characters and
 * 新闻. As 新闻记者 is also the common noun (中外新闻记者), such an outlet is read only at a clause's start and before a
 * reporter the byline names (封面新闻记者某某).
 */
export const NEWS_APP_ENDING = '新闻';

/**
 * The marks a joint byline sets between two outlets before 记者 (中青报·中青网记者; a paper and its app, 某某晚报—某某新闻
 * 记者): the middle dot and the dash of GB/T 15834 (间隔号, 破折号) join the names of one newsroom's brands.
 */
export const OUTLET_JOINS: readonly string[] = ['·', '—'];

/**
 * The endings of a body's second nameplate in brackets (国家林业和草原局（国家公园管理局）, 生态环境部（国家核安全局）,
 * 自然资源部（国家海洋局）): the organs the reforms have carry a second plate are administrations, ministries and offices.
 */
export const SECOND_PLATE_ENDINGS: readonly string[] = ['管理局', '局', '部', '署', '委员会', '办公室'];

/**
 * How a page names the outlet it reposts or the byline of its own app (sources in docs/extraction.md): 据 + the
 * outlet + a colon at the head of a repost (据某某发布:), and an outlet's 报道 or 讯 right before a bracketed byline
 * (云上某地报道(通讯员 某某)).
 */
export const REPOST_LEAD = '据';
/** Words that define a body's short form in brackets after its full name (某某研究所(以下简称某所)). */
export const SHORT_FORM_MARKS: readonly string[] = ['以下简称', '下称', '简称'];
/** An outlet's words for itself (本报讯, 本网讯): they name no outlet the report does not name otherwise. */
export const OUTLET_SELF_WORDS: readonly string[] = ['本报', '本网', '本台', '本刊', '本站'];
export const BYLINE_OUTLET_ENDS: readonly string[] = ['报道', '讯'];

/**
 * Determiners of all before a kind of body (各局办, 各中心, 各有关单位): the mention is generic, no one body (GOLD.md: 有关部门,
 * 各级政府 are not listed).
 */
export const BODY_DETERMINERS: readonly string[] = ['各', '全体', '所有'];

/** Words after which the first item of a list of bodies starts (与会领导就浙江之声、…, 我代表省美丽办、…). */
export const BODY_LIST_LEADS: readonly string[] = [
  '以及',
  '代表',
  '邀请',
  '包括',
  '就',
  '由',
  '与',
  '和',
  '对',
  '向',
  '请',
  '及',
  '在',
  '为',
  '是',
  '有',
  // The places an inspection team goes to (督导组先后到A、B等企业).
  '到',
  ...['带领', '率领'],
];

/**
 * The verbs by which a leader leads the people of bodies (副县长某某带领县整改办、县林业局负责人): the bodies start after the
 * verb, in whichever item of a list it stands, since the leader's post and name before it are no body's.
 */
export const BODY_LIST_RESTARTS: readonly string[] = ['带领', '率领'];

/**
 * A deliberative and coordinating body (议事协调机构) convened by its name: the State Council's and the party's rules on
 * such bodies name each for its task and kind (某某工作领导小组, 某某委员会, 某某指挥部), and news of their sittings
 * writes 召开 and the body's name before the sitting (第二次会议, 全体会议, 会议), whatever the task; the name then runs
 * from the verb to the kind. A task of 2 to 28 characters, its programme's quotation marks included.
 */
export const CONVENED_BODY =
  /召开((?:[\p{Script=Han}“”]){2,28}?(?:工作领导小组|领导小组|委员会|指挥部))(?=第[一二三四五六七八九十百\d]+次|全体会议|会议)/gu;

/**
 * The deliberative and coordinating bodies (议事协调机构) a party committee or government sets up for a task it
 * leads, which the State Council's Provisions on the Setting-up of Deliberative and Coordinating Bodies (2008) and
 * the 2018 Plan for Deepening the Reform of Party and State Institutions name by the task and 领导小组: a province's
 * 生态文明建设领导小组, 推动长江经济带发展领导小组, 美丽某省建设领导小组. The task is a phrase of building, developing,
 * protecting, governing, rectifying or preventing; these are the words it ends in, before 工作 or 领导小组.
 */
export const TASK_BODY_ENDINGS: readonly string[] = ['建设', '发展', '保护', '治理', '整改', '防治', '攻坚', '修复'];

/** Words of a meeting or of taking part in one, which a task's name never holds (召开某领导小组会议 is no task). */
export const NOT_IN_TASK_NAME = /召开|主持|出席|参加|会议|传达|学习|部署|[、，。；：,;:“”]/u;
