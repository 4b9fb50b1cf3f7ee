/** A GraphQL request as sent over HTTP. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** Which part of the API an operation exercises, for the results' grouping and the targets. */
export type OperationGroup = 'entity' | 'path' | 'list' | 'time';

/** One operation of the query mix, answered three ways: ecokg's API, hand-written Cypher, and the peer. */
export interface Operation {
  name: string;
  /** What it asks, for the results table. */
  description: string;
  group: OperationGroup;
  ecokg: GraphQLRequest;
  peer: GraphQLRequest;
  cypher: { statement: string; params: Record<string, unknown> };
  /** Each answer as the same plain value, so the three can be compared. */
  normalize: { ecokg(data: any): unknown; peer(data: any): unknown; cypher(rows: Record<string, unknown>[]): unknown };
  /**
   * True when equal answers may differ byte for byte (a shortest path among several of the same length): the timed
   * runs then accept any body whose normalised answer equals the checked one, instead of the checked body itself.
   */
  answersVary?: boolean;
}
