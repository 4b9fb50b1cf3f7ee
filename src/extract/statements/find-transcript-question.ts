import { INTERVIEW_ASKERS } from '../rules/speech-verbs.ts';
import { startsLine } from './find-transcript-answer.ts';
import { type SpeechSentence, type SpeechState, takeSpeaker } from './speech-sentence.ts';
import { buildStatement } from './statement-parts.ts';

/**
 * A question a media outlet asks at a press conference, as the transcript prints it (人民日报：我们在浙江了解到…, or
 * by its journalist, 某某日报记者：…): a line that starts with the outlet, the role or not, and a colon. The seed
 * format has no speaker but a person, so the statement keeps none and says who asked.
 */
export function findTranscriptQuestion(speech: SpeechSentence, state: SpeechState): boolean {
  const { text, local, toLocal } = speech;
  const outletTurn = (body: (typeof speech.bodies)[number]) => OUTLET_TURN.exec(text.slice(toLocal(body.end)))?.[0];
  const outlet = speech.bodies.find((body) => body.kind === 'media' && toLocal(body.start) === 0 && outletTurn(body) !== undefined);
  const periodical = outlet ? undefined : periodicalTurn(speech);
  if ((!outlet && !periodical) || state.statements.some((s) => s.sentence === speech.sentence.index)) return false;
  const from = outlet ? toLocal(outlet.end) + outletTurn(outlet)!.length : periodical!.length;
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
      review: `asked by ${outlet?.name ?? periodical!.trim()}: no person`,
    }),
  );
  return true;
}

// What follows an outlet that opens a question's line: its journalist by role, or nothing, then a colon.
const OUTLET_TURN = new RegExp(`^(?:${INTERVIEW_ASKERS.join('|')})?[：:]`, 'u');

// A periodical in title marks or a journalist by role opening a line with a colon (《小康》：您希望…, 记者：对于…).
// The line may be indented (a paper's page sets each paragraph in by two spaces).
const PERIODICAL_TURN = new RegExp(`^[ \t\u3000]*((?:《[^《》\n]{1,12}》|${INTERVIEW_ASKERS.join('|')})[：:])`, 'gmu');

// The question's turn of a question-and-answer transcript (问：…, then 答： or the answerer by name): the one word names
// the asking side, so a single such line is a question, unlike a role that could open an ordinary sentence.
const QUESTION_TURN = /^问[：:]/u;

/**
 * A magazine's or a journalist's question in a printed interview (《某刊》：…？ or 记者：…？ then 某某：…): GB/T 15834 sets
 * a periodical's name in title marks, and an interview names the asking side by it or by the role, line after line. A
 * line that opens with such a name and a colon is a question when the same opening starts another line too, or when it
 * asks. Returns the opening with any indent before it (《某刊》：, 记者：), if the line has one.
 */
function periodicalTurn(speech: SpeechSentence): string | undefined {
  if (!startsLine(speech)) return undefined;
  const question = QUESTION_TURN.exec(speech.text)?.[0];
  if (question) return question;
  const readable = speech.context.index.readable;
  const at = speech.sentence.unitStart;
  const found = new RegExp(PERIODICAL_TURN.source, 'u').exec(speech.text);
  if (!found) return undefined;
  const turns = [...readable.matchAll(PERIODICAL_TURN)].filter((match) => match[1] === found[1]).length;
  if (turns >= 2) return found[0];
  // A single such line is a question when it asks (记者：…？): a press conference's report may print one exchange only,
  // and a credit line (记者：某某) never ends in a question mark.
  const end = readable.indexOf('\n', at);
  return ASKING_LINE.test(readable.slice(at, end < 0 ? readable.length : end)) ? found[0] : undefined;
}

const ASKING_LINE = /[？?]\s*$/u;

// Words by which a report says who answers the questions (…出席发布会并答记者问), or who is the guest of a broadcast
// or online interview (某某做客某台《某栏目》), whose turns the transcript labels 嘉宾.
const ANSWERING = /答记者问|回答记者提问|回答记者的提问|答问|做客|作客/u;
// The label of the answering side's turn: 答 of a question-and-answer transcript, or 嘉宾 ('guest') of a broadcast or
// online interview (访谈实录), which labels the host's turns 主持人 and the guest's 嘉宾, in square brackets or not.
const ANSWER_LABEL = /^(?:答|[【[［]嘉宾[\]】］]|嘉宾)[：:]/u;

/**
 * An answer of a question-and-answer transcript (答：…) or a guest's turn of a broadcast interview (【嘉宾】：…): a line
 * that starts with the label and a colon, said by the person the report said would answer (…并答记者问) or is the
 * guest (…做客…), else by the last speaker. Returns whether the line was one.
 */
export function findTranscriptReply(speech: SpeechSentence, state: SpeechState): boolean {
  const { text, local } = speech;
  if (ANSWERING.test(text)) {
    const answerer = speech.speakers.filter((person) => person.posts.length > 0 && person.rule !== 'person/pronoun').at(-1);
    if (answerer) state.answerer = answerer;
  }
  const label = ANSWER_LABEL.exec(text)?.[0];
  if (!label || state.statements.some((s) => s.sentence === speech.sentence.index)) return false;
  const full = speech.context.index.readable;
  const end = full.indexOf('\n', speech.sentence.unitStart);
  const to = full.slice(speech.sentence.unitStart, end < 0 ? full.length : end).trimEnd().length;
  if (to - label.length < 6) return false;
  const speaker = state.answerer ?? state.lastSpeaker?.person;
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: label.length,
      textTo: to,
      evidence: local(0, to),
      attribution: local(0, label.length),
      speaker: speaker ? takeSpeaker(state, speaker) : undefined,
      rule: 'statement/transcript-reply',
      confidence: 0.7,
      review: speaker
        ? `answer taken as ${speaker.name}'s, who the report says answers the questions`
        : 'an answer whose speaker the report does not name',
    }),
  );
  return true;
}
