import { MEETING_BUSINESS_CLAUSES, MEETING_SPEAKERS, MEETING_VERBS } from '../rules/speech-verbs.ts';
import type { SpeechSentence, SpeechState } from './speech-sentence.ts';
import { buildParaphrase, wordsToSentenceEnd } from './statement-parts.ts';

// The business the meeting took, between it and the verb (听取…汇报), at most 60 characters with no stop.
const BUSINESS = MEETING_BUSINESS_CLAUSES.map(({ opens, closes }) => `${opens}[^，。；：“”]{1,60}?${closes}`).join('|');
// A meeting as the subject of a speech verb at the start of a clause: 会议要求，… 会上透露：… 会议听取…汇报强调，….
const MEETING_SPEECH = new RegExp(`(^|[，。；】])(${MEETING_SPEAKERS.join('|')})(?:${BUSINESS})?(${MEETING_VERBS.join('|')})[，：:]`, 'gu');

/** What a meeting says (会议要求，…): no speaker, made at the latest meeting named before it in its paragraph. */
export function findMeetingSpeech(speech: SpeechSentence, state: SpeechState): void {
  const { context, sentence, text } = speech;
  for (const m of text.matchAll(MEETING_SPEECH)) {
    const from = m.index + m[0].length;
    const to = wordsToSentenceEnd(text, from);
    if (to === undefined) continue;
    const start = m.index + m[1]!.length;
    const startPoint = context.index.toPoint(sentence.unitStart + start);
    const meeting = state.events
      .filter((event) => event.start <= startPoint && context.sentences[event.sentence]!.paragraph === sentence.paragraph)
      .sort((a, b) => b.start - a.start)[0];
    state.statements.push(
      buildParaphrase(speech, {
        start,
        attributionEnd: from - 1,
        from,
        to,
        madeAt: meeting,
        rule: 'statement/meeting-speech',
        confidence: meeting ? 0.75 : 0.6,
        review: `said by ${m[2]}: no speaker`,
      }),
    );
  }
}
