import { isTokenBoundary } from '../extraction-context.ts';
import type { PersonMention } from '../mention-types.ts';
import { SPEECH_VERBS } from '../rules/speech-verbs.ts';
import { NAME_FOLLOWERS } from '../rules/surnames.ts';
import { TITLE_WORDS, TITLES_AFTER_NAME } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// A name whose parts a middle dot joins: foreign names and some of China's minorities (安东尼奥·古特雷斯, 买买提·艾力).
const DOTTED = /\p{Script=Han}+(?:[·•・]\p{Script=Han}+)+/gu;
const TITLES = new WordTable([...TITLE_WORDS.map((title) => title.word), ...TITLES_AFTER_NAME], (word) => word);
const AFTER = new WordTable([...SPEECH_VERBS, ...NAME_FOLLOWERS, ...TITLES_AFTER_NAME], (word) => word);
// The longest first part read before the first dot.
const FIRST_PART_MAX = 5;

/**
 * People named with a middle dot (联合国秘书长安东尼奥·古特雷斯表示): the dot marks a transliterated or minority name,
 * whatever the surname table says. The first part starts after a title or where a word starts; the last ends
 * before a speech verb or another word that follows names. Outside titles in 《》.
 */
export function findDottedNames(state: PeopleState, scan: PeopleSentence): PersonMention[] {
  const { text, local } = scan;
  const tokens = state.context.tokens[scan.sentence.index]!;
  const people: PersonMention[] = [];
  for (const match of text.matchAll(DOTTED)) {
    if (/《[^》]*$/u.test(text.slice(0, match.index))) continue;
    const firstDot = match.index + match[0].search(/[·•・]/u);
    let start = Math.max(match.index, firstDot - FIRST_PART_MAX);
    const afterTitle = Array.from({ length: firstDot - start }, (_, k) => start + k).find((at) => at > match.index && TITLES.endsAt(text, at));
    if (afterTitle !== undefined) start = afterTitle;
    else {
      // From a word's start, past a word that follows names rather than starts them (代表买买提).
      while (start < firstDot - 1 && (!isTokenBoundary(tokens, local(start, 0).start) || AFTER.at(text, start) !== undefined)) start += 1;
    }
    const lastDot =
      match.index +
      match[0].length -
      1 -
      [...match[0]]
        .reverse()
        .join('')
        .search(/[·•・]/u);
    let end = match.index + match[0].length;
    for (let at = lastDot + 2; at < end; at += 1) {
      if (AFTER.at(text, at)) {
        end = at;
        break;
      }
    }
    const span = local(start, end - start);
    if ([...state.people, ...people].some((person) => person.start < span.end && span.start < person.end)) continue;
    const name = text.slice(start, end);
    state.knownNames.add(name);
    people.push(
      personMention(span, scan.sentence.index, name, { rule: 'person/dotted-name', confidence: 0.75, review: 'name read by its middle dot' }),
    );
  }
  return people;
}
