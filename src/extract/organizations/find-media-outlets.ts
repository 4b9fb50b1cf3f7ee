import { tokenAt } from '../extraction-context.ts';
import type { OrganizationMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import {
  BYLINE_OUTLET_ENDS,
  DATELINE_ENDS,
  NEWS_APP_ENDING,
  OUTLET_ENDINGS,
  OUTLET_JOINS,
  OUTLET_SELF_WORDS,
  REPOST_LEAD,
  SOURCE_LABELS,
} from '../rules/organization-patterns.ts';
import { REPORTER_ROLES } from '../rules/reporter-roles.ts';
import { QUOTE_TIME_WORDS } from '../rules/speech-verbs.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../rules/surnames.ts';
import { type OrganizationSentence, type OrganizationState, replaceBodiesInside } from './organization-scan.ts';

// The name may end in APP (来源：中国环境APP): a news client names itself by its outlet and the Latin word for it. Pages
// that lay out their header as fields pad the colon on both sides (来源 : 某某平台 | 时间 : …). The source ends at a space
// or the line's end, or where the page's header line runs on into the date it was posted (来源:某某网2023-02-21 23:09)
// or its next credit label (来源:某某在线编辑:某某责编:某某), as a web page prints them.
const SOURCE = new RegExp(
  `(?:${SOURCE_LABELS.join('|')})[ \\u3000]{0,2}[：:][ \\u3000]*([\\p{Script=Han}·]{2,12}(?:APP|App)?)(?=[\\s　]|$|\\d{4}[-/年]|(?:编辑|责编|作者)[：:])`,
  'gu',
);
const DATELINE = new RegExp(
  `^[ \\u3000]*(?:本报)?([\\p{Script=Han}·]{2,16}?)(?:\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2}号?)(?:${DATELINE_ENDS.join('|')})`,
  'u',
);
// The outlet's 讯 with the date after it (某某网讯 6月5日，…): web outlets print the dateline so, the day opening the lead,
// or a day told relative to the report's (某某网讯 日前，…; 近日, 昨天: QUOTE_TIME_WORDS, the news's relative days).
const DATELINE_DATE_AFTER = new RegExp(
  `^[ \\u3000]*([\\p{Script=Han}·]{2,12}?)讯[ \\u3000]*(?=\\d{1,2}月\\d{1,2}日|(?:${QUOTE_TIME_WORDS.join('|')})[，,])`,
  'u',
);
// A regional channel's dateline with no date in it (某某在线四川消息：2月18日，…): a web outlet's provincial channel
// heads its stories with the outlet, the province and 消息 and a colon, the day opening the lead after it.
const CHANNEL_DATELINE = /^[ \u3000]*([\p{Script=Han}·]{2,16}?)(?:频道)?消息[：:]/u;
const REPOST = new RegExp(`^[ \\u3000]*${REPOST_LEAD}([\\p{Script=Han}·]{2,12})[：:]`, 'u');
const BYLINE_OUTLET = new RegExp(`^[ \\u3000]*([\\p{Script=Han}·]{2,12}?)(?:${BYLINE_OUTLET_ENDS.join('|')})[（(]`, 'u');
const BYLINE_ROLES = REPORTER_ROLES.filter((role) => role.position === 'before').map((role) => role.role);
const OUTLET_END = new RegExp(`(?:${OUTLET_ENDINGS.join('|')})$`, 'u');
// A photographer's credit at the end of a caption: the outlet, the name (glued to it or set apart) and 摄.
const PHOTO_CREDIT = /(?<![\p{Script=Han}])(\p{Script=Han}{2,16}[ \u3000]*\p{Script=Han}{2,3})[ \u3000]*摄(?![\p{Script=Han}])/gu;
// Parts of speech of the words an outlet's name is made of (中央/广播电视/总台, 四川/在线).
const NAME_TAGS = /^(n|nt|nz|ns|nrt|nr|j|x|b|vn)$/;

/**
 * Outlets at the places reports name them: after a page's source label (来源：参考消息网), at the head of a dateline
 * (中新网拉萨1月31日电, without the place), and before 记者 when the words there end like an outlet (中央广播电视总台
 * 记者, 中青报·中青网记者), and before a photographer's name and 摄 (某省政府网李某 摄); at the head of a repost
 * (据某某发布:) and before a bracketed byline (云上某地报道(通讯员 某某)). Each is a media body.
 */
export function findMediaOutlets(state: OrganizationState, scan: OrganizationSentence): void {
  const add = (at: number, name: string, rule: string) => {
    if (name.length < 2) return;
    const span = scan.span(at, name.length);
    // A body found there already keeps its reading (来源：浙江环保厅 is the department).
    const overlapping = state.organizations.filter((org) => org.start < span.end && span.start < org.end);
    if (overlapping.some((org) => !(org.start >= span.start && org.end <= span.end) || (org.start === span.start && org.end === span.end))) return;
    replaceBodiesInside(state, scan, outlet(scan, span, name, rule));
  };
  const { text } = scan;
  for (const match of text.matchAll(SOURCE)) add(match.index + match[0].length - match[1]!.length, match[1]!, 'organization/source-label');
  // Only at the head of the report (据了解： further on is no source), not an outlet's word for itself (本报讯), and not
  // a place (北京报道).
  for (const head of [REPOST.exec(text), BYLINE_OUTLET.exec(text)])
    if (
      head &&
      scan.sentence.paragraph === 0 &&
      !OUTLET_SELF_WORDS.includes(head[1]!) &&
      !scan.regions.some((region) => region.start === scan.span(head.index + head[0].indexOf(head[1]!), 0).start)
    )
      add(head.index + head[0].indexOf(head[1]!), head[1]!, 'organization/repost-source');
  const dateline = DATELINE.exec(text);
  // A byline with its date and place (本报记者某某7月2日北京报道: the special report's line, the reporter, then when and
  // where he filed) opens with a reporter's role, and names no outlet.
  if (dateline && !BYLINE_ROLES.some((role) => dateline[1]!.startsWith(role))) {
    const at = dateline.index + dateline[0].indexOf(dateline[1]!);
    // The place of the dateline is no part of the outlet's name (中新网 + 拉萨).
    const place = scan.regions.find((region) => region.end === scan.span(at + dateline[1]!.length, 0).start && region.start > scan.span(at, 0).start);
    const placeAt = scan.regions.find((region) => region.start === scan.span(at, 0).start);
    const name = place ? text.slice(at, at + (place.start - scan.span(at, 0).start)) : dateline[1]!;
    // A dateline of a place alone (北京1月4日电, 本报张掖…电) names no outlet; an outlet named after its country or
    // place (中国林业网9月17日讯, 某省日报…讯) opens with that place and ends like an outlet after it.
    const namedAfterPlace = placeAt !== undefined && placeAt.end < scan.span(at + name.length, 0).start && OUTLET_END.test(name);
    if (!placeAt || namedAfterPlace) add(at, name, 'organization/dateline');
  }
  const dated = DATELINE_DATE_AFTER.exec(text);
  if (dated && OUTLET_END.test(dated[1]!) && !OUTLET_SELF_WORDS.includes(dated[1]!))
    add(dated.index + dated[0].indexOf(dated[1]!), dated[1]!, 'organization/dateline-date-after');
  const channel = CHANNEL_DATELINE.exec(text);
  if (channel) {
    const at = channel.index + channel[0].indexOf(channel[1]!);
    // The outlet is the words before the channel's place (某某在线 + 四川), and ends as an outlet does.
    const place = scan.regions.find((region) => region.end === scan.span(at + channel[1]!.length, 0).start && region.start > scan.span(at, 0).start);
    const name = place ? text.slice(at, at + (place.start - scan.span(at, 0).start)) : channel[1]!;
    if (OUTLET_END.test(name) && !OUTLET_SELF_WORDS.includes(name)) add(at, name, 'organization/channel-dateline');
  }
  for (let at = text.indexOf('记者'); at >= 0; at = text.indexOf('记者', at + 2)) {
    const post = convergedPostOutlet(state, scan, at);
    if (post) {
      add(post.start, text.slice(post.start, post.end), 'organization/reporter-outlet');
      continue;
    }
    const start = outletStart(state, scan, at);
    if (start !== undefined && OUTLET_END.test(text.slice(start, at))) add(start, text.slice(start, at), 'organization/reporter-outlet');
    else if (newsAppBefore(state, text, at)) {
      const app = at - NEWS_APP_ENDING.length - 2;
      add(app, text.slice(app, at), 'organization/news-app-reporter');
      // The paper the app belongs to, joined before it (某某晚报—某某新闻记者): an outlet of its own.
      const paper = app > 0 && OUTLET_JOINS.includes(text[app - 1]!) ? outletStart(state, scan, app - 1) : undefined;
      if (paper !== undefined && OUTLET_END.test(text.slice(paper, app - 1))) add(paper, text.slice(paper, app - 1), 'organization/reporter-outlet');
    }
  }
  for (const credit of text.matchAll(PHOTO_CREDIT)) {
    const outletName = outletOfCredit(credit[1]!);
    if (outletName) add(credit.index, outletName, 'organization/photo-credit-outlet');
  }
}

// A converged newsroom's reporter (某某日报社全媒体记者, 某某台融媒体记者: the posts of 媒体融合, rules/reporter-roles.ts):
// the outlet ends before 全媒体 or 融媒体 when what is left there ends like an outlet; a place before them (某县融媒体记者)
// is read as before, the county's media centre by its short name.
function convergedPostOutlet(state: OrganizationState, scan: OrganizationSentence, at: number): { start: number; end: number } | undefined {
  const prefix = CONVERGED_POSTS.find((word) => scan.text.startsWith(word, at - word.length));
  if (!prefix) return undefined;
  const end = at - prefix.length;
  const start = outletStart(state, scan, end);
  const name = start === undefined ? '' : scan.text.slice(start, end);
  return start !== undefined && OUTLET_END.test(name) && !CONVERGED_POSTS.some((word) => name.endsWith(word)) ? { start, end } : undefined;
}
const CONVERGED_POSTS = ['全媒体', '融媒体'];

// Whether a news app's name (two characters and 新闻) opens the clause (or follows a paper's name and a joining mark)
// before 记者 and a reporter's name follows it.
function newsAppBefore(state: OrganizationState, text: string, at: number): boolean {
  const start = at - NEWS_APP_ENDING.length - 2;
  if (start < 0 || !text.startsWith(NEWS_APP_ENDING, at - NEWS_APP_ENDING.length) || !/^\p{Script=Han}{2}$/u.test(text.slice(start, start + 2)))
    return false;
  if (start > 0 && !/[\s，。：；、,:;（(]/u.test(text[start - 1]!) && !OUTLET_JOINS.includes(text[start - 1]!)) return false;
  const cut = (piece: string) => state.context.tagger.cutKnownWords(piece);
  // The name glued to 记者 or set apart by spaces, as a credit line prints it (开屏新闻记者 某某).
  const name = at + 2 + (/^[ \u3000]*/u.exec(text.slice(at + 2))?.[0].length ?? 0);
  return readPersonName(text, name, { knownNames: new Set(), cutKnownWords: cut }) !== undefined;
}

// Where the outlet before 记者 starts: back over the words of a name, and the mark between two outlets (OUTLET_JOINS).
// A name may open with a one-character adjective (新 of 新京报, 新快报) when the line or clause starts right before it, as
// a byline does (作者：新京报记者 某某); elsewhere an adjective before the outlet is the sentence's own word.
function outletStart(state: OrganizationState, scan: OrganizationSentence, end: number): number | undefined {
  const tokens = state.context.tokens[scan.sentence.index]!;
  const { text } = scan;
  let at = end;
  while (at > 0 && end - at < 12) {
    const token = tokenAt(tokens, scan.span(at - 1, 0).start);
    if (!token) break;
    const word = text.slice(at - (token.end - token.start), at);
    if (OUTLET_JOINS.includes(word) || (NAME_TAGS.test(token.tag) && /^\p{Script=Han}+$/u.test(word))) {
      at -= token.end - token.start;
      continue;
    }
    // Not when the adjective makes an outlet's ending alone (全 + 媒体 of 全媒体记者, a reporter's post, no outlet).
    const opener = token.tag === 'a' && /^\p{Script=Han}$/u.test(word) && (at === 1 || /[\s\p{P}]/u.test(text[at - 2]!));
    if (opener && !OUTLET_ENDINGS.includes(text.slice(at - 1, end))) at -= 1;
    break;
  }
  while (at < end && OUTLET_JOINS.includes(text[at]!)) at += 1;
  return at < end ? at : undefined;
}

// The outlet of a credit's words before 摄: what is left when a name of three or two characters that starts with a
// surname is cut off its end (spaces between them or not), if it ends like an outlet.
function outletOfCredit(words: string): string | undefined {
  for (const length of [3, 2]) {
    const name = words.slice(-length);
    const rest = words.slice(0, -length).replace(/[ \u3000]+$/u, '');
    const surname = SINGLE_SURNAMES.has(name[0]!) || COMPOUND_SURNAMES.has(name.slice(0, 2));
    if (/^\p{Script=Han}+$/u.test(name) && surname && /^\p{Script=Han}+$/u.test(rest) && OUTLET_END.test(rest)) return rest;
  }
  return undefined;
}

/** A media outlet found at a span of the sentence, by `rule`; `found` says how sure and why, when not by its place. */
export function outlet(
  scan: OrganizationSentence,
  span: { start: number; end: number },
  name: string,
  rule: string,
  found = { confidence: 0.7, review: 'outlet found by where the report names it' },
): OrganizationMention {
  return {
    ...span,
    label: 'Organization',
    surface: name,
    sentence: scan.sentence.index,
    name,
    kind: 'media',
    parents: [],
    former: false,
    rule,
    ...found,
  };
}
