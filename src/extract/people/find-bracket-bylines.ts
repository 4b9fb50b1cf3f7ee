import { tokenAt } from '../extraction-context.ts';
import type { PersonMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import { REPORTER_ROLES } from '../rules/reporter-roles.ts';
import { SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// Where a byline in brackets stands: after a dateline (…1月31日电 (…), an outlet's …频道消息(…)), at the start of a
// line after the outlet and before the date (大梦蕉城(李娜)6月6日), or alone at the end of a paragraph (…协办。(宋沁飞)).
const AFTER_DATELINE = /(?:电|讯|消息)[ \u3000]*$/u;
const BEFORE_DATE = /^[ \u3000]*\d{1,2}月\d{1,2}日/u;
// A byline's role printed in the brackets before the names (通讯员 某某) is the role, not a name. The credits a web
// page writes with a slash (文/某某, 图/某某) are printed with a space as well (（文 某某）): the role without its slash.
const ROLE_ENTRIES = new Map(
  REPORTER_ROLES.flatMap((entry) => [[entry.role, entry] as const, [entry.role.replace(/\/$/u, ''), entry] as const]).filter(
    ([role]) => role.length > 0,
  ),
);
const ROLES = new Set(ROLE_ENTRIES.keys());

/**
 * Bylines printed as names alone in brackets, at the places a byline stands: one name or several set apart by
 * spaces (拉珍 江飞波), each read as a name by its surname or by the segmenter's tag for names it does not know.
 */
export function findBracketBylines(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local } = scan;
  const people: PersonMention[] = [];
  const tokens = state.context.tokens[scan.sentence.index]!;
  for (const match of text.matchAll(/（([\p{Script=Han} \u3000、]{2,14})）/gu)) {
    const open = match.index;
    const close = open + match[0].length;
    const atLineStart = open <= 12 && !/[，。；：]/u.test(text.slice(0, open)) && BEFORE_DATE.test(text.slice(close));
    const atEnd = /^[ \u3000。]*$/u.test(text.slice(close));
    if (!AFTER_DATELINE.test(text.slice(0, open)) && !atLineStart && !atEnd) continue;
    const printed = [...match[1]!.matchAll(/\p{Script=Han}+/gu)];
    const pieces = printed.filter((piece) => !ROLES.has(piece[0]));
    const role = ROLE_ENTRIES.get(printed[0]![0]) ?? REPORTER_ROLES.find((entry) => entry.role === '记者')!;
    const names = pieces.filter((piece) => {
      const at = open + 1 + piece.index;
      const token = tokenAt(tokens, local(at, 0).start);
      const read = readPersonName(text, at, {
        knownNames: state.knownNames,
        cutKnownWords: (words) => state.context.tagger.cutKnownWords(words),
        tokenAt: token && token.start === local(at, 0).start ? { length: token.end - token.start, tag: token.tag } : undefined,
      });
      return read === piece[0].length;
    });
    if (names.length === 0 || names.length !== pieces.length) continue;
    for (const piece of names) {
      const span = local(open + 1 + piece.index, piece[0].length);
      if ([...already, ...people].some((person) => person.start === span.start)) continue;
      state.knownNames.add(piece[0]);
      people.push(
        personMention(span, scan.sentence.index, piece[0], {
          roles: [{ role: role.role.replace(/\/$/u, ''), roleEn: role.en, relation: role.relation, evidence: local(open, close - open) }],
          introduction: local(open, close - open),
          rule: 'person/bracket-byline',
          confidence: 0.75,
        }),
      );
    }
  }
  return people;
}

// The roles of a photo's credit printed in brackets at the end of a caption (图：某某, 摄影：某某, 供图/某某), the role and a
// colon or slash before the names, as a caption credits its picture (the page sets it under the photo it closes).
const PHOTO_CREDIT = /（(图|摄影|摄|供图|图片)[：:／/][ \u3000]*([\p{Script=Han} \u3000、]{2,14})）[ \u3000。]*$/u;
const PHOTO_ROLE_EN: Readonly<Record<string, string>> = {
  图: 'Photo by',
  摄影: 'Photographer',
  摄: 'Photographer',
  供图: 'Photo supplied by',
  图片: 'Photo by',
};

/** The names of a photo's credit in brackets at the end of its caption (…出席会议并讲话（图：某某）), with the role printed. */
export function findPhotoCreditBrackets(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local } = scan;
  const credit = PHOTO_CREDIT.exec(text);
  if (!credit) return [];
  const role = credit[1]!;
  const namesAt = credit.index + credit[0].indexOf(credit[2]!, role.length + 2);
  const people: PersonMention[] = [];
  for (const piece of credit[2]!.matchAll(/\p{Script=Han}+/gu)) {
    const at = namesAt + piece.index;
    const read = readPersonName(text, at, {
      knownNames: state.knownNames,
      cutKnownWords: (words) => state.context.tagger.cutKnownWords(words),
    });
    // The credit's role says what follows is names: a surname and one or two characters is one, though the name
    // reader would not take it from running text (上荣 reads as words).
    const surnamed = piece[0].length <= 3 && SINGLE_SURNAMES.has(piece[0][0]!);
    if (read !== piece[0].length && !surnamed) return [];
    const span = local(at, piece[0].length);
    if (already.some((person) => person.start === span.start)) continue;
    const evidence = local(credit.index, credit[0].trimEnd().length);
    people.push(
      personMention(span, scan.sentence.index, piece[0], {
        roles: [{ role, roleEn: PHOTO_ROLE_EN[role]!, relation: 'REPORTED', evidence }],
        introduction: evidence,
        rule: 'person/photo-credit-bracket',
        confidence: 0.75,
      }),
    );
  }
  for (const person of people) state.knownNames.add(person.name);
  return people;
}
