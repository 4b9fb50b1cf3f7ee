import type { Span } from '../text-index.ts';

/** One relation of the draft, with its evidence and why it exists. */
export interface FoundRelation {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: Span;
  rule: string;
  confidence: number;
  review?: string;
}

/** The document's id and the kinds of report whose statements are made at the event they report. */
export interface RelationOptions {
  documentId: string;
  eventReport: boolean;
}
