import { ANNOUNCED_POINTS } from '../rules/speech-verbs.ts';
import { announcerBefore, type SpeechSentence, type SpeechState } from './speech-sentence.ts';
import { buildStatement, trimEnd } from './statement-parts.ts';

const { verbs, numerals, nouns } = ANNOUNCED_POINTS;
// 强调了三点意见。/ 提出以下几点要求。/ 提出如下要求。 closing the sentence: a count or 以下/如下 makes it an announcement.
const ANNOUNCED = new RegExp(
  `(?:${verbs.join('|')})了?(?:(?:以下|如下)(?:[${numerals}]+点)?|[${numerals}]+点)(?:工作)?(?:${nouns.join('|')})[。；]?$`,
  'u',
);
// A point's ordinal at a sentence's start: 一是, 二要, 第三, 首先/其次/最后, 四、, （五）.
const ORDINAL = new RegExp(`^(?:[${numerals}]+[是要][，,]?|第[${numerals}]+[，,、]?|首先|其次|再次|最后|[${numerals}]+、|（[${numerals}]+）)`, 'u');

/** Notes a speaker who announces points at the end of a sentence (…强调了三点意见。), for the sentences after it. */
export function noteAnnouncedPoints(speech: SpeechSentence, state: SpeechState): void {
  const text = speech.text.trimEnd();
  const match = ANNOUNCED.exec(text);
  if (!match) return;
  const announced = announcerBefore(speech, match.index);
  if (announced) state.pendingPoints = announced;
}

/**
 * The announced points (一是充分肯定…。二是…): each sentence right after the announcement that opens with an ordinal
 * and names no speaker of its own is the speaker's; the first sentence without an ordinal ends the points.
 */
export function findAnnouncedPoints(speech: SpeechSentence, state: SpeechState): void {
  const pending = state.pendingPoints;
  if (!pending || pending.announcement.end > speech.local(0, 0).start) return;
  const { text } = speech;
  const ordinal = ORDINAL.exec(text);
  if (!ordinal || speech.speakers.some((person) => !person.unnamed && person.start < speech.local(ordinal[0].length, 0).start)) {
    state.pendingPoints = undefined;
    return;
  }
  if (state.statements.some((statement) => statement.sentence === speech.sentence.index)) return;
  const to = trimEnd(text, 0, text.length, /[。！？；\s]/u);
  if (to < 8) return;
  state.statements.push(
    buildStatement(speech, {
      kind: 'paraphrase',
      textFrom: 0,
      textTo: to,
      evidence: speech.local(0, to),
      attribution: pending.announcement,
      speaker: pending.speaker,
      rule: 'statement/announced-point',
      confidence: 0.65,
      review: `a point after ${pending.speaker.name} announces them: taken as theirs`,
    }),
  );
}
