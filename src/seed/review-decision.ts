/**
 * A review decision as the graph keeps it beside its document (ReviewDecision nodes, written by load-seed.ts): what
 * changed, on which record (its anchor: label or relation type, rule, evidence span and name, never a generated id),
 * who and when. The review (src/review/decision-log.ts) makes and replays them; the loader stores and returns them.
 */
import { z } from 'zod';
import type { Decision, SeedNodeData, SeedRelationshipData } from './seed-graph.ts';
import type { NodeLabel } from './seed-schema.ts';

/** What a decision changed. */
export type DecisionChange =
  | { action: 'decide'; decision: Decision }
  /** A field set (or removed: no `value`), `properties.title` for a relation's property; a rename sets `name` (a statement's `text`). */
  | { action: 'set-field'; field: string; value?: unknown }
  | { action: 'set-evidence'; evidence: string; evidenceStart: number }
  | { action: 'relabel'; label: NodeLabel }
  | { action: 'link'; id: string; label: string; nameEn: string | null }
  | { action: 'add-entity'; data: SeedNodeData }
  /** `from` and `to` are the anchors of the relation's ends. */
  | { action: 'add-relation'; data: SeedRelationshipData; from: string; to: string }
  | { action: 'remove-relation' };

/** One decision of the log. */
export type ReviewDecision = DecisionChange & {
  /** The record's anchor. */
  record: string;
  /** What the record was called when it was decided, for people reading the log. */
  name: string;
  /** Who decided: the name the reviewer gave the page. */
  by?: string;
  /** When, as an ISO 8601 instant. */
  at?: string;
};

/** The kinds of change a decision may make, as the log's `action` says. */
export const DECISION_ACTIONS = ['decide', 'set-field', 'set-evidence', 'relabel', 'link', 'add-entity', 'add-relation', 'remove-relation'] as const;

/** A decision as a client posts it (POST /admin/documents): the parts every decision has; the rest travels as given. */
export const reviewDecisionSchema = z.looseObject({
  record: z.string().min(1, 'must name the record'),
  name: z.string(),
  action: z.enum(DECISION_ACTIONS),
  by: z.string().max(200).optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});
