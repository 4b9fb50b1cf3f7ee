import type { ReviewDecision } from '../seed/review-decision.ts';
import { applyDecision, DraftEditError, type DraftState } from './draft-model.ts';

/** A decision that no longer finds its record (or that the draft cannot take), and why. */
export interface StaleDecision {
  decision: ReviewDecision;
  reason: string;
}

/** What replaying a log on a draft did. */
export interface Replay {
  /** The draft with every decision that applies applied; its log is the whole log replayed. */
  state: DraftState;
  applied: number;
  stale: StaleDecision[];
}

/**
 * Replays a decision log on a fresh draft (of the same text, perhaps by another extractor), in order. Decisions
 * whose record the draft no longer has, or that it cannot take, are skipped and returned with the reason; they stay
 * in the log, so a later extractor that finds their record again gets them back.
 */
export function replayDecisions(state: DraftState, decisions: readonly ReviewDecision[]): Replay {
  let current = state;
  let applied = 0;
  const stale: StaleDecision[] = [];
  for (const decision of decisions) {
    try {
      current = applyDecision(current, decision);
      applied += 1;
    } catch (error) {
      if (!(error instanceof DraftEditError)) throw error;
      stale.push({ decision, reason: error.message });
    }
  }
  return { state: { ...current, decisions: [...decisions] }, applied, stale };
}
