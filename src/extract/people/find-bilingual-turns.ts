import type { PersonMention } from '../mention-types.ts';
import { personPinyin, pinyinToEnglish } from '../name-in-pinyin.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// A line that holds a name of two to four characters and a colon, nothing else (寿某某：): the label of a turn.
const NAME_LABEL = /^[ \u3000]*(\p{Script=Han}{2,4})[:：][ \u3000]*$/u;
// The line after it, the same label romanised (Shou Moumou:): the English line a bilingual transcript prints under
// each Chinese label, as the State Council Information Office's transcripts do.
export const ROMAN_LABEL = /^[ \u3000]*([A-Z][a-z]+(?:[ '-][A-Za-z]+){1,3})[:：][ \u3000]*$/u;

/**
 * The speaker of a bilingual transcript's turn: a name alone on its line with a colon, and the line after it the same
 * name in Hanyu Pinyin (寿某某： then Shou Moumou:). The romanised line is the name's proof: no post or body need
 * introduce the host, whom such a transcript names by the label alone.
 */
export function findBilingualTurnNames(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const readable = state.context.index.readable;
  const { sentence } = scan;
  if (sentence.unitStart > 0 && readable[sentence.unitStart - 1] !== '\n') return [];
  const lineEnd = readable.indexOf('\n', sentence.unitStart);
  if (lineEnd < 0) return [];
  const name = NAME_LABEL.exec(readable.slice(sentence.unitStart, lineEnd))?.[1];
  const nextEnd = readable.indexOf('\n', lineEnd + 1);
  const roman = ROMAN_LABEL.exec(readable.slice(lineEnd + 1, nextEnd < 0 ? readable.length : nextEnd))?.[1];
  if (!name || !roman || !startsWithSurname(name) || !sameName(name, roman)) return [];
  const at = scan.text.indexOf(name);
  if (at < 0) return [];
  const span = scan.local(at, name.length);
  if (already.some((person) => person.start < span.end && span.start < person.end)) return [];
  state.knownNames.add(name);
  return [personMention(span, sentence.index, name, { rule: 'person/bilingual-turn', confidence: 0.8, review: 'turn label with its pinyin' })];
}

function startsWithSurname(name: string): boolean {
  return COMPOUND_SURNAMES.has(name.slice(0, 2)) ? name.length > 2 : SINGLE_SURNAMES.has(name[0]!) && name.length <= 3;
}

// The letters of a romanised name, case, spaces, hyphens and apostrophes left out.
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

function sameName(name: string, roman: string): boolean {
  return letters(pinyinToEnglish(personPinyin(name))) === letters(roman);
}
