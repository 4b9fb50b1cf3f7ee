import { INTERVIEW_QUESTION_MARKS } from '../rules/speech-verbs.ts';
import { type SpeechSentence, type SpeechState, takeSpeaker } from './speech-sentence.ts';
import { buildStatement } from './statement-parts.ts';

// A question set apart by a mark (★问：); one that opens a line with no mark is the transcript's own 问：…答： shape.
const QUESTION = new RegExp(`[${INTERVIEW_QUESTION_MARKS}]问[：:]`, 'u');
const ASKS = /[？?]\s*$/u;

/**
 * The turns of an interview printed as the ministers' corridor transcripts print them (部长 某某★问：…？…): a question
 * set apart by a mark and 问：, asked by a journalist, and the answer right after the question's last sentence with
 * no 答： (the transcript sets it apart by type alone), said by the person named before the mark, else by the person
 * the report says answers. Returns whether the sentence was a turn.
 */
export function findInterviewTurn(speech: SpeechSentence, state: SpeechState): boolean {
  const { text, local, sentence } = speech;
  const asked = QUESTION.exec(text);
  const pending = state.interview?.paragraph === sentence.paragraph ? state.interview : undefined;
  if (asked) {
    const from = asked.index + asked[0].length;
    const markAt = asked.index;
    // The answerer's name printed right before the mark (部长 某某★问：).
    const named = speech.speakers.find((person) => speech.toLocal(person.end) === markAt && !person.unnamed);
    state.interview = { paragraph: sentence.paragraph, answerer: named ?? state.answerer, asking: true };
    if (text.length - from < 6) return true;
    state.statements.push(
      buildStatement(speech, {
        kind: 'quote',
        textFrom: from,
        textTo: text.trimEnd().length,
        evidence: local(markAt, text.trimEnd().length - markAt),
        attribution: local(markAt, from - markAt),
        rule: 'statement/interview-question',
        confidence: 0.7,
        review: 'a journalist asks: no person',
      }),
    );
    return true;
  }
  if (!pending?.asking) return false;
  // An answer printed with 答： is the transcript's (find-transcript-question).
  if (/^答[：:]/u.test(text)) {
    pending.asking = false;
    return false;
  }
  if (ASKS.test(text)) return true;
  // The first sentence that asks nothing starts the answer, which runs to the end of the line.
  pending.asking = false;
  const full = speech.context.index.readable;
  const end = full.indexOf('\n', sentence.unitStart);
  const to = full.slice(sentence.unitStart, end < 0 ? full.length : end).trimEnd().length;
  if (to < 6) return true;
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: 0,
      textTo: to,
      evidence: local(0, to),
      attribution: local(0, 0),
      speaker: pending.answerer ? takeSpeaker(state, pending.answerer) : undefined,
      rule: 'statement/interview-answer',
      confidence: 0.65,
      review: pending.answerer
        ? `answer after the question, taken as ${pending.answerer.name}'s`
        : 'an answer whose speaker the report does not name',
    }),
  );
  return true;
}
