import { isTokenBoundary, tokenAt } from '../extraction-context.ts';
import type { PersonMention } from '../mention-types.ts';
import { MEDIA_ENDINGS } from '../rules/organization-patterns.ts';
import { SPEECH_VERBS } from '../rules/speech-verbs.ts';
import { NAME_FOLLOWERS } from '../rules/surnames.ts';
import { TITLE_WORDS, TITLES_AFTER_NAME } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// A name whose parts a middle dot joins: foreign names and some of China's minorities (安东尼奥·古特雷斯, 买买提·艾力).
const DOTTED = /\p{Script=Han}+(?:[ \u3000]?[·•・][ \u3000]?\p{Script=Han}+)+/gu;
// Parts of speech of the words a transliterated name is cut into: names and words the segmenter guessed.
const NAME_TAG = /^(x|nr|nrt|ns)$/;
// Words of a sentence a longer window may take in before the name (会见了阿不都…): the name starts after them.
const SENTENCE_WORD = /[这那的了是在和]/u;
// What no part of a person's name is: a media outlet's ending (中青报·中青网), a word of a sentence (中国这十年).
const NOT_NAME_PART = new RegExp(`(?:${[...MEDIA_ENDINGS, '报'].join('|')})$|${SENTENCE_WORD.source}`, 'u');
const TITLES = new WordTable([...TITLE_WORDS.map((title) => title.word), ...TITLES_AFTER_NAME], (word) => word);
const AFTER = new WordTable([...SPEECH_VERBS, ...NAME_FOLLOWERS, ...TITLES_AFTER_NAME], (word) => word);
// The longest first part read before the first dot: Uygur given names run to six characters (阿不都热合曼).
const FIRST_PART_MAX = 7;
// The longest last part taken whole before a list's enumeration comma (安德森, 玻比利, 古特雷斯).
const LAST_PART_MAX = 4;

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
    // A quoted phrase that is all dotted words is the title of a series (“美丽中国·东岚”), not a name.
    if (text[match.index - 1] === '“' && text[match.index + match[0].length] === '”') continue;
    const firstDot = match.index + match[0].search(/[·•・]/u);
    // A headline's column label before the column bar (发布会·回应关切丨…): an account's pages head a piece with its
    // column's name, its parts joined by the dot, and set it off from the headline with 丨 or |. The bar 丨 is a
    // Han character to the pattern, so it is looked for in the words after the dot (before it, 专访丨 heads a name).
    if (/^[^，。；：！？,;:!?\s]*[丨|｜]/u.test(text.slice(firstDot))) continue;
    let start = Math.max(match.index, firstDot - FIRST_PART_MAX);
    const afterTitle = Array.from({ length: firstDot - start }, (_, k) => start + k).find((at) => at > match.index && TITLES.endsAt(text, at));
    if (afterTitle !== undefined) start = afterTitle;
    else {
      // From a word's start, past a word that follows names rather than starts them (代表买买提).
      while (
        start < firstDot - 1 &&
        (!isTokenBoundary(tokens, local(start, 0).start) || AFTER.at(text, start) !== undefined || SENTENCE_WORD.test(text.slice(start, firstDot)))
      )
        start += 1;
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
    const lastPart = lastDot + 1 + (/^[ \u3000]*/u.exec(text.slice(lastDot + 1))?.[0].length ?? 0);
    // The last part runs over the words of a transliteration: names the segmenter guessed (x, nr) and single
    // characters (吐/尼亚/孜), to the first other word of two or more characters (安德森 | 高度).
    // A last part that a list's enumeration comma closes (秘书长某某·某某某、副主任…) is the whole of it when short: in
    // a list of attendants the item ends at the name, so no verb can follow it (a clause's mark may: 某某·某某出席。).
    const closedByMark = end - lastPart <= LAST_PART_MAX && text[end] === '、';
    for (let at = lastPart; at < end && !closedByMark; ) {
      const token = tokenAt(tokens, local(at, 0).start);
      if (AFTER.at(text, at) && at > lastPart) {
        end = at;
        break;
      }
      const length = token ? token.end - local(at, 0).start : 1;
      if (token && at > lastPart && length > 1 && !NAME_TAG.test(token.tag)) {
        end = at;
        break;
      }
      at += Math.max(1, length);
    }
    const span = local(start, end - start);
    if ([...state.people, ...people].some((person) => person.start < span.end && span.start < person.end)) continue;
    const name = text.slice(start, end);
    if (name.split(/[ \u3000]?[·•・][ \u3000]?/u).some((part) => NOT_NAME_PART.test(part))) continue;
    if (scan.regions.some((region) => region.start < span.end && span.start < region.end)) continue;
    state.knownNames.add(name);
    people.push(
      personMention(span, scan.sentence.index, name, { rule: 'person/dotted-name', confidence: 0.75, review: 'name read by its middle dot' }),
    );
  }
  return people;
}
