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

// The ordinals of the inspection teams of one round, and the names the teams had before and after 2018.
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const INSPECTION_STEMS = ['生态环境保护', '环境保护', '环保'];

/** The central bodies, as lines of the table of national bodies. */
export const CENTRAL_BODIES: readonly NamedBody[] = [
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
  {
    id: 'organization:central-inspection-team',
    name: '中央生态环境保护督察组',
    nameEn: 'Central Ecological and Environmental Inspection Team',
    kind: 'oversight-body',
    aliases: INSPECTION_STEMS.slice(1).map((stem) => `中央${stem}督察组`),
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
    aliases: INSPECTION_STEMS.slice(1).map((stem) => `中央第${ordinal}${stem}督察组`),
  })),
];
