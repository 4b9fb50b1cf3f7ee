import { sentenceSpan } from '../extraction-context.ts';
import type { EventMention, PersonMention, StatementMention } from '../mention-types.ts';
import type { Span } from '../text-index.ts';
import type { SpeechSentence } from './speech-sentence.ts';

/** The parts of a statement as a rule finds them, in code units of the sentence for the words. */
export interface StatementParts {
  kind: 'quote' | 'paraphrase';
  textFrom: number;
  textTo: number;
  evidence: Span;
  attribution: Span;
  speaker?: PersonMention;
  madeAt?: EventMention;
  rule: string;
  confidence: number;
  review?: string;
}

/** A statement mention from its parts; an unnamed official (有关负责人) is no person, so it keeps no speaker. */
export function buildStatement(speech: SpeechSentence, parts: StatementParts): StatementMention {
  const { context, sentence } = speech;
  const textSpan = sentenceSpan(context, sentence, parts.textFrom, parts.textTo - parts.textFrom);
  if (parts.speaker?.unnamed) {
    parts = {
      ...parts,
      speaker: undefined,
      review: `said by an unnamed official: ${parts.speaker.name}`,
      confidence: Math.min(parts.confidence, 0.7),
    };
  }
  return {
    ...parts.evidence,
    label: 'Statement',
    // From the whole text: a transcript's answer runs over the sentences of its line.
    surface: context.index.readable.slice(sentence.unitStart + parts.textFrom, sentence.unitStart + parts.textTo),
    sentence: sentence.index,
    kind: parts.kind,
    textSpan,
    evidence: parts.evidence,
    speaker: parts.speaker,
    madeAt: parts.madeAt,
    attribution: parts.attribution,
    rule: parts.rule,
    confidence: parts.confidence,
    review: parts.review,
  };
}

/**
 * A paraphrase as the speech finders see it, in code units of the sentence: the attribution runs from `start` (the
 * speaker, the meeting or the report) to `attributionEnd` (after its verb), the words from `from` to `to`.
 */
export interface ParaphraseParts extends Pick<StatementParts, 'speaker' | 'madeAt' | 'rule' | 'confidence' | 'review'> {
  start: number;
  attributionEnd: number;
  from: number;
  to: number;
}

/** A paraphrase's statement: its evidence runs from the attribution's start to the end of the words. */
export function buildParaphrase(speech: SpeechSentence, parts: ParaphraseParts): StatementMention {
  const { start, attributionEnd, from, to, ...rest } = parts;
  return buildStatement(speech, {
    ...rest,
    kind: 'paraphrase',
    textFrom: from,
    textTo: to,
    evidence: speech.local(start, to - start),
    attribution: speech.local(start, attributionEnd - start),
  });
}

/**
 * Where the words after a marker end when they run to the end of the sentence (会议要求，…; 报告提出，…): the closing stop
 * and spaces trimmed; undefined when fewer than six characters are left, a word rather than speech.
 */
export function wordsToSentenceEnd(text: string, from: number): number | undefined {
  const to = trimEnd(text, from, text.length, /[。！？；\s]/u);
  return to - from < 6 ? undefined : to;
}

/** Where a stretch of words ends once the closing punctuation and spaces are trimmed (from `to` back to `from`). */
export function trimEnd(text: string, from: number, to: number, trailing: RegExp): number {
  let end = to;
  while (end > from && trailing.test(text[end - 1]!)) end -= 1;
  return end;
}
