import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention, PersonMention } from '../mention-types.ts';
import { SPEECH_VERBS } from '../rules/speech-verbs.ts';
import { NAME_ENDS_BEFORE, PREDICATE_WORDS_AFTER_NAME } from '../rules/surnames.ts';
import { TITLES_AFTER_NAME } from '../rules/title-words.ts';
import type { Span } from '../text-index.ts';
import { personMention } from './person-mention.ts';

const NAME_ENDS = new Set(Array.from(NAME_ENDS_BEFORE));
// A phrase of manner closed by 地 and a speech verb after the name (某某动情地说, 某某信心满满地表示).
const MANNER_THEN_SPEECH = new RegExp(`^\\p{Script=Han}{1,6}?地(?:${SPEECH_VERBS.join('|')})`, 'u');

/** Every later occurrence of a name found with a post, an anchor or in a byline (李干杰指出, 曹立平的话). */
export function findNamesAgain(
  context: ExtractionContext,
  people: readonly PersonMention[],
  organizations: readonly OrganizationMention[],
): PersonMention[] {
  const names = [...new Set(people.map((person) => person.name))].sort((a, b) => b.length - a.length);
  const taken: Span[] = [...people, ...organizations];
  const again: PersonMention[] = [];
  for (const sentence of context.sentences) {
    for (const name of names) {
      for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + name.length)) {
        const span = sentenceSpan(context, sentence, at, name.length);
        if (taken.some((other) => other.start < span.end && span.start < other.end)) continue;
        if (readsAsLongerName(sentence.text, at, name)) continue;
        taken.push(span);
        again.push(personMention(span, sentence.index, name, { rule: 'person/name-again', confidence: 0.9 }));
      }
    }
  }
  return again;
}

// A longer name that contains this one (李欣 in 李欣然) is someone else: a two-character name followed by a
// character that does not end a name (a verb, a particle, a title's first character).
function readsAsLongerName(text: string, at: number, name: string): boolean {
  if (name.length >= 3) return false;
  const next = text[at + name.length] ?? '';
  // A title written after the name (刘某书记) ends it; not one that starts with a level word, which may be part of
  // a place's name (吉林省长春市).
  if (TITLES_AFTER_NAME.some((title) => !/^[省市县区州]/u.test(title) && text.startsWith(title, at + name.length))) return false;
  // A word that opens a predicate (充分肯定, 听取, 实地察看) ends the name: the sentence goes on about the person.
  if (PREDICATE_WORDS_AFTER_NAME.some((word) => text.startsWith(word, at + name.length))) return false;
  return /\p{Script=Han}/u.test(next) && !NAME_ENDS.has(next) && !MANNER_THEN_SPEECH.test(text.slice(at + name.length));
}
