import type { PersonMention } from '../mention-types.ts';
import {
  ATTITUDE_OBJECTS,
  VERBS_BEFORE_SPEECH as BEFORE_SPEECH,
  COLON_SPEECH_VERBS,
  SPEECH_BEFORE_CLAUSE,
  SPEECH_BEFORE_MODAL,
} from '../rules/speech-verbs.ts';
import { MIN_QUOTE } from './find-quotes.ts';
import { bareSpeakerAt } from './sentence-speakers.ts';
import { type SpeechSentence, type SpeechState, statementCovers, statementsCovering, takeSpeaker } from './speech-sentence.ts';
import { speechVerbEnd } from './speech-verb-end.ts';
import { buildParaphrase, trimEnd } from './statement-parts.ts';

// 了 after a directive's verb makes it a deed done to an object (指出了存在的不足), no speech that follows at once.
const PERFECTIVE = '了';

/** Reported speech: a speaker, a speech verb and a comma or colon, and the rest of the sentence (李干杰指出，…). */
export function findReportedSpeech(speech: SpeechSentence, state: SpeechState): void {
  const { sentence, text, toLocal } = speech;
  // A speaker first met here, at the start of a clause or after 的 (…村的罗某告诉记者), with a speech verb after the name;
  // spaces after the mark (开始时, 陈某说, as text typed with Western spacing prints it) are no part of the name.
  for (const clause of text.matchAll(/(?:^|[，。；：的])[ \u3000]*/gu)) {
    const at = clause.index + clause[0].length;
    if (speech.speakers.some((person) => toLocal(person.start) === at)) continue;
    const bare = bareSpeakerAt(speech.context, sentence, at);
    if (bare) state.made.push(bare);
  }
  const candidates = [...new Set([...speech.speakers, ...state.made.filter((person) => person.sentence === sentence.index)])];
  for (const person of candidates) {
    const personEnd = toLocal(person.end);
    // A speaker inside a quote is the quote's own words, unless the quote opens with them (“习近平总书记指出，…”).
    const inQuote = speech.quoted.find(([a, b]) => personEnd > a && personEnd <= b);
    if (inQuote && toLocal(person.start) !== inQuote[0] + 1) continue;
    const verbEnd = speechVerbEnd(text, personEnd);
    if (verbEnd === undefined) continue;
    // After a comma or colon; after a directive or wish, the speech may follow at once (要求相关部门…).
    const comma = /[，：:,]/u.test(text[verbEnd] ?? '');
    // 提出倡议 and its kind report speech only before a colon.
    if (COLON_SPEECH_VERBS.some((verb) => text.startsWith(verb, verbEnd - verb.length)) && !/[：:]/u.test(text[verbEnd] ?? '')) continue;
    const modal =
      text.startsWith(SPEECH_BEFORE_MODAL.verb, verbEnd - SPEECH_BEFORE_MODAL.verb.length) &&
      SPEECH_BEFORE_MODAL.modals.some((word) => text.startsWith(word, verbEnd));
    if (
      !comma &&
      !modal &&
      !speechClauseAfter(text, verbEnd) &&
      !(
        BEFORE_SPEECH.some((verb) => text.startsWith(verb, verbEnd - verb.length)) &&
        /\p{Script=Han}/u.test(text[verbEnd] ?? '') &&
        !PERFECTIVE.includes(text[verbEnd]!)
      )
    )
      continue;
    let from = comma ? verbEnd + 1 : verbEnd;
    while (text[from] === ' ' || text[from] === '\u3000') from += 1;
    // A quote right after the comma is the statement itself, unless it is a short term (“十四五”时期), or it is left
    // open to its paragraph's end (表示，“这些年，…。 and no ”): a quote that runs over paragraphs opens each with “ and
    // closes only the last (GB/T 15834), so find-quotes never pairs its first paragraph; the speech runs on after the “.
    if (text[from] === '“' && openToParagraphEnd(text, from)) from += 1;
    else if (text[from] === '“' && (speech.quoted.some(([open]) => open === from) || !/^“[^”]{1,7}”/u.test(text.slice(from)))) continue;
    let to = trimEnd(text, from, text.length, /[。！？\s]/u);
    // Reported speech that runs into a quote stops before it.
    const quoteAt = text.indexOf('“', from);
    if (quoteAt >= 0 && quoteAt - from > 0 && text.slice(quoteAt).length > MIN_QUOTE + 2 && /”[^”]*(说|表示)/u.test(text.slice(quoteAt)))
      to = Math.min(to, quoteAt);
    if (inQuote) to = Math.min(to, inQuote[1] - 1);
    to = Math.min(to, nextSpeakerClause(text, from, to, candidates, toLocal));
    to = trimEnd(text, from, to, /[，。；;\s]/u);
    // A speaker, a verb and a comma make even a short clause speech (强调，要压实责任); shorter is an answer or a word.
    // A leader's speech a meeting relays inside its own (会议指出，某某在某地考察时强调，…) is that leader's too.
    if (to - from < 4 || (statementCovers(speech, state, from) && !relayedInside(speech, state, person, from))) continue;
    const start = toLocal(person.start);
    state.statements.push(
      buildParaphrase(speech, {
        start,
        attributionEnd: verbEnd,
        from,
        to,
        speaker: takeSpeaker(state, person),
        rule: 'statement/reported-speech',
        confidence: person.rule === 'person/pronoun' ? 0.7 : 0.85,
        review: person.review,
      }),
    );
    state.lastSpeaker = { paragraph: sentence.paragraph, person };
  }
}

// Where the speech ends at a semicolon that opens another person's clause (甲表示，…；乙介绍，…, or 乙围绕…介绍了情况):
// the news of several speakers in one sentence gives each of them a clause of their own. The end of the speech when
// there is none.
function nextSpeakerClause(text: string, from: number, to: number, candidates: readonly PersonMention[], toLocal: (point: number) => number): number {
  for (const clause of text.slice(from, to).matchAll(/[；;]/gu)) {
    const at = from + clause.index;
    const next = text.slice(at + 1, to).search(/[，。；;：:“]/u);
    const clauseEnd = next < 0 ? to : at + 1 + next;
    // The clause's subject: a person it opens with (科技部部长王某…), or one who speaks in it.
    const speaks = candidates.some((person) => {
      const end = toLocal(person.end);
      const opens = toLocal(person.introduction.start) === at + 1 || toLocal(person.start) === at + 1;
      return toLocal(person.start) > at && end < clauseEnd + 1 && (opens || speechVerbEnd(text, end) !== undefined);
    });
    if (speaks) return at;
  }
  return to;
}

// Whether a verb of SPEECH_BEFORE_CLAUSE ends at `verbEnd` with a clause of speech after it, not an attitude or a
// particle (表示东岚历来重视…, 讲到东岚承担着…; not 表示衷心感谢, 提到的问题).
function speechClauseAfter(text: string, verbEnd: number): boolean {
  const { verbs, clauseMin, particles } = SPEECH_BEFORE_CLAUSE;
  if (!verbs.some((verb) => text.startsWith(verb, verbEnd - verb.length))) return false;
  const phrase = /^[^，。；！？,;：:“”]*/u.exec(text.slice(verbEnd))![0];
  return (
    phrase.length >= clauseMin &&
    /^\p{Script=Han}/u.test(phrase) &&
    !particles.includes(phrase[0]!) &&
    !ATTITUDE_OBJECTS.some((word) => phrase.startsWith(word) || phrase.endsWith(word))
  );
}

// Whether the only statements covering `at` relay the named speaker's words inside their own: a meeting's (会议指出，
// 某某在某地考察时强调，…) that holds the speaker's whole clause, as the news of a relay gives the meeting's words and
// inside them the speech of a leader it studied; or a speaker's that opens with them (某某强调，习近平总书记指出，…;
// 某某说：“习近平总书记日前指出，…”), a leader's words cited as the speech's first words. Both stay, each with its speaker.
function relayedInside(speech: SpeechSentence, state: SpeechState, person: PersonMention, at: number): boolean {
  const covering = statementsCovering(speech, state, at);
  const personStart = speech.toLocal(person.start);
  return (
    !person.unnamed &&
    person.rule !== 'person/pronoun' &&
    covering.every(
      (s) =>
        (s.rule === 'statement/meeting-speech' && speech.toLocal(s.textSpan.start) <= personStart) ||
        (s.speaker !== person && speech.toLocal(s.textSpan.start) === personStart),
    )
  );
}

// Whether the quotation mark at `at` opens a quote not closed before the paragraph ends (a line break or the text's end).
function openToParagraphEnd(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at + 1, lineEnd < 0 ? text.length : lineEnd);
  return !/[“”]/u.test(rest) && rest.length > MIN_QUOTE;
}
