import { REPORT_DELIVERY, REPORT_SUBJECTS, REPORT_VERBS } from '../rules/speech-verbs.ts';
import { type SpeechSentence, type SpeechState, statementCovers } from './speech-sentence.ts';
import { buildParaphrase, wordsToSentenceEnd } from './statement-parts.ts';

// 某某作政府工作报告 / 某某代表市政府做工作报告: the delivery verb, a short clause with no stop, the report's noun.
const DELIVERY = new RegExp(
  `(?:${REPORT_DELIVERY.verbs.join('|')})[^，。；：“”]{0,${REPORT_DELIVERY.clauseMax}}?(?:${REPORT_DELIVERY.nouns.join('|')})`,
  'u',
);
// 报告提出，… at the start of a sentence or clause.
const REPORT_SPEECH = new RegExp(`(^|[，。；])(${REPORT_SUBJECTS.join('|')})(?:中)?(${REPORT_VERBS.join('|')})[，：:]`, 'gu');

/**
 * Notes who delivers a report (市长胡某作政府工作报告): the named person printed before the delivery verb in the
 * sentence, kept for the report's words that follow.
 */
export function noteReportDelivery(speech: SpeechSentence, state: SpeechState): void {
  const delivery = DELIVERY.exec(speech.text);
  if (!delivery) return;
  const person = [...speech.speakers]
    .filter((candidate) => !candidate.unnamed && speech.toLocal(candidate.end) <= delivery.index)
    .sort((a, b) => b.start - a.start)[0];
  if (person) state.reportDeliverer = person;
}

/**
 * A delivered report's words given to who delivered it (胡某作政府工作报告。…报告提出，一年来…): the news page prints
 * the report as the subject, and the report is its deliverer's speech. With no delivery before, a report's words
 * (党的二十大报告指出) are left alone.
 */
export function findReportSpeech(speech: SpeechSentence, state: SpeechState): void {
  const speaker = state.reportDeliverer;
  if (!speaker) return;
  const { text } = speech;
  for (const match of text.matchAll(REPORT_SPEECH)) {
    const from = match.index + match[0].length;
    if (statementCovers(speech, state, from)) continue;
    const to = wordsToSentenceEnd(text, from);
    if (to === undefined) continue;
    const start = match.index + match[1]!.length;
    state.statements.push(
      buildParaphrase(speech, {
        start,
        attributionEnd: from - 1,
        from,
        to,
        speaker,
        rule: 'statement/delivered-report',
        confidence: 0.7,
        review: `the report's words: given to ${speaker.name}, who delivered it`,
      }),
    );
    state.lastSpeaker = { paragraph: speech.sentence.paragraph, person: speaker };
  }
}
