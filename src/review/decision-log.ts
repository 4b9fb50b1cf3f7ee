/**
 * The decision log of a report: every accept, reject, rename, relabel, link, added entity or relation, evidence
 * and field change a reviewer made, in order, with who and when. It is stored with the document in Neo4j when the
 * report is loaded (load-seed.ts) and outlives the draft it was made on: a record is named by its anchor (label or
 * relation type, the rule that found it, its evidence span in code points and its name, as extracted), never by a
 * generated id, so re-extracting the report with a later extractor replays the same decisions on the new draft
 * (replay-decisions.ts) and says which no longer find their record.
 */
import { z } from 'zod';
import type { NodeLabel } from '../seed/seed-schema.ts';
import type { Decision, SeedNodeData, SeedRecordData, SeedRelationshipData } from './seed-graph.ts';

/** The anchor of the draft's document block: a report has one. */
export const DOCUMENT_ANCHOR = 'document';

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

// Names in anchors are cut: a statement's words can run to hundreds of characters, and its span tells it apart.
const ANCHOR_NAME_LENGTH = 40;

function evidenceSpan(data: SeedRecordData): string {
  const evidence = typeof data.evidence === 'string' ? data.evidence : '';
  return typeof data.evidenceStart === 'number' ? `${data.evidenceStart}-${data.evidenceStart + Array.from(evidence).length}` : `@${evidence}`;
}

function shortName(name: string): string {
  const points = Array.from(name);
  return points.length > ANCHOR_NAME_LENGTH ? points.slice(0, ANCHOR_NAME_LENGTH).join('') : name;
}

/** An entity's anchor: `Label|rule|start-end|name`, the span in code points as the evidence offsets count. */
export function anchorOfEntity(data: SeedRecordData): string {
  const name = typeof data.name === 'string' ? data.name : typeof data.text === 'string' ? data.text : '';
  return [String(data.label), String(data.rule ?? ''), evidenceSpan(data), shortName(name)].join('|');
}

/** A relation's anchor: `TYPE|rule|start-end|from→to`, with its ends' names. */
export function anchorOfRelation(data: SeedRecordData, ends: { from: string; to: string }): string {
  return [String(data.type), String(data.rule ?? ''), evidenceSpan(data), `${shortName(ends.from)}→${shortName(ends.to)}`].join('|');
}

/** Gives the decisions nobody has signed yet a name and a time: those the reviewer just made. */
export function signDecisions(decisions: readonly ReviewDecision[], by: string, at: Date = new Date()): ReviewDecision[] {
  return decisions.map((decision) => (decision.at === undefined ? { ...decision, by, at: at.toISOString() } : decision));
}

/** One line saying what a decision did, for logs and the page: `rejected 东岚省全省`, `set nameEn of 区域限批`. */
export function describeDecision(decision: ReviewDecision): string {
  switch (decision.action) {
    case 'decide':
      return `${decision.decision === 'open' ? 'reopened' : decision.decision} ${decision.name}`;
    case 'set-field':
      return `${decision.value === undefined ? 'cleared' : 'set'} ${decision.field} of ${decision.name}`;
    case 'set-evidence':
      return `pointed the evidence of ${decision.name} at “${decision.evidence}”`;
    case 'relabel':
      return `made ${decision.name} a ${decision.label}`;
    case 'link':
      return `linked ${decision.name} to ${decision.id}`;
    case 'add-entity':
      return `added ${decision.data.label} ${decision.name}`;
    case 'add-relation':
      return `added ${decision.data.type} ${decision.name}`;
    case 'remove-relation':
      return `removed the relation ${decision.name}`;
  }
}
