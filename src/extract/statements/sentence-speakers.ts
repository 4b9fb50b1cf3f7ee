import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention, PersonMention } from '../mention-types.ts';
import { personMention } from '../people/person-mention.ts';
import { opensWithNoNameCharacter, readNameOfParts, readPersonName } from '../read-person-name.ts';
import { CAPTION_CREDIT_END } from '../rules/reporter-roles.ts';
import { COMPANION_CLOSE, FIRST_PERSON, NAME_AS_ATTRIBUTE, NUMBERED_POINT, PUBLICATION_SPEAKERS } from '../rules/speech-verbs.ts';
import { PREPOSITION_SURNAMES } from '../rules/surnames.ts';
import type { Sentence } from '../split-sentences.ts';
import { speechVerbEnd } from './speech-verb-end.ts';

// A three-character name the segmenter did not tag (黄明远 cut as 黄明 + 远), read by its surname right before a speech
// verb: one the dictionary holds as a single word (方案指出, 文件要求: 方 and 文 are surnames too) is no name, nor one
// opened by a surname that is far more often a preposition or conjunction (向大家介绍, 和与会人员).
function untaggedNameAt(context: ExtractionContext, text: string, at: number): number | undefined {
  if (PREPOSITION_SURNAMES.includes(text[at] ?? '')) return undefined;
  const length = readPersonName(text, at, { knownNames: new Set(), cutKnownWords: (piece) => context.tagger.cutKnownWords(piece) });
  if (length !== 3) return undefined;
  const words = context.tagger.cutKnownWords(text.slice(at, at + length));
  return words.length > 1 && words.every((word) => word.length < length) ? length : undefined;
}

// Words for an official the report does not name (生态环境部有关负责人表示).
const UNNAMED = /^(有关|相关)?(主要)?(负责人|新闻发言人|发言人)/u;

/**
 * 他 and 她 as speakers: each stands for the subject of the last sentence that names a person, in its paragraph or the
 * one before, or for the last person named there when none opens that sentence (此前他作为副厅长…他表示，…), a byline's
 * reporter aside. Only those that attribute a statement are kept.
 */
export function pronounsIn(context: ExtractionContext, sentence: Sentence, people: readonly PersonMention[]): PersonMention[] {
  const pronouns: PersonMention[] = [];
  for (const match of sentence.text.matchAll(/[他她](?![们人的])/gu)) {
    if (/[其吉]/u.test(sentence.text[match.index - 1] ?? '')) continue;
    const span = sentenceSpan(context, sentence, match.index, 1);
    const before = [...people]
      .filter(
        (person) =>
          !person.unnamed &&
          person.start < span.start &&
          storyParagraphsBetween(context, context.sentences[person.sentence]!.paragraph, sentence.paragraph) <= 1,
      )
      .filter((person) => !accompanies(context, person) && !namedAsAttribute(context, person))
      // The byline's reporter (湖北日报讯（记者某某）…) writes the story and is no subject it goes on about.
      .filter((person) => person.roles.length === 0)
      .sort((a, b) => b.start - a.start);
    // The subject of the last clause before the pronoun in its own sentence (某甲介绍了…，某乙对…表示欢迎，他讲到…: 某乙),
    // else of the last sentence that names someone (许某代表白某对…表示感谢。他说): its topic, not the last name in it.
    const referent =
      before.find((person) => person.sentence === sentence.index && opensClause(context, person)) ??
      before.find((person) => person.sentence === before[0]?.sentence && startsSentence(context, person)) ??
      before[0];
    if (!referent) continue;
    pronouns.push({
      ...span,
      label: 'Person',
      surface: match[0],
      sentence: sentence.index,
      name: referent.name,
      posts: [],
      introduction: span,
      roles: [],
      unnamed: false,
      rule: 'person/pronoun',
      confidence: 0.7,
      review: `speaker is a pronoun, taken as ${referent.name}`,
    });
  }
  return pronouns;
}

// How many paragraphs of the story lie from one paragraph to a later one: photo captions between them (a paragraph
// closed by its picture's credit, 图片来源：某局) do not count.
function storyParagraphsBetween(context: ExtractionContext, from: number, to: number): number {
  let count = to - from;
  for (let paragraph = from + 1; paragraph < to && count > 1; paragraph++) {
    const text = context.sentences
      .filter((sentence) => sentence.paragraph === paragraph)
      .map((sentence) => sentence.text)
      .join('');
    if (CAPTION_CREDIT_END.test(text)) count--;
  }
  return count;
}

// Whether a person is named in a 在…陪同下 phrase of a visit: the host who accompanies, not the subject.
function accompanies(context: ExtractionContext, person: PersonMention): boolean {
  const sentence = context.sentences[person.sentence]!;
  const at = context.index.toUnit(person.start) - sentence.unitStart;
  const close = sentence.text.indexOf(COMPANION_CLOSE, at);
  if (close < 0 || /[，。；]/u.test(sentence.text.slice(at, close))) return false;
  const open = sentence.text.lastIndexOf('在', at);
  return open >= 0 && !/[，。；]/u.test(sentence.text.slice(open, at));
}

// Whether a person is named as the attribute of the leadership or a doctrine (以习近平同志为核心的党中央), not as a subject.
function namedAsAttribute(context: ExtractionContext, person: PersonMention): boolean {
  const sentence = context.sentences[person.sentence]!;
  return NAME_AS_ATTRIBUTE.test(sentence.text.slice(context.index.toUnit(person.end) - sentence.unitStart));
}

// Whether a person's introduction opens a clause of its sentence (after a comma or semicolon), spaces aside.
function opensClause(context: ExtractionContext, person: PersonMention): boolean {
  const sentence = context.sentences[person.sentence]!;
  return /(?:^|[，,；;])\s*$/u.test(sentence.text.slice(0, context.index.toUnit(person.introduction.start) - sentence.unitStart));
}

// Whether a person's introduction opens its sentence, leading spaces aside: the sentence's subject.
function startsSentence(context: ExtractionContext, person: PersonMention): boolean {
  const sentence = context.sentences[person.sentence]!;
  return sentence.text.slice(0, context.index.toUnit(person.introduction.start) - sentence.unitStart).trim() === '';
}

/** An unnamed official of a body who speaks (生态环境部有关负责人表示): a speaker without a name. */
export function unnamedOfficialAt(context: ExtractionContext, sentence: Sentence, body: OrganizationMention): PersonMention | undefined {
  const at = context.index.toUnit(body.start) - sentence.unitStart;
  const bodyEnd = context.index.toUnit(body.end) - sentence.unitStart;
  const word = UNNAMED.exec(sentence.text.slice(bodyEnd));
  if (!word || speechVerbEnd(sentence.text, bodyEnd + word[0].length) === undefined) return undefined;
  const span = sentenceSpan(context, sentence, at, bodyEnd + word[0].length - at);
  const name = sentence.text.slice(at, bodyEnd + word[0].length);
  const title = word[3]!;
  return personMention(span, sentence.index, name, {
    posts: [{ title, titleEn: title === '负责人' ? 'Official in charge' : 'Spokesperson', organization: body, former: false, evidence: span }],
    unnamed: true,
    rule: 'person/unnamed-official',
    confidence: 0.7,
    review: 'unnamed speaker: the report does not give the name',
  });
}

/** A name no earlier rule found, right before a speech verb (钱锋说): a person without an organization. */
export function bareNameAt(context: ExtractionContext, sentence: Sentence, at: number): PersonMention | undefined {
  const length = readPersonName(sentence.text, at, { knownNames: new Set(), cutKnownWords: (piece) => context.tagger.cutKnownWords(piece) });
  if (length === undefined || speechVerbEnd(sentence.text, at + length) === undefined) return undefined;
  const name = sentence.text.slice(at, at + length);
  // 赵副 of 赵副市长要求: a surname and the 副 of a deputy's post, which the segmenter may tag as a name.
  if (opensWithNoNameCharacter(name) || name.endsWith('副') || NUMBERED_POINT.test(name) || notSpeakerName(name)) return undefined;
  return personMention(sentenceSpan(context, sentence, at, length), sentence.index, name, {
    rule: 'person/speaker-name',
    confidence: 0.6,
    review: 'person without an organization',
  });
}

/**
 * A name first met in a speech clause, at the start of a clause (李明在讲话中指出，…): taken only when the segmenter
 * tags the word there as a person or found it by its HMM, since no title or body anchors it.
 */
export function bareSpeakerAt(context: ExtractionContext, sentence: Sentence, at: number): PersonMention | undefined {
  const point = sentenceSpan(context, sentence, at, 0).start;
  const token = context.tokens[sentence.index]!.find((candidate) => candidate.start === point);
  const tagged = token && /^(nr|x$)/u.test(token.tag) && token.end - token.start >= 2 && token.end - token.start <= 4;
  // A Tibetan or Mongolian name read whole from its elements (扎西多吉表示), which the segmenter cuts as words.
  const length = tagged ? token.end - token.start : (readNameOfParts(sentence.text, at) ?? untaggedNameAt(context, sentence.text, at));
  if (length === undefined) return undefined;
  if (!/^\p{Script=Han}+$/u.test(sentence.text.slice(at, at + length)) || speechVerbEnd(sentence.text, at + length) === undefined) return undefined;
  const name = sentence.text.slice(at, at + length);
  // 赵副 of 赵副市长要求: a surname and the 副 of a deputy's post, which the segmenter may tag as a name.
  if (opensWithNoNameCharacter(name) || name.endsWith('副') || NUMBERED_POINT.test(name) || notSpeakerName(name)) return undefined;
  return personMention(sentenceSpan(context, sentence, at, length), sentence.index, name, {
    rule: 'person/speaker-name',
    confidence: 0.55,
    review: 'person found by a speech verb and the segmenter’s person tag; no organization',
  });
}

// A publication named by its colour (蓝皮书指出) or a first-person pronoun (我先通报) before a speech verb: no person.
function notSpeakerName(name: string): boolean {
  return PUBLICATION_SPEAKERS.includes(name) || FIRST_PERSON.test(name);
}
