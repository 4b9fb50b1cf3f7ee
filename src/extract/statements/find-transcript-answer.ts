import { type SpeechSentence, type SpeechState, takeSpeaker } from './speech-sentence.ts';
import { buildStatement } from './statement-parts.ts';

// Role words a transcript line may start with before the speaker's name.
const TRANSCRIPT_ROLES = ['主持人', '发布人', '发言人'];

/**
 * A transcript's answer: a line that starts with its speaker and a colon (罗静怡：…, 主持人梁思远：…); the answer
 * runs to the end of its line, over all its sentences. Returns whether it found one.
 */
export function findTranscriptAnswer(speech: SpeechSentence, state: SpeechState): boolean {
  const { context, sentence, text, local, toLocal } = speech;
  const lineStart = sentence.unitStart === 0 || context.index.readable[sentence.unitStart - 1] === '\n';
  if (!lineStart || state.statements.some((s) => s.sentence === sentence.index)) return false;
  const opening = TRANSCRIPT_ROLES.find((role) => text.startsWith(role)) ?? '';
  const speaker = speech.speakers.find(
    (person) => toLocal(person.introduction.start) === opening.length && /^[：:]/u.test(text.slice(toLocal(person.end))),
  );
  if (!speaker || speaker.roles.length > 0 || /记者/u.test(text.slice(0, toLocal(speaker.start)))) return false;
  const from = toLocal(speaker.end) + 1;
  const full = context.index.readable;
  const lineEnd = full.indexOf('\n', sentence.unitStart);
  const lineText = full.slice(sentence.unitStart, lineEnd < 0 ? full.length : lineEnd);
  let to = lineText.length;
  while (to > from && /[\s]/u.test(lineText[to - 1]!)) to -= 1;
  if (to - from < 6) return false;
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: from,
      textTo: to,
      evidence: local(0, to),
      attribution: local(0, from),
      speaker: takeSpeaker(state, speaker),
      rule: 'statement/transcript-answer',
      confidence: 0.85,
      review: speaker.review,
    }),
  );
  state.lastSpeaker = { paragraph: sentence.paragraph, person: speaker };
  return true;
}
