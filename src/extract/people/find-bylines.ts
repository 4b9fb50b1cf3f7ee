import { tokenAt } from '../extraction-context.ts';
import type { OrganizationMention, PersonMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import { REPORTER_ROLES, REPORTER_TITLES, type ReporterRole } from '../rules/reporter-roles.ts';
import { SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

const ROLES_BEFORE = REPORTER_ROLES.filter((role) => role.position === 'before').sort((a, b) => b.role.length - a.role.length);
const ROLES_AFTER = REPORTER_ROLES.filter((role) => role.position === 'after').sort((a, b) => b.role.length - a.role.length);

/**
 * Bylines with the role before the names (中国环境报记者郭薇、张春燕, 记者 方晓萌), the role of the whole list
 * after it when one follows (…集体采访); the media right before the role is the reporters' body.
 */
export function findBylines(state: PeopleState, scan: PeopleSentence): PersonMention[] {
  const { text } = scan;
  const people: PersonMention[] = [];
  const read = (at: number) => readBylineName(state, text, at);
  const mediaEndingAt = new Map<number, OrganizationMention>();
  for (const org of scan.bodies()) if (org.kind === 'media') mediaEndingAt.set(scan.toLocal(org.end), org);
  for (const role of ROLES_BEFORE) {
    for (let at = text.indexOf(role.role); at >= 0; at = text.indexOf(role.role, at + role.role.length)) {
      // A role word inside a longer one (记者朋友 is no byline) is refused by reading no names after it.
      // The names follow after spaces, a colon or a slash (记者 方晓萌, 编辑：刘影, 摄影/王立).
      const cursor0 = at + role.role.length;
      let cursor = cursor0 + (/^[ \u3000]*[：:/／]?[ \u3000]*/u.exec(text.slice(cursor0))?.[0].length ?? 0);
      // A credit label with nothing after it (作者： 时间：…): the next label is no name. A page's header line marks all
      // its labels alike, with a colon or with a slash (来源/ 某网 作者/ 时间/2024-02-01).
      const labelled = /[：:/／]/u.test(text.slice(cursor0, cursor));
      if (labelled && /^\p{Script=Han}{2,4}[：:/／]/u.test(text.slice(cursor))) continue;
      // A role word that opens a label (作者单位：, 作者简介：) is followed by a common noun, not a name.
      if (!labelled && (isLabelWord(state, scan, cursor) || insideLongerWord(state, scan, at, cursor0))) continue;
      if (!labelled && cursor === cursor0 && reporterActs(state, scan, cursor)) continue;
      const names: Array<{ at: number; length: number }> = [];
      for (let length = read(cursor); length !== undefined; length = read(cursor)) {
        names.push({ at: cursor, length });
        cursor += length;
        // A page's next label (责任编辑:某 文字大小:) is no name of the byline.
        const spaced =
          text[cursor] === ' ' &&
          read(cursor + 1) !== undefined &&
          !ROLES_BEFORE.some((r) => text.startsWith(r.role, cursor + 1)) &&
          !/^\p{Script=Han}{2,4}[：:]/u.test(text.slice(cursor + 1));
        if (text[cursor] !== '、' && !spaced) break;
        cursor += 1;
      }
      // After a label (作者：) a place running on into more words is the start of an outlet's or account's name
      // (作者：广州越秀发布), not a person.
      if (names.length === 0 || (labelled && /^\p{Script=Han}/u.test(text.slice(cursor)) && startsPlace(scan, names[0]!.at))) continue;
      const printed = mediaEndingAt.get(at) ?? datelineMedia(text, at, mediaEndingAt);
      // An outlet named elsewhere in the report is introduced here by its name as the brackets print it.
      const named = printed ? undefined : bracketOutlet(state, text, at);
      const media = printed ?? named;
      const byline = { role, at, listEnd: cursor, media, start: printed ? scan.toLocal(printed.start) : named ? at - named.name.length : at };
      for (const entry of names) people.push(bylinePerson(state, scan, byline, entry, names[0]!.at));
    }
  }
  return people;
}

// The outlet of a dateline whose brackets the role opens (湖北日报讯（记者…）, 某某网9月25日讯（记者 …）, 新华社北京3月5日电
// （记者 …）): the news puts the reporters of the outlet that sends the story in brackets right after its dateline, the
// outlet, then its place and date, then 讯, 电 or a broadcaster's 消息; the reporters are that outlet's.
function datelineMedia(text: string, at: number, mediaEndingAt: ReadonlyMap<number, OrganizationMention>): OrganizationMention | undefined {
  const dateline = /(?:\p{Script=Han}{0,4}?(?:\d{1,2}月\d{1,2}日)?)(?:讯|电|消息)[ \u3000]*（$/u.exec(text.slice(0, at));
  if (!dateline) return undefined;
  // The outlet ends where the place and date begin: try each end inside the dateline, the longest outlet first.
  for (let end = dateline.index; end <= at; end += 1) {
    const media = mediaEndingAt.get(end);
    if (media) return media;
  }
  return undefined;
}

// The outlet a closing byline names before the role inside its brackets ((大众新闻记者 某某 某某), (新华社记者 某某)): the
// news credits the reporters of the outlet that filed the story at its end, and the outlet is the one the report
// names as its source elsewhere (来源：大众新闻) though the segmenter reads no outlet inside the brackets.
function bracketOutlet(state: PeopleState, text: string, at: number): OrganizationMention | undefined {
  const outlet = /[（(](\p{Script=Han}{2,8})$/u.exec(text.slice(0, at))?.[1];
  return outlet ? state.organizations.find((org) => org.kind === 'media' && org.name === outlet) : undefined;
}

// The common noun (not a name the segmenter reads: 单位, 简介) right after a role and before a colon.
function isLabelWord(state: PeopleState, scan: PeopleSentence, at: number): boolean {
  const span = scan.local(at, 0);
  const token = tokenAt(state.context.tokens[scan.sentence.index]!, span.start);
  if (!token || token.start !== span.start || /^(nr|x)/u.test(token.tag)) return false;
  return /^[：:]/u.test(scan.text.slice(scan.toLocal(token.end)));
}

// A role word run on into a verb is the reporter as the subject of a clause (回答了记者关注的问题, 记者了解到), as the
// news writes of the asking press; a byline's names follow the role after a space or a colon, or are names the
// segmenter reads as such. A verb it reads as a word of its own, unless it also reads it as a name, starts none; nor
// does a preposition of one character.
function reporterActs(state: PeopleState, scan: PeopleSentence, at: number): boolean {
  const span = scan.local(at, 0);
  const token = tokenAt(state.context.tokens[scan.sentence.index]!, span.start);
  if (token === undefined || token.start !== span.start) return false;
  // A preposition glued to the role opens where the reporter learnt it (记者从发布会上获悉, 记者在现场看到): the press
  // conference news formula of the source, no name; 于 and 向 are also surnames, so only with its verb of learning.
  const source = token.end - token.start === 1 && token.tag === 'p' && SOURCE_FORMULA.test(scan.text.slice(at));
  return (token.end - token.start >= 2 && /^v/u.test(token.tag)) || source;
}
// The clause of the source formula after the preposition, closed by a verb of learning (从…获悉, 在…了解到); a byline's
// name whose surname the segmenter reads as a preposition (记者于某某、向某某) has none.
const SOURCE_FORMULA = /^[^，。；：,;:]{1,24}?(?:获悉|了解到|得知|获知|看到|注意到)/u;

// A role word the segmenter reads as the start of a longer common word (作者简介 is one word).
function insideLongerWord(state: PeopleState, scan: PeopleSentence, roleAt: number, roleEnd: number): boolean {
  const start = scan.local(roleAt, 0).start;
  const token = tokenAt(state.context.tokens[scan.sentence.index]!, start);
  return token !== undefined && token.start === start && token.end > scan.local(roleEnd, 0).start && !/^(nr|x)/u.test(token.tag);
}

function bylinePerson(
  state: PeopleState,
  scan: PeopleSentence,
  byline: { role: ReporterRole; at: number; listEnd: number; media?: OrganizationMention; start: number },
  entry: { at: number; length: number },
  listStart: number,
): PersonMention {
  const { text, local } = scan;
  const { role, media } = byline;
  const name = text.slice(entry.at, entry.at + entry.length);
  const introduction = local(byline.start, entry.at + entry.length - byline.start);
  // 记者吴可心：… is a question at a press conference, not a byline; a role after the list is the list's role.
  const asking = /^[：:]/u.test(text.slice(byline.listEnd));
  const after = ROLES_AFTER.find((candidate) => text.startsWith(candidate.role, byline.listEnd));
  const roles: PersonMention['roles'] = asking
    ? []
    : after
      ? [{ role: after.role, roleEn: after.en, relation: after.relation, evidence: local(listStart, byline.listEnd + after.role.length - listStart) }]
      : [{ role: role.role, roleEn: role.en, relation: role.relation, evidence: local(byline.at, entry.at + entry.length - byline.at) }];
  const title = REPORTER_TITLES[role.role];
  state.knownNames.add(name);
  return personMention(local(entry.at, entry.length), scan.sentence.index, name, {
    posts: media && title ? [{ title: role.role, titleEn: title, organization: media, former: false, evidence: introduction }] : [],
    introduction,
    roles,
    rule: 'person/byline',
    confidence: 0.9,
  });
}

/**
 * A role after a name no role before it covered: 李玲玉执笔, and a photographer's credit set apart by spaces after
 * the outlet (中国网 张瑞宇 摄). `already` are the people the sentence's bylines named.
 */
export function findRolesAfterNames(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local } = scan;
  const people: PersonMention[] = [];
  const mediaEndingAt = new Map<number, OrganizationMention>();
  for (const org of scan.bodies()) if (org.kind === 'media') mediaEndingAt.set(scan.toLocal(org.end), org);
  for (const role of ROLES_AFTER) {
    for (let at = text.indexOf(role.role); at >= 0; at = text.indexOf(role.role, at + role.role.length)) {
      const nameEnd = at - (/[ \u3000]*$/u.exec(text.slice(0, at))?.[0].length ?? 0);
      const name = nameBefore(state, text, nameEnd, nameEnd < at, (start) => mediaEndingAt.has(start));
      if (!name) continue;
      const nameAt = nameEnd - name.length;
      // Already read as part of a list before a role: the list's role was recorded there.
      if ([...already, ...people].some((person) => person.start === local(nameAt, 0).start)) continue;
      const mediaEnd = nameAt - (/[ \u3000]*$/u.exec(text.slice(0, nameAt))?.[0].length ?? 0);
      const media = mediaEndingAt.get(mediaEnd);
      const start = media ? scan.toLocal(media.start) : nameAt;
      const evidence = local(start, at + role.role.length - start);
      const title = REPORTER_TITLES[role.role];
      people.push(
        personMention(local(nameAt, name.length), scan.sentence.index, name, {
          posts: media && title ? [{ title: role.role, titleEn: title, organization: media, former: false, evidence }] : [],
          introduction: evidence,
          roles: [{ role: role.role, roleEn: role.en, relation: role.relation, evidence: local(nameAt, at + role.role.length - nameAt) }],
          rule: 'person/byline',
          confidence: 0.9,
        }),
      );
    }
  }
  return people;
}

// The name that ends at `end`: a known one, or, when spaces set it apart (张瑞宇 摄), one read from where a word
// starts after a space or a clause break, or right after its outlet's name (某省政府网李某 摄).
function nameBefore(state: PeopleState, text: string, end: number, spaced: boolean, afterOutlet: (start: number) => boolean): string | undefined {
  const known = [...state.knownNames]
    .filter((name) => name.length <= end && text.startsWith(name, end - name.length))
    .sort((a, b) => b.length - a.length)[0];
  if (known || !spaced) return known;
  for (const length of [3, 2, 4]) {
    const at = end - length;
    if (at < 0 || (at > 0 && !/[\s，。、；：（(]/u.test(text[at - 1]!) && !afterOutlet(at))) continue;
    if (readBylineName(state, text, at) === length) return text.slice(at, end);
  }
  return undefined;
}

/** A name in a byline: read by its surname, or padded with a space as some papers print two-character names (李 海). */
export function readBylineName(state: PeopleState, text: string, at: number): number | undefined {
  const length = readPersonName(text, at, { knownNames: state.knownNames, cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece) });
  if (length !== undefined) return length;
  const padded = /^(\p{Script=Han})[ \u3000]{1,2}\p{Script=Han}(?![\p{Script=Han}])/u.exec(text.slice(at));
  return padded && SINGLE_SURNAMES.has(padded[1]!) ? padded[0].length : undefined;
}

// Whether a place the region finder read starts at `at` of the sentence.
function startsPlace(scan: PeopleSentence, at: number): boolean {
  return scan.regions.some((region) => scan.toLocal(region.start) === at);
}
