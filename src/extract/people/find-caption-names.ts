import type { PersonMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import { CAPTION_NAME_OPENERS, CAPTION_POSITION } from '../rules/title-words.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// Where a name before a caption's position may start: the line's or clause's start, after a mark, or after an opener.
const MARK_BEFORE = /[，。；：！？、\s]/u;

/**
 * A person a photo caption places by the position after the name (某某（左二）与村民交谈; 图为某某（中）在调研): the
 * position in brackets is said only of a person in the picture, so the two or three characters before it, read as a
 * name, are one. The caption prints no post; a post printed before the name was read by the titled finder already.
 */
export function findCaptionNames(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local } = scan;
  const people: PersonMention[] = [];
  for (const bracket of text.matchAll(/[（(]/gu)) {
    const open = bracket.index;
    const position = CAPTION_POSITION.exec(text.slice(open))?.[0];
    if (!position || open === 0) continue;
    for (const length of [3, 2]) {
      const nameAt = open - length;
      if (nameAt < 0 || !opensName(text, nameAt)) continue;
      const read = readPersonName(text, nameAt, {
        knownNames: state.knownNames,
        cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece),
      });
      if (read !== length && !state.knownNames.has(text.slice(nameAt, open))) continue;
      const span = local(nameAt, length);
      if ([...already, ...people].some((person) => person.start < span.end && span.start < person.end)) break;
      const name = text.slice(nameAt, open);
      state.knownNames.add(name);
      people.push(
        personMention(span, scan.sentence.index, name, {
          introduction: local(nameAt, length + position.length),
          rule: 'person/caption-position',
          confidence: 0.7,
          review: `person placed by a photo caption ${position}; no post`,
        }),
      );
      break;
    }
  }
  return people;
}

// Whether a name may start at `at`: the start, a mark before it, or a caption's opener (图为, 为, 和).
function opensName(text: string, at: number): boolean {
  return at === 0 || MARK_BEFORE.test(text[at - 1]!) || CAPTION_NAME_OPENERS.some((word) => text.startsWith(word, at - word.length));
}
