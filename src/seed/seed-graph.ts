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
  /** Places the report names only inside a body's name (湖北省 of 湖北省生态环境厅): Region records that load as nodes. */
  impliedPlaces?: SeedNodeData[];
  relationships: SeedRelationshipData[];
}

/**
 * Every node a graph.json loads: its nodes and the places it names only inside bodies' names. A draft keeps those
 * apart because the report does not name them as places; the graph still holds them, with the bodies they serve.
 */
export function nodesOf<Node>(graph: { nodes: Node[]; impliedPlaces?: Node[] }): Node[] {
  return graph.impliedPlaces ? [...graph.nodes, ...graph.impliedPlaces] : graph.nodes;
}
