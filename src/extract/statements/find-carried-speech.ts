import {
  ATTITUDE_OBJECTS,
  CARRIED_LINK_VERBS,
  CARRIED_LINKS,
  DEMAND_VERBS,
  SPEECH_BEFORE_MODAL,
  SPEECH_PHRASE_MAX,
  SPEECH_PHRASE_PREPOSITIONS,
  VERBS_BEFORE_SPEECH,
} from '../rules/speech-verbs.ts';
import { type SpeechSentence, type SpeechState, statementCovers, takeSpeaker } from './speech-sentence.ts';
import { buildParaphrase, trimEnd } from './statement-parts.ts';

// A clause that starts with a directive or wish, or with a link and a speech verb (并表示), and has no subject of its
// own: the speaker is carried over. A phrase of topic or addressee may stand between link and verb (并就下一步工作强调).
const PHRASE = `(?:(?:${SPEECH_PHRASE_PREPOSITIONS.join('|')})[^，。；：！？“”]{1,${SPEECH_PHRASE_MAX}}?)?`;
const LINKED = `(?:${CARRIED_LINKS.join('|')})${PHRASE}(?:${CARRIED_LINK_VERBS.join('|')})`;
// 表示 before a modal verb (，表示将…) carries the speaker's commitment, as a directive does.
const MODAL = `${SPEECH_BEFORE_MODAL.verb}(?=${SPEECH_BEFORE_MODAL.modals.join('|')})`;
// Demands announced before a colon, with a phrase of addressee or topic and a link before them (对协会提出了殷切期望：,
// 并提出工作要求：).
const DEMANDS = `(?:${CARRIED_LINKS.join('|')})?${PHRASE}(?:${DEMAND_VERBS.join('|')})(?=：)`;
const CARRIED = new RegExp(`(?:^|[，；])(${LINKED}|${DEMANDS}|${VERBS_BEFORE_SPEECH.join('|')}|${MODAL})[，：]?(?=\\p{Script=Han})`, 'gu');

/**
 * Speech whose speaker the clause leaves out, as a chain of clauses does (黄某主持召开会议，强调要…; 刘某表示感谢，
 * 希望…。强调要…): the subject of the sentence, the person it names first; at a sentence's start, the last speaker of
 * the paragraph, or the subject of the sentence before it (某某实地督导工作。强调要…).
 */
export function findCarriedSpeech(speech: SpeechSentence, state: SpeechState): void {
  const { sentence, text, toLocal } = speech;
  for (const match of text.matchAll(CARRIED)) {
    const verbAt = match.index + match[0].indexOf(match[1]!);
    const from = match.index + match[0].length;
    // 并表示感谢: an attitude expressed, no words reported; 并对工作表示肯定 neither.
    if (match[1]!.endsWith('表示') && ATTITUDE_OBJECTS.some((object) => text.startsWith(object, from))) continue;
    if (match[1]!.length > 4 && !/[，：]/u.test(text[from - 1] ?? '')) continue;
    // A byline or credit in the lead (（记者某某报道）) names the writer, never the subject who speaks.
    const subject = [...speech.speakers]
      .filter((person) => !person.unnamed && person.roles.length === 0 && toLocal(person.end) <= match.index)
      .sort((a, b) => a.start - b.start)[0];
    // At a sentence's start: the paragraph's last speaker, else the subject of the sentence before (a topic chain).
    const carried = [state.lastSpeaker, state.lastSubject].find((last) => last?.paragraph === sentence.paragraph)?.person;
    const speaker = verbAt === 0 ? carried : subject;
    if (!speaker || statementCovers(speech, state, from)) continue;
    const to = trimEnd(text, from, trimEnd(text, from, text.length, /[。！？\s]/u), /[，。；\s]/u);
    if (to - from < 6) continue;
    state.statements.push(
      buildParaphrase(speech, {
        start: verbAt,
        attributionEnd: verbAt + match[1]!.length,
        from,
        to,
        speaker: takeSpeaker(state, speaker),
        rule: 'statement/carried-speaker',
        confidence: 0.65,
        review: `the clause names no speaker: taken as ${speaker.name}, the sentence's or paragraph's subject`,
      }),
    );
    state.lastSpeaker = { paragraph: sentence.paragraph, person: speaker };
  }
}
