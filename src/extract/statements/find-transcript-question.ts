import type { SpeechSentence, SpeechState } from './speech-sentence.ts';
import { buildStatement } from './statement-parts.ts';

/**
 * A question a media outlet asks at a press conference, as the transcript prints it (人民日报：我们在浙江了解到…):
 * a line that starts with the outlet and a colon. The seed format has no speaker but a person, so the statement
 * keeps none and says who asked.
 */
export function findTranscriptQuestion(speech: SpeechSentence, state: SpeechState): boolean {
  const { text, local, toLocal } = speech;
  const outlet = speech.bodies.find((body) => body.kind === 'media' && toLocal(body.start) === 0 && /^[：:]/u.test(text.slice(toLocal(body.end))));
  if (!outlet || state.statements.some((s) => s.sentence === speech.sentence.index)) return false;
  const from = toLocal(outlet.end) + 1;
  const full = speech.context.index.readable;
  const end = full.indexOf('\n', speech.sentence.unitStart);
  const to = full.slice(speech.sentence.unitStart, end < 0 ? full.length : end).trimEnd().length;
  if (to - from < 6) return false;
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: from,
      textTo: to,
      evidence: local(0, to),
      attribution: local(0, from),
      rule: 'statement/transcript-question',
      confidence: 0.75,
      review: `asked by ${outlet.name}: no person`,
    }),
  );
  return true;
}
