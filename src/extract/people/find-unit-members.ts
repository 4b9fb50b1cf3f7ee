import type { PersonMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import { UNIT_MEMBER } from '../rules/title-words.ts';
import { readsAsPlainWord } from './anchored-names.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

/**
 * People an award list names by their unit and 的 (…环境监察大队的某某和…村的某某获…称号): after a body or a place
 * ending right before 的, or a village or community no table knows, a name read by its surname and closed by a
 * separator or the award's verb. A body gives the person as its member; a place gives none.
 */
export function findUnitMembers(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local, sentence } = scan;
  const people: PersonMention[] = [];
  for (let at = text.indexOf(UNIT_MEMBER.linker); at > 0; at = text.indexOf(UNIT_MEMBER.linker, at + 1)) {
    const body = scan.bodiesEndingAt.get(at);
    const unit = body ?? scan.placesEndingAt.get(at) ?? UNIT_MEMBER.unitEndings.find((ending) => text.startsWith(ending, at - ending.length));
    if (!unit) continue;
    const nameAt = at + UNIT_MEMBER.linker.length;
    const length = [3, 2].find((candidate) => closedName(state, text, nameAt, candidate));
    if (length === undefined) continue;
    const span = local(nameAt, length);
    if ([...already, ...people].some((person) => person.start < span.end && span.start < person.end)) continue;
    if (readsAsPlainWord(state.context, sentence, nameAt, length)) continue;
    const name = text.slice(nameAt, nameAt + length);
    const evidence = body ? { start: body.start, end: span.end } : span;
    state.knownNames.add(name);
    people.push(
      personMention(span, sentence.index, name, {
        posts: body ? [{ title: UNIT_MEMBER.title, titleEn: 'Member', organization: body, former: false, evidence }] : [],
        introduction: evidence,
        rule: 'person/unit-member',
        confidence: 0.7,
        review: `person named by the unit before ${UNIT_MEMBER.linker}, with no post printed (${UNIT_MEMBER.title}); check the name`,
      }),
    );
  }
  return people;
}

// Whether a name of `length` characters starts at `at`, read by its surname, and a separator or the award's verb
// follows it (某某和, 某某获): the follower, not what the segmenter makes of the characters, closes the name.
function closedName(state: PeopleState, text: string, at: number, length: number): boolean {
  if (!UNIT_MEMBER.followers.some((word) => text.startsWith(word, at + length))) return false;
  const closed = `${text.slice(at, at + length)}，`;
  return readPersonName(closed, 0, { knownNames: state.knownNames, cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece) }) === length;
}
