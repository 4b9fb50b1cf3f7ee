import { postGraphQL } from '../shared/post-graphql.ts';

/** How far the explorer reaches around an entity it shows or expands, and how many nodes it draws at most. */
export const NEIGHBORHOOD = { depth: 1, limit: 100 } as const;

/** The words of the report behind a node or an edge. */
export interface Evidence {
  excerpt: string;
  start: number;
  end: number;
  document: { id: string; name: string; publishedAt: string };
}

/** Which reports the explorer draws and quotes: a period of publication dates and a list of reports; empty: all. */
export interface ReportScope {
  /** ISO date (2021-01-01) or null. */
  from: string | null;
  /** ISO date or null. */
  to: string | null;
  /** Document ids; none: every report of the period. */
  documents: string[];
}

/** A report the scope can name. */
export interface ReportSummary {
  id: string;
  name: string;
  nameEn: string | null;
  publishedAt: string;
  publisher: string | null;
}

/** One post a person held, as the reports give it over time. */
export interface Position {
  organization: { id: string; name: string; nameEn: string | null };
  title: string;
  titleEn: string | null;
  former: boolean;
  firstSeen: string;
  lastSeen: string;
  sources: Array<{ publishedAt: string; evidence: Evidence }>;
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

const EVIDENCE_FIELDS = 'excerpt start end document { id name publishedAt }';

const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 12) { entity { __typename id name nameEn } }
}`;

const NEIGHBORHOOD_QUERY = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!, $from: Date, $to: Date, $documents: [ID!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, from: $from, to: $to, documents: $documents) {
    centerId truncated
    nodes { id label name nameEn }
    edges { id type from to title role evidence { ${EVIDENCE_FIELDS} } }
  }
}`;

/** How many reports' mentions of an entity the API gives at most (Entity.mentions), oldest first. */
export const MENTIONS_LISTED = 20;

const MENTIONS = `query ExplorerMentions($id: ID!) {
  entity(id: $id) { mentions { ${EVIDENCE_FIELDS} } }
}`;

/** The most reports the scope offers to choose from, newest first. */
export const REPORTS_LISTED = 100;

const REPORTS = `query ExplorerReports($first: Int!) {
  documents(first: $first, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
    totalCount
    edges { node { id name nameEn publishedAt publisher } }
  }
}`;

const POSITIONS = `query ExplorerPositions($id: ID!) {
  person(id: $id) {
    positions {
      organization { id name nameEn } title titleEn former firstSeen lastSeen
      sources { publishedAt evidence { ${EVIDENCE_FIELDS} } }
    }
  }
}`;

/** Finds entities by Chinese, English or pinyin text, best match first. */
export async function searchEntities(text: string): Promise<SearchHit[]> {
  const data = await request<{ search: Array<{ entity: { __typename: string; id: string; name: string; nameEn: string | null } }> }>(SEARCH, {
    text,
  });
  return data.search.map(({ entity }) => ({ id: entity.id, label: entity.__typename, name: entity.name, nameEn: entity.nameEn }));
}

/**
 * Reads the neighborhood the explorer draws around an entity, following only the relations the scope's reports
 * state (the server filters, so the node limit counts only what is drawn); no nodes when no entity has that id.
 */
export async function fetchNeighborhood(id: string, scope: ReportScope): Promise<Subgraph> {
  const data = await request<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, {
    id,
    ...NEIGHBORHOOD,
    from: scope.from,
    to: scope.to,
    documents: scope.documents.length ? scope.documents : null,
  });
  return data.neighborhood;
}

/** Lists the reports the graph holds, newest first, and how many there are in all. */
export async function fetchReports(): Promise<{ reports: ReportSummary[]; total: number }> {
  const data = await request<{ documents: { totalCount: number; edges: Array<{ node: ReportSummary }> } }>(REPORTS, { first: REPORTS_LISTED });
  return { reports: data.documents.edges.map((edge) => edge.node), total: data.documents.totalCount };
}

/** Reads the posts a person held, oldest first, each with the reports that name it; none for an unknown person. */
export async function fetchPositions(id: string): Promise<Position[]> {
  const data = await request<{ person: { positions: Position[] } | null }>(POSITIONS, { id });
  return data.person?.positions ?? [];
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
