import { MEETING_BUSINESS_CLAUSES, MEETING_VERBS, TEAM_SPEAKERS, VERBS_BEFORE_SPEECH } from '../rules/speech-verbs.ts';
import { pushCollectiveSpeech } from './find-meeting-speech.ts';
import { type SpeechSentence, type SpeechState, statementCovers } from './speech-sentence.ts';

// A team a body sends, named after it (市人大常委会调研组, 省人大常委会某某条例执法检查组): the team speaks, for the body.
const TEAM = `[\\p{Script=Han}]{0,12}?(?:${TEAM_SPEAKERS.join('|')})`;
const BUSINESS = MEETING_BUSINESS_CLAUSES.map(({ opens, closes }) => `${opens}[^，。；：“”]{1,60}?${closes}`).join('|');
// Right after the body (or its team): the verb and its comma or colon (生态环境部指出，…; 调研组听取…汇报后指出：…).
const SPEAKS = new RegExp(`^(${TEAM})?(?:${BUSINESS})?(?:${MEETING_VERBS.join('|')})[，：:]`, 'u');
// Or one or two clauses of what it did first, then a directive (调研组对我局工作予以肯定，指出…): its subject carries.
const CHAINED = new RegExp(`^(${TEAM})?((?:[^，。；：“”]{2,40}，){1,2})(?:${VERBS_BEFORE_SPEECH.join('|')})[，：:]?`, 'u');
// Where a clause starts: the sentence's start or a mark that closes the clause before.
const CLAUSE_START = /(?:^|[，。；】])\s*$/u;

/**
 * What a body or the team it sends says as one (生态环境部指出，…; 市人大常委会调研组对…予以肯定，指出…): the
 * ministries', committees' and offices' own statements, which the news reports as it does a meeting's. No person
 * says them, so they have no speaker; the review names the body.
 */
export function findBodySpeech(speech: SpeechSentence, state: SpeechState): void {
  const { text, toLocal } = speech;
  const starts = new Set<number>();
  for (const body of speech.bodies) {
    const start = toLocal(body.start);
    const end = toLocal(body.end);
    if (starts.has(start) || !CLAUSE_START.test(text.slice(0, start))) continue;
    starts.add(start);
    const after = text.slice(end);
    const direct = SPEAKS.exec(after);
    const chained = direct ? undefined : CHAINED.exec(after);
    const found = direct ?? chained;
    if (!found) continue;
    const from = end + found[0].length;
    // A person named in the clauses between may be who speaks (调研组来到某地，某某介绍…，要求…).
    if (chained && speech.speakers.some((person) => toLocal(person.start) >= end && toLocal(person.start) < from)) continue;
    if (statementCovers(speech, state, from) || statementCovers(speech, state, start)) continue;
    pushCollectiveSpeech(speech, state, { start, from, speaker: text.slice(start, end + (found[1]?.length ?? 0)), body: true });
  }
}
