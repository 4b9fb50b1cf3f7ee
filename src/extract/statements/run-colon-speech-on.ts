import type { ExtractionContext } from '../extraction-context.ts';
import type { StatementMention } from '../mention-types.ts';
import type { Sentence } from '../split-sentences.ts';
import { spansOverlap } from '../text-index.ts';

// A colon after the speech verb: it announces all that follows it (GB/T 15834-2011, 4.6: 冒号 用在提示性话语之后，
// 提示下文), and the news prints a speaker's points after it as the sentences of one line (某某强调：一要认识到位。
// 开展…。二要…。).
const COLON_BEFORE = /[：:]\s*$/u;
// What may close a sentence after its words: its stop and spaces.
const SENTENCE_STOP = /[。！？!?；;\s]+$/u;

/**
 * Runs a statement that a speech verb and a colon introduce on over the sentences after it in its line, up to one
 * that holds a statement of its own (another speaker's words, a quote, a meeting's) or the line's end: they are the
 * rest of what the colon announced. Statements are changed in place; their order stays.
 */
export function runColonSpeechOn(context: ExtractionContext, statements: StatementMention[]): void {
  const { readable } = context.index;
  const spoken = (sentence: Sentence) =>
    statements.some((statement) => statement.sentence === sentence.index || spansOverlap(statement.textSpan, sentence));
  statements.forEach((statement, at) => {
    const sentence = context.sentences[statement.sentence]!;
    const from = context.index.toUnit(statement.textSpan.start);
    const to = context.index.toUnit(statement.textSpan.end);
    const sentenceEnd = sentence.unitStart + sentence.text.length;
    // Only words that end with their sentence: a transcript's answer already runs over its line.
    if (!COLON_BEFORE.test(readable.slice(sentence.unitStart, from)) || to > sentenceEnd) return;
    if (readable.slice(to, sentenceEnd).replace(SENTENCE_STOP, '') !== '') return;
    let last = sentence;
    for (const next of context.sentences.slice(sentence.index + 1)) {
      if (spoken(next) || readable.slice(last.unitStart + last.text.length, next.unitStart).includes('\n')) break;
      last = next;
    }
    if (last === sentence) return;
    const end = last.unitStart + last.text.replace(SENTENCE_STOP, '').length;
    const textSpan = context.index.spanOfUnits(from, end);
    statements[at] = {
      ...statement,
      end: Math.max(statement.end, textSpan.end),
      surface: readable.slice(from, end),
      textSpan,
      evidence: { start: statement.evidence.start, end: Math.max(statement.evidence.end, textSpan.end) },
    };
  });
}
