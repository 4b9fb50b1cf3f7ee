import { isGreetingLine } from './find-transcript-answer.ts';
import type { SpeechSentence, SpeechState } from './speech-sentence.ts';

// The dash subtitle of a speech or report printed whole (——2024年3月26日在某省人民代表大会常务委员会第八次会议上), the
// line before the signature line (find-signature-lines.ts), blank lines allowed between.
const SUBTITLE_BEFORE = /\n[ \u3000]*——[^\n]*\n[\s\u3000]*$/u;

/**
 * The signature line of a speech or report printed whole (省人民政府副省长 某某, under the dash subtitle): it heads the
 * speaker's turn, as a transcript line holding only its speaker does; the salutation line after it (主任、各位副主任、
 * 秘书长、各位委员：, 某省人大常委会：) is skipped and the speech is the line after (findTurnAfterHeading). Returns
 * whether the sentence was such a line.
 */
export function findSignedSpeech(speech: SpeechSentence, state: SpeechState): boolean {
  const { sentence, text, toLocal } = speech;
  const readable = speech.context.index.readable;
  if (!SUBTITLE_BEFORE.test(`\n${readable.slice(Math.max(0, sentence.unitStart - 120), sentence.unitStart)}`)) return false;
  const lineEnd = readable.indexOf('\n', sentence.unitStart);
  const line = readable.slice(sentence.unitStart, lineEnd < 0 ? readable.length : lineEnd).trimEnd();
  // The whole line is the signature: posts and a name, no mark of a sentence, the name last.
  if (/[，。；：！？,;:!?]/u.test(line)) return false;
  const speaker = speech.speakers.find((person) => !person.unnamed && toLocal(person.end) === line.length);
  if (!speaker || text.length < line.length) return false;
  // Only a signature followed by its salutation opens the speech: a date line or an editor's note may stand between
  // the signature and a summary (（2021年3月18日）, 编者按：), whose words are no turn of the signer.
  const after = readable.slice(sentence.unitStart + line.length).replace(/^\s+/u, '');
  const nextLine = after.slice(0, after.search(/\n|$/u));
  if (!isGreetingLine(nextLine)) return false;
  state.pendingTurn = { speaker, heading: speech.local(0, line.length) };
  return true;
}
