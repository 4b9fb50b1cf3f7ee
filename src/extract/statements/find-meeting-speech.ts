import {
  COLLECTIVE_ADVERBS,
  MEETING_BUSINESS_CLAUSES,
  MEETING_KINDS,
  MEETING_SPEAKERS,
  MEETING_VERBS,
  STAFF_GROUP_SCOPES,
  STAFF_GROUP_VERBS,
  STAFF_GROUPS,
  VERBS_BEFORE_SPEECH,
} from '../rules/speech-verbs.ts';
import { type SpeechSentence, type SpeechState, statementCovers } from './speech-sentence.ts';
import { buildParaphrase, wordsToSentenceEnd } from './statement-parts.ts';

// The business the meeting took, between it and the verb (听取…汇报), at most 60 characters with no stop.
const BUSINESS = MEETING_BUSINESS_CLAUSES.map(({ opens, closes }) => `${opens}[^，。；：“”]{1,60}?${closes}`).join('|');
// A meeting as the subject of a speech verb at the start of a clause: 会议要求，… 会上透露：… 会议听取…汇报强调，….
// A meeting may be named before its kind (中央经济工作会议强调, 省委全会指出): the body or the business it is held for, a
// stretch of characters with no verb of holding or leading it (召开…会议强调 is the body's, not the meeting's, speech).
const NAMED = `([\\p{Script=Han}]{1,12}?(?=${MEETING_KINDS.join('|')}))?`;
// A group speaks as one with an adverb of the many (代表们纷纷表示, 代表们一致认为); everyone present or a unit's staff only
// with one and a verb of saying (大家纷纷表示, 广大干部职工纷纷表示), since without the adverb they are the subject of any
// verb (干部职工表示决心 is no view reported).
const COLLECTIVE = `(?:${COLLECTIVE_ADVERBS.join('|')})`;
const STAFF = `${STAFF_GROUP_SCOPES.source}(?:${STAFF_GROUPS.join('|')})${COLLECTIVE}(?=(?:${STAFF_GROUP_VERBS.join('|')})[，：:])`;
const MEETING_SPEECH = new RegExp(
  `(^|[，。；】])(${NAMED}(?:${MEETING_SPEAKERS.join('|')})${COLLECTIVE}?|${STAFF})(?:${BUSINESS})?(${MEETING_VERBS.join('|')})[，：:]`,
  'gu',
);
// Verbs of holding or leading a meeting, which make what precedes its name a body or a person.
const HOLDING = /召开|主持|举行|出席|参加|在/u;

// A meeting or a team that first does something and then speaks, in one or two clauses with no subject of their own
// (调研组充分肯定…成效，要求…; 会议审议通过了《…》，强调…): the subject carries to the verb, as a person's does
// (find-carried-speech). The verbs are the directives, whose speech may follow without a comma (VERBS_BEFORE_SPEECH).
const CHAINED = new RegExp(
  `(^|[，。；】])(${NAMED}(?:${MEETING_SPEAKERS.join('|')}))((?:[^，。；：“”]{2,40}，){1,2})(${VERBS_BEFORE_SPEECH.join('|')})[，：:]?`,
  'gu',
);

/** What a meeting says (会议要求，…): no speaker, made at the latest meeting named before it in its paragraph. */
export function findMeetingSpeech(speech: SpeechSentence, state: SpeechState): void {
  const { text } = speech;
  for (const m of text.matchAll(MEETING_SPEECH)) {
    // The words before a named meeting's kind hold no verb of holding it (省政府召开会议强调).
    if (m[3] !== undefined && HOLDING.test(m[3])) continue;
    pushCollectiveSpeech(speech, state, { start: m.index + m[1]!.length, from: m.index + m[0].length, speaker: m[2]! });
  }
  for (const m of text.matchAll(CHAINED)) {
    if (m[3] !== undefined && HOLDING.test(m[3])) continue;
    const start = m.index + m[1]!.length;
    const from = m.index + m[0].length;
    // A person named in the clauses between may be who speaks (调研组来到某地，某某介绍…，要求…): the meeting only
    // when they name no one; and a statement there already is the sentence's reading.
    const between = [start, from - m[5]!.length];
    if (speech.speakers.some((person) => speech.toLocal(person.start) >= between[0]! && speech.toLocal(person.start) < between[1]!)) continue;
    if (statementCovers(speech, state, from)) continue;
    pushCollectiveSpeech(speech, state, { start, from, speaker: m[2]! });
  }
}

/**
 * Records what a meeting, a team or a body says as one, from `start` (where the speaker is named) and `from` (where
 * its words begin) to the sentence's end: no speaker. A meeting's words are made at the latest meeting named before
 * them in the paragraph; a body's (find-body-speech) at none, since a body speaks in its own name.
 */
export function pushCollectiveSpeech(
  speech: SpeechSentence,
  state: SpeechState,
  found: { start: number; from: number; speaker: string; body?: boolean },
): void {
  const { context, sentence, text } = speech;
  const { start, from } = found;
  const to = wordsToSentenceEnd(text, from);
  if (to === undefined) return;
  const startPoint = context.index.toPoint(sentence.unitStart + start);
  const meeting = found.body
    ? undefined
    : state.events
        .filter((event) => event.start <= startPoint && context.sentences[event.sentence]!.paragraph === sentence.paragraph)
        .sort((a, b) => b.start - a.start)[0];
  state.statements.push(
    buildParaphrase(speech, {
      start,
      attributionEnd: from - 1,
      from,
      to,
      madeAt: meeting,
      rule: found.body ? 'statement/body-speech' : 'statement/meeting-speech',
      confidence: meeting ? 0.75 : 0.6,
      review: `said by ${found.speaker}: no speaker`,
    }),
  );
}

// A meeting and its speech verb standing alone on a line, as a sub-heading (小标题) over the paragraph it introduces:
// the layout of departments' and trade media's conference news, which set 会议指出 and 会议强调 apart in bold.
const HEADING = new RegExp(`^\\s*(${MEETING_SPEAKERS.join('|')})(?:${MEETING_VERBS.join('|')})[:：]?\\s*$`, 'u');

/**
 * What a meeting says under its heading (会议指出 ¶ 2022年…): the first sentence of the next paragraph with words,
 * made at the latest meeting named before the heading. Returns true for the heading line itself.
 */
export function findHeadingSpeech(speech: SpeechSentence, state: SpeechState): boolean {
  const { sentence, text } = speech;
  const heading = HEADING.exec(text);
  if (heading) {
    state.pendingHeading = { paragraph: sentence.paragraph, speaker: heading[1]!, heading: speech.local(0, text.length) };
    return true;
  }
  const pending = state.pendingHeading;
  if (!pending || text.trim() === '') return false;
  state.pendingHeading = undefined;
  if (sentence.paragraph === pending.paragraph) return false;
  const from = text.length - text.trimStart().length;
  const to = wordsToSentenceEnd(text, from);
  if (to === undefined) return false;
  const meeting = state.events.filter((event) => event.start <= pending.heading.start).sort((a, b) => b.start - a.start)[0];
  state.statements.push(
    buildParaphrase(speech, {
      start: from,
      attributionEnd: from,
      from,
      to,
      madeAt: meeting,
      rule: 'statement/heading-speech',
      confidence: meeting ? 0.7 : 0.55,
      review: `said by ${pending.speaker} under a heading of its own: no speaker`,
    }),
  );
  return false;
}
