import type { PersonMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

const TITLES = new WordTable(
  [...TITLE_WORDS].sort((a, b) => b.word.length - a.word.length),
  (title) => title.word,
);
// Where a name before its post may start: the start of the sentence or line, or after a clause break.
const NAME_START = /[，。；：！？、\s]/u;

/**
 * A name with its post in brackets after it (杨福生（省人大常委会副主任）, the turns of a hearing's transcript):
 * the post is the body and title in the brackets, the name two to four characters before them.
 */
export function findParenthesizedPosts(state: PeopleState, scan: PeopleSentence): PersonMention[] {
  const { text, local, toLocal } = scan;
  const people: PersonMention[] = [];
  for (const match of text.matchAll(/（([^（）]{2,24})）/gu)) {
    const open = match.index;
    const close = open + match[0].length;
    const body = scan.bodies().find((org) => toLocal(org.start) === open + 1);
    const titleAt = body ? toLocal(body.end) : open + 1;
    const title = TITLES.at(text, titleAt);
    if (!title || titleAt + title.word.length !== close - 1) continue;
    const nameAt = [2, 3, 4].map((length) => open - length).find((at) => at >= 0 && (at === 0 || NAME_START.test(text[at - 1]!)));
    if (nameAt === undefined) continue;
    const read = readPersonName(text, nameAt, { knownNames: state.knownNames, cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece) });
    if (read !== open - nameAt) continue;
    const name = text.slice(nameAt, open);
    const evidence = local(nameAt, close - nameAt);
    state.knownNames.add(name);
    people.push(
      personMention(local(nameAt, name.length), scan.sentence.index, name, {
        posts: body ? [{ title: title.word, titleEn: title.en, organization: body, former: false, evidence }] : [],
        introduction: evidence,
        rule: 'person/name-bracketed-post',
        confidence: body ? 0.85 : 0.6,
        review: body ? undefined : `person with the title ${title.word} in brackets, without an organization`,
      }),
    );
  }
  return people;
}
