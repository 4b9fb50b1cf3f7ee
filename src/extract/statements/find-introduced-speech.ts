import { INTRODUCTION, LINE_LEAD_SPEECH } from '../rules/speech-verbs.ts';
import { lineEnd, startsLine } from './find-transcript-answer.ts';
import { announcerBefore, type SpeechSentence, type SpeechState } from './speech-sentence.ts';
import { buildStatement, trimEnd } from './statement-parts.ts';

// 介绍(了)…情况。 at the end of the sentence: the topic a speaker presents.
const INTRODUCED = new RegExp(
  `(?:${INTRODUCTION.verbs.join('|')})了?[^，。；：“”]{0,${INTRODUCTION.topicMax}}?(?:${INTRODUCTION.topics.join('|')})[。；]?$`,
  'u',
);

// …，某某强调： closing its line, the speech in the paragraph below it.
const LINE_LEAD = new RegExp(`(?:${LINE_LEAD_SPEECH.verbs.join('|')})[:：]$`, 'u');

/**
 * Notes a speaker whose speech verb and colon close the line (就如何做好今年工作，某某强调：), for the paragraph
 * after it: the speaker named at most `gapMax` characters before the verb, with no clause break between.
 */
export function noteLineLead(speech: SpeechSentence, state: SpeechState): void {
  const text = speech.text.trimEnd();
  const match = LINE_LEAD.exec(text);
  if (!match || lineEnd(speech) !== text.length) return;
  const announced = announcerBefore(speech, match.index);
  if (!announced) return;
  const gap = text.slice(speech.toLocal(announced.speaker.end), match.index);
  if (gap.length > LINE_LEAD_SPEECH.gapMax || /[，,；;。]/u.test(gap)) return;
  state.pendingIntroduction = announced;
}

/**
 * Notes a speaker who presents a topic in a sentence that ends its line (副厅长某某向媒体介绍…工作开展情况。), for the
 * paragraph after it (see findIntroducedSpeech).
 */
export function noteIntroduction(speech: SpeechSentence, state: SpeechState): void {
  const text = speech.text.trimEnd();
  const match = INTRODUCED.exec(text);
  if (!match || lineEnd(speech) !== text.length) return;
  const announced = announcerBefore(speech, match.index);
  if (announced) state.pendingIntroduction = announced;
}

/**
 * What a speaker presented (…介绍…情况。 then the next paragraph, 今年1—8月，全省…): the first sentence of the line after
 * the introduction, when it names no speaker and no other rule read speech in it.
 */
export function findIntroducedSpeech(speech: SpeechSentence, state: SpeechState): void {
  const pending = state.pendingIntroduction;
  if (!pending || pending.announcement.end > speech.local(0, 0).start) return;
  state.pendingIntroduction = undefined;
  const { text } = speech;
  if (!startsLine(speech) || speech.speakers.some((person) => !person.unnamed)) return;
  if (state.statements.some((statement) => statement.sentence === speech.sentence.index)) return;
  const to = trimEnd(text, 0, text.length, /[。！？；\s]/u);
  if (to < 6) return;
  state.statements.push(
    buildStatement(speech, {
      kind: 'paraphrase',
      textFrom: 0,
      textTo: to,
      evidence: { start: pending.announcement.start, end: speech.local(to, 0).start },
      attribution: pending.announcement,
      speaker: pending.speaker,
      rule: 'statement/introduced-paragraph',
      confidence: 0.6,
      review: `the paragraph after ${pending.speaker.name} presents the topic: taken as what was presented`,
    }),
  );
}
