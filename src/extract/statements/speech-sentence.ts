import type { ExtractionContext } from '../extraction-context.ts';
import type { EventMention, OrganizationMention, PersonMention, StatementMention } from '../mention-types.ts';
import type { Sentence } from '../split-sentences.ts';
import type { Span } from '../text-index.ts';

/** What the statement rules read in one sentence: its text, the speakers it names and how to cut spans. */
export interface SpeechSentence {
  context: ExtractionContext;
  sentence: Sentence;
  text: string;
  /** A span of the sentence's text (code units from its start) as code points of the report. */
  local(from: number, length: number): Span;
  /** A code point of the report as a code unit of the sentence. */
  toLocal(point: number): number;
  /** People named in the sentence, pronouns standing for them, and unnamed officials of bodies. */
  speakers: readonly PersonMention[];
  /** The bodies named in the sentence. */
  bodies: readonly OrganizationMention[];
  /** The speaker introduced or named at a place of the sentence, or a bare name there with a speech verb after it. */
  speakerAt(at: number): PersonMention | undefined;
  /** Spans of quotations (code units) the quote rules took, so that reported speech does not start inside one. */
  quoted: Array<[number, number]>;
}

/** What the statement rules share across the report. */
export interface SpeechState {
  statements: StatementMention[];
  /** Speakers the rules had to make: pronouns used as speakers, bare names, people of transcript headings. */
  made: PersonMention[];
  /** The last person who spoke, for a quote standing alone or a transcript's next lines. */
  lastSpeaker?: { paragraph: number; person: PersonMention };
  /** An interview whose question is being read (★问：…？), and who answers it. */
  interview?: { paragraph: number; answerer?: PersonMention; asking: boolean };
  /** The last unnamed official who spoke (有关负责人表示), for the determiners that name the official again (这位负责人说). */
  lastUnnamed?: PersonMention;
  /** The first person the last sentence named: the subject a following sentence without one carries (…工作。强调要…). */
  lastSubject?: { paragraph: number; person: PersonMention };
  /**
   * A transcript line that held only its speaker (赵英民：) or only its role (主持人：): the next line is the speaker's
   * turn; a role's turn keeps no speaker, since the role is no person.
   */
  pendingTurn?: { speaker?: PersonMention; role?: string; heading: Span };
  /** The person the report says answers the questions (…出席发布会并答记者问), for the answers of a Q&A (答：…). */
  answerer?: PersonMention;
  /** A speech announced (以下为…的主发布稿) and not yet reached. */
  pendingSpeech?: { speaker: PersonMention; announcement: Span };
  /** The person who delivered a report (某某作政府工作报告), for the report's words that follow (报告提出，…). */
  reportDeliverer?: PersonMention;
  /** A speaker who presents a topic in a line of its own (某某介绍…情况。), for the paragraph after it. */
  pendingIntroduction?: { speaker: PersonMention; announcement: Span };
  /** Points a speaker announced (…强调了三点意见。), for the sentences that give them (一是…). */
  pendingPoints?: { speaker: PersonMention; announcement: Span };
  /** A meeting's speech verb that stood as a heading of its own (会议指出), for the paragraph under it. */
  pendingHeading?: { paragraph: number; speaker: string; heading: Span };
  /** A quote that filled its sentence with no speaker (“…”。), for a speaker who opens the next one. */
  openQuote?: { speech: SpeechSentence; open: number; close: number };
  events: readonly EventMention[];
}

/** Records a pronoun or bare name as a person the statement stage made, once, and returns it. */
export function takeSpeaker(state: SpeechState, person: PersonMention): PersonMention {
  if (person.rule === 'person/pronoun' && !state.made.includes(person)) state.made.push(person);
  return person;
}

/**
 * The last named person before `at` in the sentence and the stretch from them to the sentence's end (…某某强调了三点
 * 意见。): the speaker of an announcement that closes its sentence, for the sentences it announces.
 */
export function announcerBefore(speech: SpeechSentence, at: number): { speaker: PersonMention; announcement: Span } | undefined {
  const text = speech.text.trimEnd();
  const speaker = [...speech.speakers].filter((person) => !person.unnamed && speech.toLocal(person.end) <= at).sort((a, b) => b.start - a.start)[0];
  if (!speaker) return undefined;
  const start = speech.toLocal(speaker.start);
  return { speaker, announcement: speech.local(start, text.length - start) };
}

/** The statements found so far whose words hold a place of the sentence. */
export function statementsCovering(speech: SpeechSentence, state: SpeechState, at: number): StatementMention[] {
  return state.statements.filter(
    (s) => s.sentence === speech.sentence.index && speech.toLocal(s.textSpan.start) <= at && at < speech.toLocal(s.textSpan.end),
  );
}

/** Whether a statement already covers a place of the sentence. */
export function statementCovers(speech: SpeechSentence, state: SpeechState, at: number): boolean {
  return statementsCovering(speech, state, at).length > 0;
}
