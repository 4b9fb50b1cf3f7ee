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

/** Where a stretch of words ends once the closing punctuation and spaces are trimmed (from `to` back to `from`). */
export function trimEnd(text: string, from: number, to: number, trailing: RegExp): number {
  let end = to;
  while (end > from && trailing.test(text[end - 1]!)) end -= 1;
  return end;
}
