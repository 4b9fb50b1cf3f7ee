import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { PersonMention } from '../mention-types.ts';
import { COMPOUND_SURNAMES } from '../rules/surnames.ts';
import { TITLES_AFTER_NAME, TITLES_OF_ADDRESS_EXCLUDED } from '../rules/title-words.ts';
import type { Span } from '../text-index.ts';
import { personMention } from './person-mention.ts';

// Posts by which a person is addressed with the surname alone (周部长, 王厅长): the titles written after names, longest
// first, without the words that are no post (同志, the guiding thoughts).
const POSTS = TITLES_AFTER_NAME.filter((title) => !TITLES_OF_ADDRESS_EXCLUDED.includes(title)).sort((a, b) => b.length - a.length);

/**
 * A person named again by surname and post (周部长 after 环境保护部部长周生贤, 王厅长): the news writes a leader so
 * after the first full mention, and deputies without 副 (王副厅长 or 王厅长). The mention is that person's when one
 * person found in the report, and only one, has that surname and a post ending in that title.
 */
export function findSurnameTitles(context: ExtractionContext, people: readonly PersonMention[], taken: readonly Span[]): PersonMention[] {
  const { index } = context;
  const postOf = (person: PersonMention) => index.readable.slice(index.toUnit(person.introduction.start), index.toUnit(person.start));
  // A post printed after the name at its first mention (赵某某副市长, then 赵副市长要求), 副 left out or not.
  const heldAfter = (person: PersonMention, post: string) =>
    [post, `副${post}`].some((written) => index.readable.startsWith(written, index.toUnit(person.end)));
  const named = people.filter((person) => !person.unnamed && person.name.length >= 2);
  const found: PersonMention[] = [];
  const occupied = [...taken];
  for (const sentence of context.sentences) {
    const text = sentence.text;
    for (const post of POSTS) {
      for (let at = text.indexOf(post); at > 0; at = text.indexOf(post, at + post.length)) {
        // At the start of a sentence there is no room for a compound surname (王局长指出 opens it: 王, not the slice
        // that wraps around).
        const surname = [at >= 2 ? text.slice(at - 2, at) : '', text[at - 1]!].find((word) =>
          word.length === 2 ? COMPOUND_SURNAMES.has(word) : word.length === 1,
        );
        if (!surname || !/^\p{Script=Han}+$/u.test(surname)) continue;
        const owners = new Set(
          named
            .filter(
              (person) =>
                person.name.startsWith(surname) && person.name.length > surname.length && (postOf(person).endsWith(post) || heldAfter(person, post)),
            )
            .map((person) => person.name),
        );
        if (owners.size !== 1) continue;
        const span = sentenceSpan(context, sentence, at - surname.length, surname.length + post.length);
        if (occupied.some((other) => other.start < span.end && span.start < other.end)) continue;
        occupied.push(span);
        const [name] = owners;
        found.push(
          personMention(span, sentence.index, name!, {
            rule: 'person/surname-title',
            confidence: 0.75,
            review: `${surname}${post} taken as ${name!}, the only person of that surname with that post`,
          }),
        );
      }
    }
  }
  return found;
}
