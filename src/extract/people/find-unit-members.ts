import type { OrganizationMention, PersonMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import { UNIT_MEMBER } from '../rules/title-words.ts';
import { readsAsPlainWord } from './anchored-names.ts';
import { genericBodyBefore } from './generic-body.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

/**
 * People an award list names without a post: by their unit and 的 (…环境监察大队的某某和…村的某某获…称号; the unit a
 * body, a place, a village or community no table knows, or the honour itself: 获得“…”的某某), and as <body><name> items
 * of a list closed by 等N人 (甲协会某某、乙服务队某某等6人获评…). A name is read by its surname and closed by a
 * separator or the award's verb; a body gives the person as its member, a place or an honour none.
 */
export function findUnitMembers(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text } = scan;
  const people: PersonMention[] = [];
  const keep = (at: number, length: number, body: OrganizationMention | undefined) => {
    const span = scan.local(at, length);
    if ([...already, ...people].some((person) => person.start < span.end && span.start < person.end)) return;
    if (readsAsPlainWord(state.context, scan.sentence, at, length)) return;
    people.push(unitMember(state, scan, span, body));
  };
  for (let at = text.indexOf(UNIT_MEMBER.linker); at > 0; at = text.indexOf(UNIT_MEMBER.linker, at + 1)) {
    const body = scan.bodiesEndingAt.get(at);
    if (
      !body &&
      !scan.placesEndingAt.get(at) &&
      !UNIT_MEMBER.unitEndings.some((ending) => text.startsWith(ending, at - ending.length)) &&
      !honourEndsAt(text, at)
    )
      continue;
    const nameAt = at + UNIT_MEMBER.linker.length;
    const length = [3, 2].find((candidate) => closedName(state, text, nameAt, candidate));
    if (length !== undefined) keep(nameAt, length, body);
  }
  for (const tail of text.matchAll(/等\d{1,3}(?:人|名)/gu)) {
    // The items before 等N人, back to the clause's start, each ending in a name after its body.
    const clauseStart = Math.max(...[...'，。；：'].map((mark) => text.lastIndexOf(mark, tail.index)), -1) + 1;
    let itemEnd = tail.index;
    for (const item of text.slice(clauseStart, tail.index).split('、').reverse()) {
      const length = [3, 2].find((candidate) => item.length > candidate + 2 && closedName(state, `${item}，`, item.length - candidate, candidate));
      if (length === undefined) break;
      const nameAt = itemEnd - length;
      const body = genericBodyBefore(state.context, scan, nameAt, itemEnd - item.length);
      if (!body) break;
      state.found.push(body);
      keep(nameAt, length, body);
      itemEnd -= item.length + 1;
    }
  }
  return people;
}

function unitMember(
  state: PeopleState,
  scan: PeopleSentence,
  span: { start: number; end: number },
  body: OrganizationMention | undefined,
): PersonMention {
  const name = state.context.index.readable.slice(state.context.index.toUnit(span.start), state.context.index.toUnit(span.end));
  const evidence = body ? { start: body.start, end: span.end } : span;
  state.knownNames.add(name);
  return personMention(span, scan.sentence.index, name, {
    posts: body ? [{ title: UNIT_MEMBER.title, titleEn: 'Member', organization: body, former: false, evidence }] : [],
    introduction: evidence,
    rule: 'person/unit-member',
    confidence: 0.7,
    review: `person named by the unit before the name, with no post printed (${UNIT_MEMBER.title}); check the name`,
  });
}

// Whether an honour in quotation marks after an award's verb ends at `at` (获得“…志愿者”的某某).
function honourEndsAt(text: string, at: number): boolean {
  if (text[at - 1] !== '”') return false;
  const open = text.lastIndexOf('“', at - 1);
  return open > 0 && UNIT_MEMBER.awardVerbs.some((verb) => text.startsWith(verb, open - verb.length));
}

// Whether a name of `length` characters starts at `at`, read by its surname, and a separator or the award's verb
// follows it (某某和, 某某获): the follower, not what the segmenter makes of the characters, closes the name.
function closedName(state: PeopleState, text: string, at: number, length: number): boolean {
  if (!UNIT_MEMBER.followers.some((word) => text.startsWith(word, at + length))) return false;
  const closed = `${text.slice(at, at + length)}，`;
  return readPersonName(closed, 0, { knownNames: state.knownNames, cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece) }) === length;
}
