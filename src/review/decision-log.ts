/**
 * The decision log of a report: every accept, reject, rename, relabel, link, added entity or relation, evidence
 * and field change a reviewer made, in order, with who and when. It is stored with the document in Neo4j when the
 * report is loaded (load-seed.ts) and outlives the draft it was made on: a record is named by its anchor (label or
 * relation type, the rule that found it, its evidence span in code points and its name, as extracted), never by a
 * generated id, so re-extracting the report with a later extractor replays the same decisions on the new draft
 * (replay-decisions.ts) and says which no longer find their record.
 */
import type { ReviewDecision } from '../seed/review-decision.ts';
import type { SeedRecordData } from '../seed/seed-graph.ts';

/** The anchor of the draft's document block: a report has one. */
export const DOCUMENT_ANCHOR = 'document';

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
