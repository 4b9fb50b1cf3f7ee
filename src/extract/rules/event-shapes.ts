/**
 * What an event looks like: a name ending in a meeting word (…工作会议, …新闻发布会), usually with a year or
 * scope in front, and a verb of holding after it with the place (在北京召开).
 */

/** Words that end an event's name, longest first. */
export const EVENT_HEADS: readonly { head: string; en: string }[] = [
  { head: '例行新闻发布会', en: 'Regular Press Conference' },
  { head: '新闻发布会', en: 'Press Conference' },
  { head: '新闻通气会', en: 'Press Briefing' },
  { head: '工作会议', en: 'Work Conference' },
  { head: '工作推进会', en: 'Progress Meeting' },
  { head: '推进会', en: 'Progress Meeting' },
  { head: '现场会', en: 'On-site Meeting' },
  { head: '座谈会', en: 'Symposium' },
  { head: '动员会', en: 'Mobilisation Meeting' },
  { head: '研讨会', en: 'Seminar' },
  { head: '常务会议', en: 'Executive Meeting' },
  { head: '视频会议', en: 'Video Conference' },
  { head: '视频会', en: 'Video Conference' },
  { head: '会议', en: 'Meeting' },
  { head: '大会', en: 'Congress' },
  { head: '论坛', en: 'Forum' },
  { head: '峰会', en: 'Summit' },
  { head: '发布会', en: 'Launch' },
  { head: '签约仪式', en: 'Signing Ceremony' },
  { head: '启动仪式', en: 'Launch Ceremony' },
  { head: '博览会', en: 'Expo' },
];

/** Verbs that say an event took place, after its name and place (在北京召开). */
export const EVENT_HOLD_VERBS: readonly string[] = ['召开', '举行', '举办', '开幕', '闭幕', '启动'];

/** Verbs that put a person at an event (出席会议, 主持会议, 参加). */
export const ATTEND_VERBS: readonly string[] = ['出席', '参加', '主持', '列席', '参会', '出席并讲话', '作工作报告'];
