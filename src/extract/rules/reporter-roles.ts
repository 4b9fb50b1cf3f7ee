/**
 * Roles in a byline: what each means and which relation to the document it gives. Those who gathered the news
 * (记者, 通讯员, 摄影) REPORTED it; those who produced the text (执笔, 整理, 编辑) WROTE it. A role after a list
 * applies to all of the list.
 */
export interface ReporterRole {
  role: string;
  en: string;
  relation: 'REPORTED' | 'WROTE';
  /** Whether the role comes before the names (记者 张三) or after them (张三执笔). */
  position: 'before' | 'after';
}

/** Byline roles, longest first. */
export const REPORTER_ROLES: readonly ReporterRole[] = [
  { role: '特约记者', en: 'Special correspondent', relation: 'REPORTED', position: 'before' },
  // The posts of a converged newsroom (媒体融合: the 2014 guiding opinions on the integrated development of traditional
  // and new media): a paper's or broadcaster's reporter who files for all its channels (某某日报社全媒体记者某某).
  { role: '全媒体记者', en: 'Multimedia reporter', relation: 'REPORTED', position: 'before' },
  { role: '融媒体记者', en: 'Converged-media reporter', relation: 'REPORTED', position: 'before' },
  { role: '见习记者', en: 'Trainee reporter', relation: 'REPORTED', position: 'before' },
  { role: '记者', en: 'Reporter', relation: 'REPORTED', position: 'before' },
  { role: '通讯员', en: 'Correspondent', relation: 'REPORTED', position: 'before' },
  { role: '实习生', en: 'Intern', relation: 'REPORTED', position: 'before' },
  { role: '摄影', en: 'Photographer', relation: 'REPORTED', position: 'before' },
  { role: '责任编辑', en: 'Editor in charge', relation: 'WROTE', position: 'before' },
  { role: '编辑', en: 'Editor', relation: 'WROTE', position: 'before' },
  // 责编, the short form of 责任编辑 that web pages print in their header line (编辑:某某责编:某某).
  { role: '责编', en: 'Editor in charge', relation: 'WROTE', position: 'before' },
  // Credits at the foot of a web page (作者：…, 审核：…, 文/…, 图/…).
  { role: '作者', en: 'Author', relation: 'WROTE', position: 'before' },
  { role: '撰稿', en: 'Writer', relation: 'WROTE', position: 'before' },
  { role: '审核', en: 'Reviewed by', relation: 'WROTE', position: 'before' },
  { role: '审校', en: 'Reviewed by', relation: 'WROTE', position: 'before' },
  { role: '校对', en: 'Proofread by', relation: 'WROTE', position: 'before' },
  // Text and pictures by one hand (文/图 某某, 图/文 某某, 图文/某某).
  { role: '文/图', en: 'Text and photos by', relation: 'WROTE', position: 'before' },
  { role: '图/文', en: 'Photos and text by', relation: 'WROTE', position: 'before' },
  { role: '图文/', en: 'Text and photos by', relation: 'WROTE', position: 'before' },
  { role: '文/', en: 'Text by', relation: 'WROTE', position: 'before' },
  { role: '图/', en: 'Photo by', relation: 'REPORTED', position: 'before' },
  { role: '集体采访', en: 'Joint interview (collective reporting)', relation: 'REPORTED', position: 'after' },
  { role: '采访', en: 'Interview', relation: 'REPORTED', position: 'after' },
  { role: '报道', en: 'Reporting', relation: 'REPORTED', position: 'after' },
  { role: '执笔', en: 'Writer (drafted the report)', relation: 'WROTE', position: 'after' },
  { role: '整理', en: 'Compiled by', relation: 'WROTE', position: 'after' },
  { role: '摄', en: 'Photographer', relation: 'REPORTED', position: 'after' },
];

/**
 * Roles of the credit block that closes a video or new-media piece (监制丨…, 策划丨…, 摄像丨…), as broadcasters and
 * news apps print them, with their English: who gathered the pictures REPORTED (`CREDIT_REPORTERS`), who planned,
 * produced or edited WROTE. A credit is a role, a bar or colon, and the names, often run together (摄像丨蒋硕江易);
 * several credits may share a line.
 */
export const CREDIT_ROLE_ENGLISH: Readonly<Record<string, string>> = {
  总监制: 'Chief producer',
  监制: 'Producer',
  出品人: 'Publisher',
  出品: 'Published by',
  总策划: 'Chief planner',
  策划: 'Planner',
  统筹: 'Coordinator',
  直播统筹: 'Live coordinator',
  制作: 'Production',
  后期制作: 'Post-production',
  剪辑: 'Video editor',
  主编: 'Chief editor',
  责编: 'Editor in charge',
  编审: 'Copy editor',
  编导: 'Director',
  设计: 'Designer',
  美编: 'Art editor',
  海报: 'Poster',
  配音: 'Voice-over',
  // The three-level review of the publishing trade (三审制: 初审, 复审, 终审; also numbered 一审, 二审, 三审), which
  // government sites and new-media accounts print at the foot of a piece.
  初审: 'First review',
  复审: 'Second review',
  终审: 'Final review',
  一审: 'First review',
  二审: 'Second review',
  三审: 'Final review',
  文字: 'Text',
  // The writer's and photographer's credits news pages print at the foot, in brackets after the text or at the head
  // (（文：甲、乙）, 文|… 摄|某某), as 文/ and 摄 in a byline.
  文: 'Text',
  摄: 'Photographer',
  图文: 'Text and photos',
  图片: 'Photos',
  值班编辑: 'Editor on duty',
  摄像: 'Camera',
  航拍: 'Aerial photography',
  视频: 'Video',
  拍摄: 'Filming',
  摄制: 'Filming',
  主持人: 'Host',
};

const CREDIT_REPORTERS = new Set(['摄像', '航拍', '视频', '拍摄', '摄制', '图文', '图片', '摄']);

/** The credit roles with their relation; the byline roles that come before names count as credits too (记者丨…). */
export const CREDIT_ROLES: readonly ReporterRole[] = [
  ...Object.entries(CREDIT_ROLE_ENGLISH).map(([role, en]) => ({
    role,
    en,
    relation: CREDIT_REPORTERS.has(role) ? ('REPORTED' as const) : ('WROTE' as const),
    position: 'before' as const,
  })),
  ...REPORTER_ROLES.filter((role) => role.position === 'before' && !role.role.endsWith('/')),
];

/**
 * The end of a photo caption set as a paragraph of its own between the paragraphs of the story: the picture's credit
 * (图片来源：某局, 记者某某摄, 某某供图), which web pages print under the picture with the caption. A caption is no
 * paragraph of the story: the 他 or 她 after it still stands for the speaker of the paragraph before it.
 */
export const CAPTION_CREDIT_END = /(?:图片来源[：:][^。！？]{1,20}|[\p{Script=Han}·\s]{2,12}摄|[\p{Script=Han}]{2,12}供图)\s*$/u;

/** Marks between a credit's role and its names: the bar of video credits, a colon, a slash. */
export const CREDIT_MARKS = '丨|｜:：/／';

/**
 * Credits printed with no mark between the role and the name, one to a line (二审某某, 三审某某): the three-level review's
 * roles, which nothing else in a report puts alone on a line before a name (a court's 一审 and 二审 head a clause).
 */
export const UNMARKED_CREDIT_ROLES: readonly string[] = ['初审', '复审', '终审', '一审', '二审', '三审'];

/** The title a reporter holds at the media organization the byline names (中国环境报记者…). */
export const REPORTER_TITLES: Readonly<Record<string, string>> = {
  记者: 'Reporter',
  特约记者: 'Special correspondent',
  全媒体记者: 'Multimedia reporter',
  融媒体记者: 'Converged-media reporter',
  见习记者: 'Trainee reporter',
  通讯员: 'Correspondent',
  摄: 'Photographer',
  摄影: 'Photographer',
};
