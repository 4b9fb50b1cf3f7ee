import { type ExtractionContext, sentenceSpan, tokenAt } from '../extraction-context.ts';
import type { PersonMention, PostMention } from '../mention-types.ts';
import { readPersonName } from '../read-person-name.ts';
import type { Sentence } from '../split-sentences.ts';
import { personMention } from './person-mention.ts';

// Tags jieba gives the personal names it recognises statistically.
const NAME_TAGS = /^nr/u;
// Tags of words that are no name: verbs, adverbs, pronouns, prepositions, numerals, abbreviations (强调, 那条, 由, 农办).
const NOT_NAME_TAGS = /^(v|vd|vn|d|r|p|c|m|mq|q|a|ad|f|t|u|j|l)$/u;

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

/** Reads names at anchors of one sentence and keeps the people it finds, one per place. */
export class AnchoredNames {
  readonly people: PersonMention[] = [];
  readonly #context: ExtractionContext;
  readonly #sentence: Sentence;
  readonly #found: readonly PersonMention[];
  readonly #knownNames: Set<string>;
  readonly #earlier: ReadonlySet<string>;

  /**
   * `found` are the people already found in the sentence; `names.known` the names known to be people, `names.earlier`
   * those the report named before this sentence.
   */
  constructor(
    context: ExtractionContext,
    sentence: Sentence,
    found: readonly PersonMention[],
    names: { known: Set<string>; earlier: ReadonlySet<string> },
  ) {
    this.#context = context;
    this.#sentence = sentence;
    this.#found = found;
    this.#knownNames = names.known;
    this.#earlier = names.earlier;
  }

  /** Whether a person found already starts at `at` (a name after a title: 副市长某某). */
  personStartsAt(at: number): boolean {
    const point = sentenceSpan(this.#context, this.#sentence, at, 0).start;
    return [...this.#found, ...this.people].some((person) => person.start === point);
  }

  /** The length of a name at `at`, read by its surname or the segmenter's person tag, if one starts there. */
  readAt(at: number): number | undefined {
    const point = sentenceSpan(this.#context, this.#sentence, at, 0).start;
    const token = tokenAt(this.#context.tokens[this.#sentence.index]!, point);
    return readPersonName(this.#sentence.text, at, {
      knownNames: this.#knownNames,
      cutKnownWords: (piece) => this.#context.tagger.cutKnownWords(piece),
      tokenAt: token && token.start === point ? { length: token.end - token.start, tag: token.tag } : undefined,
    });
  }

  /**
   * Keeps the name at `at` as a person found by `anchor`, unless it overlaps one or reads as a plain word; with the
   * post the anchor gives, when a body stands before the name (市委特别是陈敏尔书记).
   */
  add(at: number, length: number, rule: string, anchor: string, post?: PostMention): void {
    const span = sentenceSpan(this.#context, this.#sentence, at, length);
    // A name of a list that an earlier anchor of the sentence already took with no post (赵英民 before 等同志, read by
    // 同志) takes the post printed before the list's first name (副部长黄润秋、翟青、赵英民等同志: three deputy ministers).
    const bare = post && this.people.find((other) => other.start === span.start && other.end === span.end && other.posts.length === 0);
    if (bare && post) {
      bare.posts.push(post);
      bare.introduction = { start: post.evidence.start, end: span.end };
      bare.review = undefined;
      return;
    }
    const taken = [...this.#found, ...this.people].some((other) => other.start < span.end && span.start < other.end);
    const name = this.#sentence.text.slice(at, at + length);
    if (taken || this.#earlier.has(name) || readsAsPlainWord(this.#context, this.#sentence, at, length)) return;
    this.#knownNames.add(name);
    this.people.push(
      personMention(span, this.#sentence.index, name, {
        posts: post ? [post] : [],
        introduction: post ? { start: post.evidence.start, end: span.end } : span,
        rule,
        confidence: post ? 0.75 : 0.7,
        review: post ? undefined : `person found by the anchor ${anchor}; no organization`,
      }),
    );
  }
}
