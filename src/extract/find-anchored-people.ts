import { type ExtractionContext, isTokenBoundary, sentenceSpan, tokenAt } from './extraction-context.ts';
import type { PersonMention } from './mention-types.ts';
import { readPersonName } from './read-person-name.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './rules/surnames.ts';
import { NAME_LIST_ANCHORS, TITLES_AFTER_NAME } from './rules/title-words.ts';
import type { Sentence } from './split-sentences.ts';

const AFTER_TITLES = [...TITLES_AFTER_NAME].sort((a, b) => b.length - a.length);
// Tags jieba gives the personal names it recognises statistically.
const NAME_TAGS = /^nr/u;
// Tags of words that are no name: verbs, adverbs, pronouns, prepositions, numerals, abbreviations (强调, 那条, 由, 农办).
const NOT_NAME_TAGS = /^(v|vd|vn|d|r|p|c|m|mq|q|a|ad|f|t|u|j|l)$/u;
// Function words a name before a title never starts with, though some are surnames elsewhere (由原厅长: 由 + 原厅长).
const NOT_NAME_START = new Set(Array.from('由在对从把被将与及据经至到为是的让使给以自比那这该其'));

// One name of a list: two to four characters before a separator or the verb that closes the list.
const LIST_ITEM = /^(\p{Script=Han}{2,4}?)(?=[、，]|等|和|及|出席|参加|同志|$)/u;

function startsWithSurname(text: string, at: number): boolean {
  return SINGLE_SURNAMES.has(text[at] ?? '') || COMPOUND_SURNAMES.has(text.slice(at, at + 2));
}

/**
 * Whether a name read without a body before it is rather a plain word: the segmenter cuts a word of two or more
 * characters at its start with a tag no name has (强调 after 厅长, 召开 before 市长), or it ends in 副.
 */
export function readsAsPlainWord(context: ExtractionContext, sentence: Sentence, at: number, length: number): boolean {
  const start = sentenceSpan(context, sentence, at, 0).start;
  const token = tokenAt(context.tokens[sentence.index]!, start);
  if (sentence.text[at + length - 1] === '副') return true;
  if (!token || token.start !== start || NAME_TAGS.test(token.tag)) return false;
  return token.end - token.start >= 2 && NOT_NAME_TAGS.test(token.tag);
}

/**
 * People found from anchors other than a body and a title before the name: a title after the name (陈敏尔书记,
 * 李克强总理, 卢春中副厅长), and the names of a list that follows a named person or a collective anchor
 * (市领导王新会、李征、李正军等). A name is read by its surname, or taken from the segmenter's statistical
 * person tag (nr) where the surname table has no entry; the anchor is what makes it a person. `found` holds the
 * people already found in this sentence.
 */
export function findAnchoredPeople(
  context: ExtractionContext,
  sentence: Sentence,
  found: readonly PersonMention[],
  knownNames: Set<string>,
): PersonMention[] {
  const text = sentence.text;
  const tokens = context.tokens[sentence.index]!;
  const people: PersonMention[] = [];
  const taken = (start: number, end: number) => [...found, ...people].some((other) => other.start < end && start < other.end);
  const readAt = (at: number): number | undefined => {
    const point = sentenceSpan(context, sentence, at, 0).start;
    const token = tokenAt(tokens, point);
    return readPersonName(text, at, {
      knownNames,
      cutKnownWords: (piece) => context.tagger.cutKnownWords(piece),
      tokenAt: token && token.start === point ? { length: token.end - token.start, tag: token.tag } : undefined,
    });
  };
  const add = (at: number, length: number, rule: string, anchor: string) => {
    const span = sentenceSpan(context, sentence, at, length);
    if (taken(span.start, span.end) || readsAsPlainWord(context, sentence, at, length)) return;
    const name = text.slice(at, at + length);
    knownNames.add(name);
    people.push({
      ...span,
      label: 'Person',
      surface: name,
      sentence: sentence.index,
      name,
      posts: [],
      introduction: span,
      roles: [],
      unnamed: false,
      rule,
      confidence: 0.7,
      review: `person found by the anchor ${anchor}; no organization`,
    });
  };
  // A title after the name: the name starts a word and ends right before the title.
  for (const title of AFTER_TITLES) {
    for (let at = text.indexOf(title); at > 0; at = text.indexOf(title, at + title.length)) {
      for (const length of [3, 2, 4]) {
        const start = at - length;
        if (start < 0 || NOT_NAME_START.has(text[start]!) || !isTokenBoundary(tokens, sentenceSpan(context, sentence, start, 0).start)) continue;
        if (readAt(start) !== length) continue;
        add(start, length, 'person/name-title', title);
        break;
      }
    }
  }
  // The names of a list: after a collective anchor (市领导) or after a person already found, joined by 、.
  const listStarts: Array<{ at: number; anchor: string }> = [];
  for (const anchor of NAME_LIST_ANCHORS)
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) listStarts.push({ at: at + anchor.length, anchor });
  for (const person of [...found, ...people]) {
    if (person.sentence !== sentence.index) continue;
    const end = context.index.toUnit(person.end) - sentence.unitStart;
    if (text[end] === '、') listStarts.push({ at: end + 1, anchor: `${person.name}、` });
  }
  for (const { at, anchor } of listStarts) {
    for (let cursor = at; ; ) {
      // In a list the separators settle where a name ends: 王新会 before 、 though 会 rarely ends a name.
      const item = LIST_ITEM.exec(text.slice(cursor));
      const length = item?.[1]?.length;
      if (length === undefined || !startsWithSurname(text, cursor)) break;
      add(cursor, length, 'person/name-list', anchor);
      if (text[cursor + length] !== '、') break;
      cursor += length + 1;
    }
  }
  return people;
}
