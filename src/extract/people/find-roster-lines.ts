import type { PersonMention } from '../mention-types.ts';
import { INTERVIEW_ASKERS } from '../rules/speech-verbs.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../rules/surnames.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// A roster line of minutes and attendance lists (参会人员: then 王某 党组书记、局长, one person a line): the name first,
// padded to three characters when it has two (徐 光), then a gap, then a run of posts joined by 、.
const ROSTER_LINE = /^[ \u3000]*(\p{Script=Han}[ \u3000]{1,2}\p{Script=Han}|\p{Script=Han}{2,4})[ \u3000]+([\p{Script=Han}、]{2,40})[ \u3000]*$/u;
const TITLE_ENDINGS = [...new Set(TITLE_WORDS.map((title) => title.word))];
const TITLES = new WordTable(
  [...TITLE_WORDS].sort((a, b) => b.word.length - a.word.length),
  (title) => title.word,
);
/** Characters no given name of a roster holds: the words of a sentence and of a body's name. */
export const NOT_IN_GIVEN_NAME = /[的了在和是说与及对向也还就都将把被从以于上下年月日省市县区局厅部司处科组委会党]/u;

/**
 * Whether a name as a list or signature prints it, padded to three characters when it has two (徐 光), is a surname
 * from the tables and one or two characters no body's or sentence's word holds.
 */
export function isPaddedName(name: string): boolean {
  const given = name.replace(/[ \u3000]/gu, '');
  const surname = COMPOUND_SURNAMES.has(given.slice(0, 2)) ? given.slice(0, 2) : SINGLE_SURNAMES.has(given[0]!) ? given[0]! : undefined;
  return (
    surname !== undefined &&
    given.length - surname.length >= 1 &&
    given.length - surname.length <= 2 &&
    !NOT_IN_GIVEN_NAME.test(given.slice(surname.length))
  );
}

/**
 * A person on a roster line: a name (a surname and one or two characters, padding kept as printed) and, after a
 * gap, posts whose last one is a title of the genre (监察支队支队长, 副调研员). When the posts open with a body and
 * a title (a press release's list of speakers, 发布人： then 王某 某市生态环境局副局长、新闻发言人, one a line), the
 * person holds that post; otherwise the line names no body, and the posts are kept for the reviewer.
 */
export function findRosterLines(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const match = ROSTER_LINE.exec(scan.text);
  if (!match) return [];
  const name = match[1]!;
  const posts = match[2]!;
  if (!isPaddedName(name) || !TITLE_ENDINGS.some((title) => posts.endsWith(title))) return [];
  const nameAt = match[0].indexOf(name);
  const span = scan.local(nameAt, name.length);
  if (already.some((person) => person.start === span.start)) return [];
  state.knownNames.add(name);
  const introduction = scan.local(nameAt, match[0].trimEnd().length - nameAt);
  const postsAt = match[0].indexOf(posts, nameAt + name.length);
  const body = scan.bodies().find((org) => scan.toLocal(org.start) === postsAt);
  const title = body ? TITLES.at(scan.text, scan.toLocal(body.end)) : undefined;
  return [
    personMention(span, scan.sentence.index, name, {
      introduction,
      posts: body && title ? [{ title: title.word, titleEn: title.en, organization: body, former: false, evidence: introduction }] : [],
      rule: 'person/roster-line',
      confidence: 0.7,
      review: body && title ? undefined : `person on a roster line with the posts ${posts}, no body named`,
    }),
  ];
}

// A transcript's turn line that names the speaker by body and name alone (东岚省政府新闻办公室某某:), the speech below.
const TURN_LINE = /^[ \u3000]*\p{Script=Han}+[:：][ \u3000]*$/u;

/**
 * The speaker of a transcript turn printed as `<body><name>:` on its own line, with no post between (a press
 * office's host): a name of two or three characters, starting with a surname, right after a body of the sentence.
 */
export function findTurnLines(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text } = scan;
  if (!TURN_LINE.test(text)) return [];
  const end = text.search(/[:：]/u);
  for (const length of [3, 2]) {
    const nameAt = end - length;
    const name = text.slice(nameAt, end);
    if (nameAt <= 0 || !scan.bodiesEndingAt.has(nameAt) || !SINGLE_SURNAMES.has(name[0]!) || NOT_IN_GIVEN_NAME.test(name.slice(1))) continue;
    const span = scan.local(nameAt, length);
    if (already.some((person) => person.start < span.end && span.start < person.end)) return [];
    state.knownNames.add(name);
    const introduction = scan.local(scan.toLocal(scan.bodiesEndingAt.get(nameAt)!.start), end - scan.toLocal(scan.bodiesEndingAt.get(nameAt)!.start));
    return [
      personMention(span, scan.sentence.index, name, {
        introduction,
        rule: 'person/turn-line',
        confidence: 0.7,
        review: 'speaker of a transcript turn named with a body and no post',
      }),
    ];
  }
  return [];
}

// A line that opens with a name of two to four characters and a colon, the speech after it (周某：环保有很长…).
const NAMED_TURN = /^[ \u3000]*(\p{Script=Han}{2,4})[:：](?=[ \u3000]*\S)/gmu;
const turnNamesByText = new Map<string, ReadonlySet<string>>();

// A line that the asking side opens (记者：, 本报记者：, 问：, 《某刊》：): an interview prints the asker's turn so.
const ASKER_TURN = new RegExp(`^[ \t\u3000]*(?:${[...INTERVIEW_ASKERS, '问'].join('|')}|《[^《》\n]{1,12}》)[：:]`, 'u');

// The names that open lines of the report with a colon: the interviewee's turns. Two such lines show the convention by
// themselves; one is enough when it answers the line before it, which the asking side opens (记者：…？ then 某某：…),
// since a printed interview alternates the asker's turns and the answerer's, and a page cut short may keep only the
// first exchange. A page's field lines (时间：, 来源：) answer no asker.
function namesOpeningTurns(readable: string): ReadonlySet<string> {
  const cached = turnNamesByText.get(readable);
  if (cached) return cached;
  const counts = new Map<string, number>();
  const answering = new Set<string>();
  for (const match of readable.matchAll(NAMED_TURN)) {
    counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
    const before = readable.slice(0, match.index).trimEnd();
    if (ASKER_TURN.test(before.slice(before.lastIndexOf('\n') + 1))) answering.add(match[1]!);
  }
  const names = new Set(
    [...counts].filter(([name, count]) => (count >= 2 || answering.has(name)) && !INTERVIEW_ASKERS.includes(name)).map(([name]) => name),
  );
  turnNamesByText.clear();
  turnNamesByText.set(readable, names);
  return names;
}

/**
 * The interviewee of a printed interview (《某刊》：… then 周某：…, turn after turn): a name of a surname and one or two
 * characters that opens two or more lines with a colon, the print convention of 访谈 and 对话 transcripts, which name
 * the speaker of each turn by the name alone once the lead has introduced him.
 */
export function findInterviewTurnNames(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const readable = state.context.index.readable;
  const { sentence } = scan;
  if (sentence.unitStart > 0 && readable[sentence.unitStart - 1] !== '\n') return [];
  const match = new RegExp(NAMED_TURN.source, 'u').exec(scan.text);
  const name = match?.[1];
  if (!name || !namesOpeningTurns(readable).has(name)) return [];
  const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? name.slice(0, 2) : SINGLE_SURNAMES.has(name[0]!) ? name[0]! : undefined;
  if (!surname || name.length - surname.length > 2 || name.length === surname.length || NOT_IN_GIVEN_NAME.test(name.slice(surname.length))) return [];
  const span = scan.local(match.index + match[0].length - name.length - 1, name.length);
  if (already.some((person) => person.start < span.end && span.start < person.end)) return [];
  state.knownNames.add(name);
  return [
    personMention(span, sentence.index, name, { rule: 'person/interview-turn', confidence: 0.7, review: 'interviewee named by the turns he opens' }),
  ];
}
