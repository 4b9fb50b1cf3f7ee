import { type ExtractionContext, isTokenBoundary, sentenceSpan, tokenAt } from '../extraction-context.ts';
import type { OrganizationMention, PersonMention, PostMention } from '../mention-types.ts';
import { NAME_FOLLOWERS } from '../rules/surnames.ts';
import {
  BODY_LEADER_KINDS,
  BODY_LEADER_WORDS,
  LEADERS_CLAUSE_MAX,
  LIST_CLOSERS_BEFORE_TITLE,
  LIST_LEADERS_AFTER_CLAUSE,
  NAME_CONJUNCTIONS,
  NAME_LIST_ANCHORS,
  NAME_LIST_TAILS,
  NOT_NAME_START,
  TEAM_POSTS_AFTER_NAME,
  TITLE_WORDS,
  TITLES_AFTER_NAME,
  TITLES_AFTER_TAGGED_NAME,
  UNNAMED_BEFORE_TITLE,
} from '../rules/title-words.ts';
import type { Sentence } from '../split-sentences.ts';
import type { Token } from '../tag-tokens.ts';
import { AnchoredNames } from './anchored-names.ts';
import { postBeforeName } from './post-before-name.ts';
import { addSharedPostNames, startsWithSurname } from './shared-post-names.ts';

const AFTER_TITLES = [...TITLES_AFTER_NAME].sort((a, b) => b.length - a.length);
// The endings of a department's internal units (内设机构): divisions (处) at the provincial level, sections (科) below
// it, offices (室), as the departments' 三定 provisions name them (大气环境处, 综合科, 办公室). A report that prints the
// unit before the name and the post after it (某某处王某某副处长) runs the ending into the name, and the segmenter
// glues the two (处王): the name starts after the ending all the same.
const UNIT_ENDINGS = '处科室';
// The endings of an office and of a body's meeting right after a post (专员办 "the commissioner's office", 常委会).
const OFFICE_AFTER_TITLE = '办会';
const POSTS = TITLE_WORDS.map((title) => title.word);
const NOT_START = new Set(Array.from(NOT_NAME_START));
const FOLLOWER_WORDS = new Set(NAME_FOLLOWERS);
// 等, a short clause in 的 and the collective leaders the names belong to (甲、乙等在家的市领导).
const LEADERS_AFTER_CLAUSE = `等\\p{Script=Han}{1,${LEADERS_CLAUSE_MAX}}的(?:${LIST_LEADERS_AFTER_CLAUSE.join('|')})`;
// 等 and a count of people, 位 or 名 being the measure words of persons (甲、乙、丙等6位人大代表, 甲、乙等12名委员).
const COUNTED_PEOPLE = '等(?:\\d+|[两二三四五六七八九十]+)[位名]';
// A count and a measure word of persons right before a title's holders (21位环保局长): 位 of the count, no surname.
const COUNTED_TITLE = /^[\d０-９两二三四五六七八九十百千几多][位名]$/u;
// The last name may be joined by 和 or 及 rather than 、 (甲、乙和丙出席会议), as a series' last conjunct is (GB/T 15834).
const LISTED_NAMES = new RegExp(
  `((?:\\p{Script=Han}{2,4}、)+\\p{Script=Han}{2,4}(?:[和及]\\p{Script=Han}{2,3})?)(${[...NAME_LIST_TAILS, LEADERS_AFTER_CLAUSE, COUNTED_PEOPLE].join('|')})`,
  'gu',
);
// The last name of a list after 和 or 及, closed by a word that shows the list to be of people (…、乙和丙出席).
const LAST_NAME_AFTER_AND = new RegExp(`^[和及](\\p{Script=Han}{2,3}?)(?:${NAME_LIST_TAILS.join('|')})`, 'u');
// One name of a list: two to four characters before a separator or the verb that closes the list, or 分别 (甲、乙分别
// 结合分管工作谈体会), the adverb by which the news gives each person of a list a part of the act; read only in a list
// already anchored, so that 分别 alone never makes a list of people.
const LIST_ITEM = new RegExp(`^(\\p{Script=Han}{2,4}?)(?=[、，。；）)]|等|和|以及|及|在|获|为|同志|分别|$|${NAME_LIST_TAILS.join('|')})`, 'u');

/**
 * People found from anchors other than a body and a title before the name: a title after the name (陈敏尔书记,
 * 李克强总理, 卢春中副厅长), and the names of a list that follows a named person or a collective anchor
 * (市领导王新会、李征、李正军等). A name is read by its surname, or taken from the segmenter's statistical
 * person tag (nr) where the surname table has no entry; the anchor is what makes it a person. `found` holds the
 * people already found in this sentence; a name the report gave before (卢春中副厅长 after 副厅长卢春中) is left to
 * find-names-again, which ties it to that person.
 */
export function findAnchoredPeople(
  context: ExtractionContext,
  sentence: Sentence,
  found: readonly PersonMention[],
  names: { known: Set<string>; earlier: ReadonlySet<string> },
  bodies: AnchorBodies = { named: [] },
): PersonMention[] {
  const anchored = new AnchoredNames(context, sentence, found, names);
  addNamesBeforeTitles(context, sentence, anchored, names, bodies);
  // Names joined by 、 before a name whose post follows share that post (甲、乙、丙副秘书长).
  for (const person of [...anchored.people])
    if (person.rule === 'person/name-title') addSharedPostNames(sentence.text, anchored, context.index.toUnit(person.start) - sentence.unitStart - 1);
  addListedNames(context, sentence, found, anchored, bodies.named);
  return anchored.people;
}

/** The bodies a name's post may belong to: those found already, and a reader of one no table knows. */
interface AnchorBodies {
  named: readonly OrganizationMention[];
  genericBefore?: (nameAt: number) => OrganizationMention | undefined;
  /** The last body named in the paragraph before the sentence whose name ends in `ending` (…督察组). */
  ofParagraph?: (ending: string) => OrganizationMention | undefined;
}

// A title after the name: the name starts a word and ends right before the title.
function addNamesBeforeTitles(
  context: ExtractionContext,
  sentence: Sentence,
  anchored: AnchoredNames,
  names: { known: Set<string>; earlier: ReadonlySet<string> },
  bodies: AnchorBodies,
): void {
  const text = sentence.text;
  // The body before the name: one found already, else one no table knows, read by its ending (东岚大学某某院士).
  const postAt = (nameAt: number, nameEnd: number, title: string) => {
    const where = { nameAt, nameEnd, title };
    const post = postBeforeName(context, sentence, bodies.named, where);
    const generic = post ? undefined : bodies.genericBefore?.(nameAt);
    return post ?? (generic ? postBeforeName(context, sentence, [generic], where) : teamPost(context, sentence, bodies, where));
  };
  const tokens = context.tokens[sentence.index]!;
  for (const title of AFTER_TITLES) {
    for (let at = text.indexOf(title); at > 0; at = text.indexOf(title, at + title.length)) {
      // A title whose first character ends a body's name is no title (水利部 + 长江委, not 水利 + 部长), and one
      // that ends a longer title is part of it (国务委员, not 国务 + 委员).
      const titleAt = sentenceSpan(context, sentence, at, 0).start;
      if (bodies.named.some((body) => body.start < titleAt && titleAt < body.end) || insideLongerTitle(text, at, title)) continue;
      // 负责同志, 有关同志: an unnamed official, no name.
      if (UNNAMED_BEFORE_TITLE.some((word) => text.startsWith(word, at - word.length))) continue;
      // A title with the ending of an office or a meeting after it names a body (驻某地专员办, 常委会), no person's post.
      if (OFFICE_AFTER_TITLE.includes(text[at + title.length] ?? '')) continue;
      // A name known as a person that ends right before the title is that person (郎文荣厅长), however the
      // segmenter cut the words before it (为郎 + 文荣).
      // A name closed by 等 before the title is the first of those who hold it (某某等委员评价说).
      const nameEnd = LIST_CLOSERS_BEFORE_TITLE.some((closer) => text.startsWith(closer, at - closer.length)) ? at - 1 : at;
      const known = [...names.known, ...names.earlier].filter((name) => text.startsWith(name, nameEnd - name.length));
      if (known.length > 0) {
        const length = Math.max(...known.map((name) => name.length));
        anchored.add(nameEnd - length, length, 'person/name-title', title, postAt(nameEnd - length, nameEnd, title));
        continue;
      }
      // A title with a person's name right after it is that person's (前排左三为副市长某某): the words before it are none;
      // so is one with a note on the post in brackets after it (副所长(主持工作)某某: POST_NOTES).
      if (anchored.personStartsAt(at + title.length) || /^[（(]/u.test(text.slice(at + title.length))) continue;
      for (const length of [3, 2, 4]) {
        const start = nameEnd - length;
        if (start < 0 || NOT_START.has(text[start]!)) continue;
        const nameAt = sentenceSpan(context, sentence, start, 0).start;
        if (!isTokenBoundary(tokens, nameAt) && !gluedToUnitEnding(tokens, text, start, nameAt)) continue;
        // A measure word of persons after a count (21位环保局长, 3名副县长) counts the holders of the title: no name.
        if (COUNTED_TITLE.test(text.slice(Math.max(0, start - 1), start + 1))) continue;
        if (length === 3 && conjunctionBeforeName(context, sentence, start)) continue;
        // A body's name or a post before the title is no name (区政协主席, 河长代表).
        if (POSTS.includes(text.slice(start, at)) || overlapsBody(bodies.named, sentenceSpan(context, sentence, start, length))) continue;
        // A division's name before a title is its place (安徽 + 省长江: 安徽省 + 长江), no person's name.
        if (context.gazetteer.byShort.has(text.slice(start, nameEnd)) || context.gazetteer.byName.has(text.slice(start, nameEnd))) continue;
        if (anchored.readAt(start) !== length) continue;
        if (TITLES_AFTER_TAGGED_NAME.includes(title) && !taggedAsName(context, sentence, start, length)) continue;
        anchored.add(start, length, 'person/name-title', title, postAt(start, nameEnd, title));
        break;
      }
    }
  }
}

// The names of a list: after a collective anchor (市领导) or after a person already found, joined by 、.
function addListedNames(
  context: ExtractionContext,
  sentence: Sentence,
  found: readonly PersonMention[],
  anchored: AnchoredNames,
  bodies: readonly OrganizationMention[],
): void {
  const text = sentence.text;
  const tokens = context.tokens[sentence.index]!;
  const listStarts: Array<{ at: number; anchor: string; post?: PostMention }> = bodyLeaderLists(context, sentence, bodies);
  // A collective anchor starts a word: 区领导 inside 保护区领导班子 is none.
  for (const anchor of NAME_LIST_ANCHORS)
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1))
      // 领导班子 is the leading group as a body (局领导班子成员), never an anchor before names.
      if (isTokenBoundary(tokens, sentenceSpan(context, sentence, at, 0).start) && !text.startsWith('班子', at + anchor.length))
        listStarts.push({ at: at + anchor.length, anchor });
  // A list that the verb after it shows to be of people (张三、李四等出席), read from its first name.
  for (const match of text.matchAll(LISTED_NAMES)) {
    const comma = match.index + match[0].indexOf('、');
    const first = [comma - 3, comma - 2, comma - 4].find(
      (at) => at >= match.index && !NOT_START.has(text[at]!) && anchored.readAt(at) === comma - at,
    );
    if (first !== undefined) listStarts.push({ at: first, anchor: match[2]! });
  }
  for (const person of [...found, ...anchored.people]) {
    const end = context.index.toUnit(person.end) - sentence.unitStart;
    if (text[end] === '、') listStarts.push({ at: end + 1, anchor: `${person.name}、`, post: postPrintedBefore(context, sentence, person) });
  }
  // A list after a person with a post is read first, so that its names take the post.
  listStarts.sort((a, b) => Number(b.post !== undefined) - Number(a.post !== undefined));
  for (const { at, anchor, post } of listStarts) {
    // An item whose surname no table holds (缑某, a rare one of the Hundred Family Surnames), kept until the next item
    // shows the list goes on with names: an item between two names of a list of names is a name.
    let unknownSurname: { at: number; length: number } | undefined;
    for (let cursor = at; ; ) {
      // In a list the separators settle where a name ends: 王新会 before 、 though 会 rarely ends a name.
      const length = LIST_ITEM.exec(text.slice(cursor))?.[1]?.length;
      // A word that follows names is none (负责同志应邀出席: 应邀, the manner of the attendance, not a name).
      if (length === undefined || FOLLOWER_WORDS.has(text.slice(cursor, cursor + length))) break;
      if (!startsWithSurname(text, cursor)) {
        if (text[cursor + length] !== '、' || unknownSurname || !/^\p{Script=Han}{2,3}$/u.test(text.slice(cursor, cursor + length))) break;
        unknownSurname = { at: cursor, length };
        cursor += length + 1;
        continue;
      }
      // A post printed before the first name is each name's (副厅长甲、乙、丙: three deputy heads).
      const addItem = (itemAt: number, itemLength: number) => {
        const itemEnd = sentenceSpan(context, sentence, itemAt, itemLength).end;
        anchored.add(itemAt, itemLength, 'person/name-list', anchor, post && { ...post, evidence: { start: post.evidence.start, end: itemEnd } });
      };
      if (unknownSurname && unknownSurname.at > at) addItem(unknownSurname.at, unknownSurname.length);
      unknownSurname = undefined;
      addItem(cursor, length);
      if (text[cursor + length] !== '、') {
        // A series closes its last name with 和 or 及 (甲、乙和丙出席): the name after it ends the list, when the list
        // already has two names and the word that shows them to be people follows it.
        const last = cursor > at ? LAST_NAME_AFTER_AND.exec(text.slice(cursor + length)) : null;
        if (last && startsWithSurname(text, cursor + length + 1)) addItem(cursor + length + 1, last[1]!.length);
        break;
      }
      cursor += length + 1;
    }
  }
}

// The lists after a body's leaders (市政府领导甲、乙), each name with the body for its post.
function bodyLeaderLists(context: ExtractionContext, sentence: Sentence, bodies: readonly OrganizationMention[]) {
  const starts: Array<{ at: number; anchor: string; post: PostMention }> = [];
  for (const body of bodies) {
    const end = context.index.toUnit(body.end) - sentence.unitStart;
    const rest = sentence.text.slice(end);
    let bracket = /^[（(][^（()）]{1,8}[)）]/u.exec(rest)?.[0] ?? '';
    // A body's own kind word may stand before 领导 (市生态环境局局领导某某, 省某厅厅领导): a bureau's or department's
    // site names its leadership 局领导 or 厅领导 after the body's last character, its kind (局, 厅, 委, 办).
    const kind = sentence.text[end - 1];
    if (!bracket && kind && BODY_LEADER_KINDS.includes(kind) && rest.startsWith(kind)) bracket = kind;
    const leader = BODY_LEADER_WORDS.find((entry) => rest.startsWith(entry.word, bracket.length));
    if (end < 0 || !leader) continue;
    const at = end + bracket.length + leader.word.length;
    // 领导 must end a word: 领导班子成员 is the leadership, not a list of names.
    if (!isTokenBoundary(context.tokens[sentence.index]!, sentenceSpan(context, sentence, at, 0).start)) continue;
    const evidence = { start: body.start, end: sentenceSpan(context, sentence, at, 0).start };
    starts.push({ at, anchor: leader.word, post: { title: leader.word, titleEn: leader.en, organization: body, former: false, evidence } });
  }
  return starts;
}

function overlapsBody(bodies: readonly OrganizationMention[], span: { start: number; end: number }): boolean {
  return bodies.some((body) => body.start < span.end && span.start < body.end);
}

// A title that ends a longer post is part of it: 国务委员, not 国务 + 委员; 党总支书记, not a name 党总支 + 书记.
function insideLongerTitle(text: string, at: number, title: string): boolean {
  return [...AFTER_TITLES, ...POSTS].some(
    (longer) => longer.length > title.length && longer.endsWith(title) && text.startsWith(longer, at + title.length - longer.length),
  );
}

// The post whose title is printed right before the person's name (厅党组成员、副厅长赵振伟), if the person has one.
function postPrintedBefore(context: ExtractionContext, sentence: Sentence, person: PersonMention): PostMention | undefined {
  const at = context.index.toUnit(person.start) - sentence.unitStart;
  const post = person.posts.at(-1);
  return post && sentence.text.slice(0, at).trimEnd().endsWith(post.title) ? post : undefined;
}

// Whether the segmenter reads the characters at `at` as one word that is a personal name (nr) or no word it knows (x).
function taggedAsName(context: ExtractionContext, sentence: Sentence, at: number, length: number): boolean {
  const span = sentenceSpan(context, sentence, at, length);
  const token = tokenAt(context.tokens[sentence.index]!, span.start);
  return token !== undefined && token.start === span.start && token.end === span.end && /^(nr|x)/u.test(token.tag);
}

// The post of a team's leader printed after the name with no body before it (某某组长): a post of the team the
// paragraph named before (中央第四环境保护督察组 … 某某组长通报督察意见); so too a department's or bureau's head named in
// the body's own paragraph (省生态环境厅组织… 某某副厅长领学).
function teamPost(
  context: ExtractionContext,
  sentence: Sentence,
  bodies: AnchorBodies,
  where: { nameAt: number; nameEnd: number; title: string },
): PostMention | undefined {
  const ending = TEAM_POSTS_AFTER_NAME[where.title];
  const team = ending ? bodies.ofParagraph?.(ending) : undefined;
  const titleEn = TITLE_WORDS.find((title) => title.word === where.title)?.en;
  if (!team || !titleEn) return undefined;
  const evidence = sentenceSpan(context, sentence, where.nameAt, where.nameEnd + where.title.length - where.nameAt);
  return { title: where.title, titleEn, organization: team, former: false, evidence };
}

// 和, 与, 及 after a word join it to a two-character name far more often than they open a name of three as a surname
// (重要指示和某某同志, 大会和某某副省长): the name is the two characters after the conjunction. After a preposition
// (由和某某主持) 和 is the surname of the Hundred Family Surnames.
function conjunctionBeforeName(context: ExtractionContext, sentence: Sentence, start: number): boolean {
  const text = sentence.text;
  if (start === 0 || !NAME_CONJUNCTIONS.includes(text[start]!) || !/\p{Script=Han}/u.test(text[start - 1]!)) return false;
  const before = tokenAt(context.tokens[sentence.index]!, sentenceSpan(context, sentence, start - 1, 0).start);
  return before === undefined || !/^p/u.test(before.tag);
}

/** Whether the segmenter glued a unit's ending to the name's first character (处 + 王某某 as 处王), the name at `start`. */
function gluedToUnitEnding(tokens: readonly Token[], text: string, start: number, nameAt: number): boolean {
  return start > 0 && UNIT_ENDINGS.includes(text[start - 1]!) && tokenAt(tokens, nameAt)?.start === nameAt - 1;
}
