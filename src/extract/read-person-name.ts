import { REPORTER_ROLES } from './rules/reporter-roles.ts';
import { SPEECH_VERBS } from './rules/speech-verbs.ts';
import {
  COMPOUND_SURNAMES,
  DAY_AFTER_NAME,
  MODAL_SURNAMES,
  MONGOLIAN_NAME_PARTS,
  NAME_FOLLOWERS,
  PREPOSITIONS_ENDING_NAMES,
  SINGLE_SURNAMES,
  TIBETAN_NAME_PARTS,
} from './rules/surnames.ts';
import { PASSAGE_AFTER_TITLE, POST_HOLDING_VERBS, TITLE_WORDS, UNNAMED_BEFORE_TITLE } from './rules/title-words.ts';
import { WordTable } from './word-table.ts';

// The courtesy titles that close a married woman's name printed with her husband's surname (某某某某女士).
const MARRIED_NAME_CLOSERS: readonly string[] = ['女士', '太太'];

// What may follow a name: the followers table, speech verbs, byline roles and titles (张三副局长).
const FOLLOWERS = new WordTable(
  [...new Set([...NAME_FOLLOWERS, ...SPEECH_VERBS, ...REPORTER_ROLES.map((role) => role.role), ...TITLE_WORDS.map((t) => t.word)])],
  (word) => word,
);
const TITLES = new WordTable(TITLE_WORDS, (title) => title.word);
// The deputy's mark and the executive deputy's (常务副省长, 常务副主席) of the posts' system.
const DEPUTY_MARK = '副';
const EXECUTIVE_MARK = '常务';
const MONGOLIAN_WORDS = new WordTable([...MONGOLIAN_NAME_PARTS], (word) => word);
// Characters that never stand in a personal name of this genre's people.
const NOT_NAME_CHARACTERS = new Set(Array.from('的了在是等说与及对也还就都将把被从以于上下内外年日省市县区局厅部司处科站组委党'));
// Characters a given name has before its last one but never ends with (王会军, not 张会 of 张会上): 会 is a body's word
// (大会, 委员会) at the end; 向 and 和 join what follows a name (某某向记者介绍, 某某和某某), yet they open many given
// names (李向阳, 张和平). All three are common first characters of given names.
const NOT_NAME_END_CHARACTERS = new Set(Array.from('会向和'));
// A mark that separates the items of a list or the clauses of a sentence (GB/T 15834's 顿号, 逗号, 分号) right after
// the name: 和 and 向 join only what follows them, so before such a mark they end a given name (二级巡视员石国和，
// 省发改委…). 会 is not one of them: before a mark it still ends a meeting's name (市长周例会，).
const LIST_MARK_AFTER_NAME = /^[、，,；;]/u;
const JOINING_CHARACTERS = new Set(Array.from('和向'));
// The last characters of bodies' names (监测站, 办公室的科) that are also given names' last characters (郭承站, 张宏科): as
// the third character of a name closed by a mark or a follower (会长某某站出席，), they end the name, not a body.
const BODY_END_NAME_CHARACTERS = new Set(Array.from('站科'));
// 致 "to deliver", which opens the addresses of a meeting's host and a press conference's releaser (致欢迎词, 致发布词):
// a name that eats it before such an address is the wrong length, however long the address is (赵某致发布词).
const ADDRESS_MARK = '致';

/** What the name reader may consult: names known to be people, and a segmenter for the words after a name. */
export interface NameReaderOptions {
  /** Full names already known as people (from the graph or earlier in the text). */
  knownNames: ReadonlySet<string>;
  /** Cuts text into dictionary words without guessing new ones. */
  cutKnownWords(text: string): string[];
  /** The length of the segmenter's token starting at the name, with its tag, if any. */
  tokenAt?: { length: number; tag: string };
}

/**
 * Reads a personal name at `at` of `text` (after a title or in a byline) and returns its length, or
 * undefined when no name starts there. A name is a surname from the table and one or two more characters;
 * which of the two is settled by what follows (钱锋说 is two, 曹立平说 three): a punctuation mark, a speech
 * verb or another follower right after the name scores, a name that would swallow the first character of a
 * follower loses, a dictionary word right after helps, and three characters win a tie.
 */
export function readPersonName(text: string, at: number, options: NameReaderOptions): number | undefined {
  for (const known of options.knownNames) if (text.startsWith(known, at) && isNameEnd(text, at + known.length)) return known.length;
  if (MODAL_SURNAMES.includes(text[at] ?? '') && !options.knownNames.has(text.slice(at, at + 3)) && !options.knownNames.has(text.slice(at, at + 2)))
    return undefined;
  const ofParts = readNameOfParts(text, at);
  if (ofParts !== undefined) return ofParts;
  const compound = COMPOUND_SURNAMES.has(text.slice(at, at + 2));
  const base = compound ? 2 : 1;
  // A character before a title is no name, surname or not (市委书记当河长: 当 + 河长).
  if (TITLES.at(text, at + base)) return undefined;
  if (!compound && !SINGLE_SURNAMES.has(text[at] ?? '')) {
    // A surname the table lacks (袭艳春): a word the segmenter tags as a person (nr) or found only by its HMM (x).
    const token = options.tokenAt;
    const word = token ? text.slice(at, at + token.length) : '';
    if (
      token &&
      /^(nr|x$)/u.test(token.tag) &&
      token.length >= 2 &&
      // Four characters: a name of a people that has no surname, found only by the segmenter's HMM (嘎玛泽登 as x).
      (token.length <= 3 || (token.length === 4 && token.tag === 'x')) &&
      /^\p{Script=Han}+$/u.test(word) &&
      !hasNoNameCharacter(word)
    )
      return isNameEnd(text, at + token.length) ? token.length : undefined;
    return undefined;
  }
  // A married woman's name with her husband's surname before her own (冠夫姓, the custom of Hong Kong, Macao and Taiwan:
  // 陈方安生), which the press closes with 女士: two surnames and a given name of two, four characters in all.
  if (
    !compound &&
    SINGLE_SURNAMES.has(text[at + 1] ?? '') &&
    MARRIED_NAME_CLOSERS.some((closer) => text.startsWith(closer, at + 4)) &&
    /^\p{Script=Han}{2}$/u.test(text.slice(at + 2, at + 4)) &&
    !hasNoNameCharacter(text.slice(at + 2, at + 4))
  )
    return 4;
  let best: { length: number; score: number } | undefined;
  for (const length of [base + 1, base + 2]) {
    const name = text.slice(at, at + length);
    if (name.length < length || !/^\p{Script=Han}+$/u.test(name)) continue;
    // A post whose first character is a surname (顾问 of 促进会顾问、副会长等出席) is that post, not a name; nor is a post
    // with the verb of holding another after it (由党组成员任组长: 成员 + 任), nor a determiner of a collective (全体会议).
    const post = TITLES.at(text, at)?.word;
    if (post === name || (post && name.startsWith(post) && POST_HOLDING_VERBS.includes(name.slice(post.length)))) continue;
    if (UNNAMED_BEFORE_TITLE.includes(name) || PASSAGE_AFTER_TITLE.includes(name)) continue;
    const after = text.slice(at + length);
    const closed = after.length === 0 || /^[\s\p{P}]/u.test(after) || FOLLOWERS.at(after, 0) !== undefined;
    const given = length === base + 2 && closed && BODY_END_NAME_CHARACTERS.has(name.at(-1) ?? '') ? name.slice(base, -1) : name.slice(base);
    if (hasNoNameCharacter(given, JOINING_CHARACTERS.has(name.at(-1) ?? '') && LIST_MARK_AFTER_NAME.test(after))) continue;
    let score = 0;
    if (after.length === 0 || /^[\s\p{P}]/u.test(after) || DAY_AFTER_NAME.test(after)) score += 3;
    // A joining word before a list mark follows no name: it is the name's own last character (石国 + 和，).
    else if (FOLLOWERS.at(after, 0) && !(JOINING_CHARACTERS.has(after[0] ?? '') && LIST_MARK_AFTER_NAME.test(after.slice(1)))) score += 3;
    // A name that eats the first character of a follower (钱锋说 read as one name) is the wrong length, unless what it
    // eats is a preposition with another follower right after it (刘可为出席: 为出席 is no phrase), or a joining word
    // before a list mark (石国和，), which joins nothing there.
    if (
      length > base + 1 &&
      FOLLOWERS.at(text, at + length - 1, (word) => word.length <= 2 || word.startsWith(ADDRESS_MARK)) &&
      !endsWithPreposition(name, after) &&
      !(JOINING_CHARACTERS.has(name.at(-1) ?? '') && LIST_MARK_AFTER_NAME.test(after))
    )
      score -= 3;
    // A name that eats the 副 of a deputy's title (韩正副总理, where the segmenter reads 正副 as one word) is the wrong
    // length: 副 marks the deputy posts (副职) of the civil-service post system and ends no given name. Not after the
    // executive deputy's 常务 (常务副主席: 常 is a surname, but 常务 opens the title, and no name is read there).
    if (
      length > base + 1 &&
      name.endsWith(DEPUTY_MARK) &&
      name.slice(0, -1) !== EXECUTIVE_MARK &&
      TITLES.at(text, at + length - 1)?.word.startsWith(DEPUTY_MARK)
    )
      score -= 3;
    const nextWord = after.length > 0 ? options.cutKnownWords(after.slice(0, 6))[0] : undefined;
    if (nextWord !== undefined && nextWord.length >= 2) score += 1;
    if (options.tokenAt && options.tokenAt.length === length && /^(nr|x)/.test(options.tokenAt.tag)) score += 1;
    if (length === base + 2) score += 0.5;
    if (!best || score > best.score) best = { length, score };
  }
  return best && best.score >= 1 ? best.length : undefined;
}

/**
 * The length of a name of a people that has no surname, read whole from the elements its names are built of, or
 * undefined: a Tibetan name of two elements (白玛顿珠); a Mongolian name of two or three name words (哈斯额尔敦), or of one
 * word of three or more characters (其木格, 巴特尔), as many Mongolian names are. It ends where a name may end.
 */
export function readNameOfParts(text: string, at: number): number | undefined {
  if (TIBETAN_NAME_PARTS.has(text.slice(at, at + 2)) && TIBETAN_NAME_PARTS.has(text.slice(at + 2, at + 4)) && isNameEnd(text, at + 4)) return 4;
  let end = at;
  let words = 0;
  for (let word = MONGOLIAN_WORDS.at(text, end); word !== undefined && words < 3; word = MONGOLIAN_WORDS.at(text, end)) {
    end += word.length;
    words += 1;
  }
  return (words >= 2 || (words === 1 && end - at >= 3)) && isNameEnd(text, end) ? end - at : undefined;
}

/**
 * Whether a word the segmenter tags as a person opens with a character no name has and no surname is (对标 of
 * 对标对表…要求: a preposition), so that it is no speaker's name.
 */
export function opensWithNoNameCharacter(word: string): boolean {
  const first = word[0] ?? '';
  return NOT_NAME_CHARACTERS.has(first) && !SINGLE_SURNAMES.has(first) && !COMPOUND_SURNAMES.has(word.slice(0, 2));
}

// Whether a character no name of this genre's people has stands in the given name.
function hasNoNameCharacter(given: string, beforeListMark = false): boolean {
  return Array.from(given).some((ch) => NOT_NAME_CHARACTERS.has(ch)) || (!beforeListMark && NOT_NAME_END_CHARACTERS.has(given.at(-1) ?? ''));
}

function isNameEnd(text: string, at: number): boolean {
  const after = text.slice(at);
  return after.length === 0 || !/^\p{Script=Han}/u.test(after) || FOLLOWERS.at(after, 0) !== undefined || DAY_AFTER_NAME.test(after);
}

// Whether the name ends with a preposition that ends given names and another follower of two or more characters comes
// right after it (刘可为 before 出席).
function endsWithPreposition(name: string, after: string): boolean {
  return PREPOSITIONS_ENDING_NAMES.includes(name.at(-1) ?? '') && (FOLLOWERS.at(after, 0)?.length ?? 0) >= 2;
}
