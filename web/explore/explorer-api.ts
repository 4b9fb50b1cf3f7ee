import { postGraphQL } from '../shared/post-graphql.ts';

/** How far the explorer reaches around an entity it shows or expands, and how many nodes it draws at most. */
export const NEIGHBORHOOD = { depth: 1, limit: 100 } as const;

/** The words of the report behind a node or an edge. */
export interface Evidence {
  excerpt: string;
  start: number;
  end: number;
  document: { id: string; name: string };
}

/** A node as the API's `neighborhood` gives it. */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
  nameEn: string | null;
}

/** An edge as the API's `neighborhood` gives it, with its evidence. */
export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  title: string | null;
  role: string | null;
  evidence: Evidence;
}

/** The nodes and edges around one entity. */
export interface Subgraph {
  centerId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** One search result. */
export interface SearchHit {
  id: string;
  label: string;
  name: string;
  nameEn: string | null;
}

const EVIDENCE_FIELDS = 'excerpt start end document { id name }';

const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 12) { entity { __typename id name nameEn } }
}`;

const NEIGHBORHOOD_QUERY = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    centerId truncated
    nodes { id label name nameEn }
    edges { id type from to title role evidence { ${EVIDENCE_FIELDS} } }
  }
}`;

const MENTIONS = `query ExplorerMentions($id: ID!) {
  entity(id: $id) { mentions { ${EVIDENCE_FIELDS} } }
}`;

/** Finds entities by Chinese, English or pinyin text, best match first. */
export async function searchEntities(text: string): Promise<SearchHit[]> {
  const data = await request<{ search: Array<{ entity: { __typename: string; id: string; name: string; nameEn: string | null } }> }>(SEARCH, {
    text,
  });
  return data.search.map(({ entity }) => ({ id: entity.id, label: entity.__typename, name: entity.name, nameEn: entity.nameEn }));
}

/** Reads the neighborhood the explorer draws around an entity; no nodes when no entity has that id. */
export async function fetchNeighborhood(id: string): Promise<Subgraph> {
  const data = await request<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, { id, ...NEIGHBORHOOD });
  return data.neighborhood;
}

/** Reads where the report mentions an entity. */
export async function fetchMentions(id: string): Promise<Evidence[]> {
  const data = await request<{ entity: { mentions: Evidence[] } | null }>(MENTIONS, { id });
  return data.entity?.mentions ?? [];
}

async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await postGraphQL<T>({ query, variables });
  if (result.errors?.length || !result.data) throw new Error(result.errors?.map((error) => error.message).join('; ') ?? 'The API returned no data');
  return result.data;
}
