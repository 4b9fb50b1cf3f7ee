import { PREPARED_SPEECH_LEADS, PREPARED_SPEECH_NOUNS } from '../rules/speech-verbs.ts';
import { isGreetingLine, startsLine } from './find-transcript-answer.ts';
import { type SpeechSentence, type SpeechState, takeSpeaker } from './speech-sentence.ts';
import { buildStatement } from './statement-parts.ts';

const ANNOUNCEMENT = new RegExp(`(?:${PREPARED_SPEECH_LEADS.join('|')})([^，。；]{1,24}?)的(?:${PREPARED_SPEECH_NOUNS.join('|')})`, 'u');
// A section heading of a printed speech (一、主发布稿, （二）记者问答).
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

/**
 * A speech printed after the words that announce it (以下为郎文荣厅长的主发布稿：…, or a greeting line after the line
 * naming who delivers it): the speaker is the person the announcement names; the speech runs from the first line after the announcement that is no section heading
 * to the next section heading or the end of the text. Returns whether the sentence was part of it.
 */
export function findPreparedSpeech(speech: SpeechSentence, state: SpeechState): boolean {
  const { text, toLocal } = speech;
  const announced = ANNOUNCEMENT.exec(text);
  if (announced) {
    const named = announced.index + announced[0].indexOf(announced[1]!);
    const speaker = speech.speakers.find((person) => toLocal(person.start) >= named && toLocal(person.end) <= named + announced[1]!.length);
    if (speaker) state.pendingSpeech = { speaker, announcement: speech.local(announced.index, announced[0].length) };
    return false;
  }
  // A speech that opens with its greeting on a line of its own (同志们：) right after the lines that name who delivers
  // it (某某作工作报告。, or the speaker's name under the speech's title): the greeting announces the speech, as a work
  // report or a leader's address is printed.
  // Who delivers it: the person named as delivering a report (某某作工作报告), else the subject of the line before.
  const subject = state.lastSubject;
  const speaker = state.reportDeliverer ?? (subject && speech.sentence.paragraph - subject.paragraph <= 2 ? subject.person : undefined);
  if (!state.pendingSpeech && speaker && startsLine(speech) && isGreetingLine(text)) {
    state.pendingSpeech = { speaker, announcement: speech.local(0, text.trimEnd().length) };
    return true;
  }
  const pending = state.pendingSpeech;
  if (!pending || SECTION_HEADING.test(text)) return false;
  state.pendingSpeech = undefined;
  const full = speech.context.index.readable;
  const next = /\n\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u.exec(full.slice(speech.sentence.unitStart));
  const to = (next ? full.slice(speech.sentence.unitStart, speech.sentence.unitStart + next.index) : full.slice(speech.sentence.unitStart)).trimEnd()
    .length;
  if (to < 6) return false;
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: 0,
      textTo: to,
      evidence: { start: pending.announcement.start, end: speech.local(to, 0).start },
      attribution: pending.announcement,
      speaker: takeSpeaker(state, pending.speaker),
      rule: 'statement/prepared-speech',
      confidence: 0.8,
      review: pending.speaker.review,
    }),
  );
  state.lastSpeaker = { paragraph: speech.sentence.paragraph, person: pending.speaker };
  return true;
}
