/**
 * A graph in the seed format (graph.json) as the review works on it: the document block, the nodes and the
 * relationships, each a plain record whose fields are those of seed/README.md plus the extractor's draft notes
 * (`rule`, `confidence`, `review`).
 */

/** What the reviewer decided about a record. */
export type Decision = 'open' | 'accepted' | 'rejected';

/** A record's fields as the seed format has them (graph.json). */
export type SeedRecordData = Record<string, unknown>;

/** An entity of graph.json. */
export interface SeedNodeData extends SeedRecordData {
  id: string;
  label: string;
  evidence: string;
  evidenceStart?: number;
}

/** A relationship of graph.json. */
export interface SeedRelationshipData extends SeedRecordData {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: string;
  evidenceStart?: number;
}

/** The document block of graph.json. */
export interface SeedDocumentData extends SeedRecordData {
  id: string;
  name: string;
  evidence: string;
  evidenceStart?: number;
}

/** A whole graph.json. */
export interface SeedGraph {
  document: SeedDocumentData;
  nodes: SeedNodeData[];
  relationships: SeedRelationshipData[];
}
