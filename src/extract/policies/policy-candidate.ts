import type { ExtractionContext } from '../extraction-context.ts';
import type { PolicyMention } from '../mention-types.ts';
import type { Sentence } from '../split-sentences.ts';

/** A name a policy rule proposes in a sentence (code units), with its priority: titles win, then the longest name. */
export interface PolicyCandidate {
  from: number;
  to: number;
  priority: number;
  mention: Omit<PolicyMention, 'start' | 'end' | 'surface' | 'sentence' | 'label'>;
}

/** What the policy rules read in one sentence, and where they put what they propose. */
export interface PolicySentence {
  context: ExtractionContext;
  sentence: Sentence;
  text: string;
  candidates: PolicyCandidate[];
  /** Stretches no policy may take (a title that names a report, not a policy). */
  blocked: Array<[number, number]>;
}
