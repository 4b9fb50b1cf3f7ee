import {
  PRESENTED_TOPIC_HEADS,
  QUOTE_CIRCUMSTANCE_MAX,
  QUOTE_CIRCUMSTANCE_OPENERS,
  QUOTE_OCCASION_MAX,
  QUOTE_OCCASION_VERBS,
  QUOTE_TIME_WORDS,
} from '../rules/speech-verbs.ts';
import { type SpeechSentence, type SpeechState, takeSpeaker } from './speech-sentence.ts';
import { speakerAfterPosts, speakerEndingBefore, speechVerbEnd } from './speech-verb-end.ts';
import { buildStatement } from './statement-parts.ts';

// The shortest quote that can be a statement rather than a quoted term (“城市大脑”, “放管服”).
export const MIN_QUOTE = 8;

// A quotation, with a term quoted inside it printed in the same marks (“…不能搞“一刀切”，…”): web pages often print
// the inner single marks of GB/T 15834 as double ones, which would otherwise end the quote at the term.
const QUOTATION = /“((?:[^“”]|“[^“”]*”)*)”/gu;
// A clause of time or place between a quote and the speaker after it (“…”在进入会场前，某某说。): the news
// prints the circumstance of an inverted attribution before the speaker.
// A clause of what prompted the speech (看到…，听到…，) stands there too, and so does the time (21日，, 当天，).
// After the time, the lead may tell what took place before who spoke (9月5日，某局召开某发布会，某某…表示).
const TIME = `(?:(?:\\d{1,2}月)?\\d{1,2}日|${QUOTE_TIME_WORDS.join('|')})(?:上午|下午|晚上|晚间)?`;
const OCCASION = `[^，。“”：]{1,${QUOTE_OCCASION_MAX}}?(?:${QUOTE_OCCASION_VERBS.join('|')})[^，。“”：]{1,${QUOTE_OCCASION_MAX}}`;
const CIRCUMSTANCE = new RegExp(
  `^(?:在[^，。“”：]{1,16}[前后时中上]|(?:${QUOTE_CIRCUMSTANCE_OPENERS.join('|')})[^，。“”：]{1,${QUOTE_CIRCUMSTANCE_MAX}}|${TIME}(?:[，,]${OCCASION})?)[，,]`,
  'u',
);

/**
 * Quotations and who said them: the speaker and verb before (曹立平说，“…”), the speaker after
 * (“…”生态环境部…局长曹立平说), or, for a quote standing alone, the speaker of the paragraph before.
 */
export function findQuotes(speech: SpeechSentence, state: SpeechState): void {
  const { text, local, toLocal } = speech;
  for (const quote of text.matchAll(QUOTATION)) {
    const open = quote.index;
    const close = open + quote[0].length;
    const inner = quote[1]!;
    const before = speakerEndingBefore(text, open, speech.speakers, toLocal);
    // A short quote is a quoted term (“放管服”改革, 说，“十四五”时期…) unless a speaker, a speech verb and a colon or
    // comma introduce it and it is a whole sentence (某某说：“水清了。”), or it is a sentence of its own closed inside
    // the marks with its speaker and verb right after (“要把好事办好。”某某强调。), or the first part of a split quote.
    const wholeSentence = /[。！？!?]$/u.test(inner) || /^(?:$|[。！？!?])/u.test(text.slice(close));
    const introduced = before && wholeSentence && /[：:，,]/u.test(text[open - 1] ?? '');
    // A quote split by its speaker (“治污要精准，”某某说，“…”) ends its first part with a comma inside the marks.
    if (inner.length < MIN_QUOTE && !introduced && !(/[。！？!?，,]$/u.test(inner) && speakerWithVerbAt(speech, close))) continue;
    speech.quoted.push([open, close]);
    const parts = { kind: 'quote' as const, textFrom: open + 1, textTo: close - 1 };
    // A theme's title presented, the verb right before the marks and a topic noun after them (介绍“…”有关情况).
    if (before && before.verbEnd === open && PRESENTED_TOPIC_HEADS.some((head) => text.startsWith(head, close))) continue;
    if (before) {
      const start = toLocal(before.person.start);
      state.statements.push(
        buildStatement(speech, {
          ...parts,
          evidence: local(start, close - start),
          attribution: local(start, before.verbEnd - start),
          speaker: takeSpeaker(state, before.person),
          rule: before.colonOnly ? 'statement/speaker-colon-quote' : 'statement/speaker-then-quote',
          confidence: before.colonOnly ? 0.75 : 0.95,
          review: before.person.review,
        }),
      );
      state.lastSpeaker = { paragraph: speech.sentence.paragraph, person: before.person };
      continue;
    }
    const afterComma = text[close] === '，' || text[close] === ',' ? close + 1 : close;
    const speakerStart = afterComma + (CIRCUMSTANCE.exec(text.slice(afterComma))?.[0].length ?? 0);
    const after = speech.speakerAt(speakerStart) ?? speakerAfterPosts(text, speakerStart, speech.speakers, toLocal);
    if (after) {
      const verbEnd = speechVerbEnd(text, toLocal(after.end));
      const attributionEnd = verbEnd ?? toLocal(after.end);
      state.statements.push(
        buildStatement(speech, {
          ...parts,
          evidence: local(open, attributionEnd - open),
          attribution: local(speakerStart, attributionEnd - speakerStart),
          speaker: takeSpeaker(state, after),
          rule: verbEnd ? 'statement/quote-then-speaker' : 'statement/quote-then-person',
          confidence: verbEnd ? 0.95 : 0.75,
          review: verbEnd ? after.review : 'no speech verb after the speaker',
        }),
      );
      state.lastSpeaker = { paragraph: speech.sentence.paragraph, person: after };
      continue;
    }
    // A quote that fills its sentence, its stop outside the marks (“…”。): its speaker may open the next one.
    if (open <= 1 && /^[。！？!?]?\s*$/u.test(text.slice(close))) state.openQuote = { speech, open, close };
    const standsAlone = open <= 1 && /[。！？]$/u.test(inner);
    const last = state.lastSpeaker;
    if (standsAlone && last && speech.sentence.paragraph - last.paragraph <= 1) {
      state.statements.push(
        buildStatement(speech, {
          ...parts,
          evidence: local(open, close - open),
          attribution: local(open, close - open),
          speaker: last.person,
          rule: 'statement/quote-of-earlier-speaker',
          confidence: 0.6,
          review: 'speaker taken from an earlier sentence',
        }),
      );
    }
  }
}

// Whether a speaker found at `at` is followed by a speech verb (“…。”某某强调。).
function speakerWithVerbAt(speech: SpeechSentence, at: number): boolean {
  const speaker = speech.speakerAt(at);
  return speaker !== undefined && speechVerbEnd(speech.text, speech.toLocal(speaker.end)) !== undefined;
}

/**
 * A quote that fills a sentence of its own, its stop after the closing mark (“我们将…”。), given to the speaker who
 * opens the next sentence with a speech verb (某厅副厅长某某在发布会上表示，…): the news sets the quote before its
 * attribution, and a stop placed outside the marks (GB/T 15834: the quote is then part of the sentence) ends the
 * sentence before the speaker. Only the very next sentence of the same paragraph, and only a speaker at its start.
 */
export function findQuoteOfNextSpeaker(speech: SpeechSentence, state: SpeechState): void {
  const quote = state.openQuote;
  state.openQuote = undefined;
  if (!quote || quote.speech.sentence.index !== speech.sentence.index - 1) return;
  if (quote.speech.sentence.paragraph !== speech.sentence.paragraph) return;
  const speaker = speech.speakers.find((person) => speech.toLocal(person.introduction.start) === 0 && !person.unnamed);
  const verbEnd = speaker ? speechVerbEnd(speech.text, speech.toLocal(speaker.end)) : undefined;
  if (!speaker || verbEnd === undefined) return;
  if (state.statements.some((s) => s.sentence === quote.speech.sentence.index)) return;
  state.statements.push(
    buildStatement(quote.speech, {
      kind: 'quote',
      textFrom: quote.open + 1,
      textTo: quote.close - 1,
      evidence: { start: quote.speech.local(quote.open, 0).start, end: speech.local(verbEnd, 0).start },
      attribution: speech.local(0, verbEnd),
      speaker: takeSpeaker(state, speaker),
      rule: 'statement/quote-then-next-speaker',
      confidence: 0.85,
      review: speaker.review,
    }),
  );
}
