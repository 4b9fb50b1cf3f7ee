import { type ExtractionContext, groupBySentence, sentenceSpan } from './extraction-context.ts';
import type { EventMention, OrganizationMention, PersonMention, StatementMention } from './mention-types.ts';
import type { Sentence } from './split-sentences.ts';
import { findAnnouncedPoints, noteAnnouncedPoints } from './statements/find-announced-points.ts';
import { findBodySpeech } from './statements/find-body-speech.ts';
import { findCarriedSpeech } from './statements/find-carried-speech.ts';
import { findInterviewTurn } from './statements/find-interview-turns.ts';
import { findIntroducedSpeech, noteIntroduction, noteLineLead } from './statements/find-introduced-speech.ts';
import { findHeadingSpeech, findMeetingSpeech } from './statements/find-meeting-speech.ts';
import { findPreparedSpeech } from './statements/find-prepared-speech.ts';
import { findQuoteOfNextSpeaker, findQuotes } from './statements/find-quotes.ts';
import { findReportSpeech, noteReportDelivery } from './statements/find-report-speech.ts';
import { findReportedSpeech } from './statements/find-reported-speech.ts';
import { findSignedSpeech } from './statements/find-signed-speech.ts';
import { findTranscriptAnswer, findTurnAfterHeading } from './statements/find-transcript-answer.ts';
import { findTranscriptQuestion, findTranscriptReply } from './statements/find-transcript-question.ts';
import { runColonSpeechOn } from './statements/run-colon-speech-on.ts';
import { bareNameAt, pronounsIn, unnamedOfficialAt } from './statements/sentence-speakers.ts';
import type { SpeechSentence, SpeechState } from './statements/speech-sentence.ts';
import { indefiniteSpeakersIn, placeOfficialsIn, referredOfficialsIn } from './statements/unnamed-speakers.ts';

/** Statements and the speakers the statement finder itself had to make (unnamed officials, bare names). */
export interface StatementFindings {
  statements: StatementMention[];
  people: PersonMention[];
}

/**
 * Finds what people said, sentence by sentence, with the rules of `statements/`: quotes with their speaker
 * before or after them or in the paragraph before (find-quotes), a transcript's answers (find-transcript-answer),
 * a transcript's questions and a Q&A's answers (find-transcript-question), a speech printed after its announcement (find-prepared-speech),
 * what a meeting or a team says (find-meeting-speech), what a body or its team says as one (find-body-speech), a delivered report's words given to who delivered it (find-report-speech), reported speech after a speaker and verb (find-reported-speech) and clauses whose speaker is carried over (find-carried-speech).
 * A statement a speech verb and a colon introduce then runs on over the rest of its line (run-colon-speech-on).
 * A speaker is a person named in the sentence, a pronoun for one, an unnamed official of a body (生态环境部有关
 * 负责人表示) or a bare name before a speech verb.
 */
export function findStatementMentions(
  context: ExtractionContext,
  people: readonly PersonMention[],
  organizations: readonly OrganizationMention[],
  events: readonly EventMention[] = [],
): StatementFindings {
  const state: SpeechState = { statements: [], made: [], events };
  const peopleBySentence = groupBySentence(people);
  const organizationsBySentence = groupBySentence(organizations);
  for (const sentence of context.sentences) {
    const speech = speechSentence(context, sentence, state, {
      people: peopleBySentence.get(sentence.index) ?? [],
      bodies: organizationsBySentence.get(sentence.index) ?? [],
      everyone: people,
    });
    if (findHeadingSpeech(speech, state)) continue;
    findQuoteOfNextSpeaker(speech, state);
    if (findTurnAfterHeading(speech, state) || findSignedSpeech(speech, state)) continue;
    if (findPreparedSpeech(speech, state) || findInterviewTurn(speech, state)) continue;
    findQuotes(speech, state);
    if (findTranscriptAnswer(speech, state) || findTranscriptQuestion(speech, state) || findTranscriptReply(speech, state)) continue;
    findMeetingSpeech(speech, state);
    findBodySpeech(speech, state);
    findReportSpeech(speech, state);
    findReportedSpeech(speech, state);
    findCarriedSpeech(speech, state);
    findIntroducedSpeech(speech, state);
    findAnnouncedPoints(speech, state);
    noteReportDelivery(speech, state);
    noteIntroduction(speech, state);
    noteLineLead(speech, state);
    noteAnnouncedPoints(speech, state);
    const subject = speech.speakers.filter((person) => !person.unnamed).sort((a, b) => a.start - b.start)[0];
    if (subject) state.lastSubject = { paragraph: sentence.paragraph, person: subject };
  }
  const statements = state.statements.sort((a, b) => a.start - b.start);
  runColonSpeechOn(context, statements);
  return { statements, people: state.made };
}

function speechSentence(
  context: ExtractionContext,
  sentence: Sentence,
  state: SpeechState,
  named: { people: readonly PersonMention[]; bodies: readonly OrganizationMention[]; everyone: readonly PersonMention[] },
): SpeechSentence {
  const toLocal = (point: number) => context.index.toUnit(point) - sentence.unitStart;
  // One unnamed official per place a body starts (a body and its 党组 start together).
  const bodyStarts = new Map<number, OrganizationMention>();
  for (const body of named.bodies) if (!bodyStarts.has(body.start)) bodyStarts.set(body.start, body);
  const unnamed = [...bodyStarts.values()]
    .map((body) => unnamedOfficialAt(context, sentence, body))
    .filter((person): person is PersonMention => person !== undefined);
  const referred = referredOfficialsIn(context, sentence, state.lastUnnamed);
  const indefinite = [...indefiniteSpeakersIn(context, sentence), ...placeOfficialsIn(context, sentence)];
  // A pronoun that spoke carries its referent on (张某表示… ¶ 他还表示… ¶ 他谈到，…): it is a mention of that person too.
  const spoken = state.made.filter((person) => person.rule === 'person/pronoun');
  const pronouns = pronounsIn(context, sentence, spoken.length > 0 ? [...named.everyone, ...spoken] : named.everyone);
  const speakers = [...named.people, ...pronouns, ...unnamed, ...referred, ...indefinite];
  state.lastUnnamed = unnamed.at(-1) ?? state.lastUnnamed;
  return {
    context,
    sentence,
    text: sentence.text,
    local: (from, length) => sentenceSpan(context, sentence, from, length),
    toLocal,
    speakers,
    bodies: named.bodies,
    quoted: [],
    speakerAt: (at) => {
      const person = speakers.find((p) => toLocal(p.introduction.start) === at) ?? speakers.find((p) => toLocal(p.start) === at);
      if (person) return person;
      const bare = bareNameAt(context, sentence, at);
      if (bare) state.made.push(bare);
      return bare;
    },
  };
}
