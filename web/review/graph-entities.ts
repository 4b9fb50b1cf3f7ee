/**
 * Entities the graph already holds, as the review page finds them by search: to link a record of the draft to one,
 * or to end a relation at one the draft does not have yet. A hit carries what tells it apart from another of the same
 * name (the words of the first report that names it), and the fields the seed format needs to add it to the draft.
 */
import { STORED_ENUM_VALUES } from '../../src/graph-model/stored-values.ts';
import { postGraphQL } from '../shared/post-graphql.ts';
import { type CodePointIndex, findOccurrences } from './code-points.ts';
import { DraftEditError, type SeedNodeData } from './draft-model.ts';

/** An entity of the graph found by search. */
export interface GraphEntity {
  id: string;
  label: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  /** The fields the seed format asks of its label (a person's pinyin, an organization's kind …), as stored. */
  fields: Record<string, unknown>;
  /** The first report's words about it and that report's date: what tells two of one name apart. */
  firstMention: { excerpt: string; publishedAt: string } | null;
  /** How many reports name it (at most 20 counted). */
  reports: number;
}

interface Hit {
  entity: {
    __typename: string;
    id: string;
    name: string;
    nameEn: string | null;
    aliases?: string[];
    mentions: Array<{ excerpt: string; document: { publishedAt: string } }>;
    pinyin?: string;
    organizationKind?: string;
    policyKind?: string;
    level?: string;
    description?: string | null;
    startDate?: string;
    endDate?: string;
  };
}

const SEARCH = `query ReviewEntitySearch($text: String!, $kinds: [EntityKind!]) {
  search(text: $text, kinds: $kinds, first: 8) {
    entity {
      __typename id name nameEn
      mentions { excerpt document { publishedAt } }
      ... on Person { aliases pinyin }
      ... on Organization { aliases organizationKind: kind }
      ... on Region { aliases pinyin level }
      ... on Policy { aliases policyKind: kind description }
      ... on Theme { aliases description }
      ... on Event { startDate endDate }
    }
  }
}`;

// The API names enum values (PROVINCIAL_DEPARTMENT); the seed format stores them (provincial-department).
const STORED: Record<string, Record<string, string>> = {
  'Organization.kind': STORED_ENUM_VALUES.OrganizationKind,
  'Region.level': STORED_ENUM_VALUES.RegionLevel,
  'Policy.kind': STORED_ENUM_VALUES.PolicyKind,
};

/** Finds entities of some labels (all when none) in the graph by name, English name or pinyin. */
export async function searchGraphEntities(text: string, labels: readonly string[]): Promise<GraphEntity[]> {
  const kinds = labels.flatMap((label) =>
    Object.entries(STORED_ENUM_VALUES.EntityKind).flatMap(([kind, stored]) => (stored === label ? [kind] : [])),
  );
  const result = await postGraphQL<{ search: Hit[] }>({ query: SEARCH, variables: { text, kinds: kinds.length > 0 ? kinds : null } });
  if (result.errors?.length || !result.data) throw new Error(result.errors?.map((error) => error.message).join('; ') ?? 'no answer');
  return result.data.search.map(({ entity }) => {
    const label = entity.__typename;
    const fields: Record<string, unknown> = {};
    // Two kinds of `kind` come back under their own aliases (GraphQL cannot merge fields of two types into one).
    const values = { ...entity, kind: entity.organizationKind ?? entity.policyKind };
    for (const field of ['pinyin', 'kind', 'level', 'description', 'startDate', 'endDate'] as const) {
      const value = values[field];
      if (value === undefined || value === null) continue;
      fields[field] = STORED[`${label}.${field}`]?.[value] ?? value;
    }
    const [first] = entity.mentions;
    return {
      id: entity.id,
      label,
      name: entity.name,
      nameEn: entity.nameEn,
      aliases: entity.aliases ?? [],
      fields,
      firstMention: first ? { excerpt: first.excerpt, publishedAt: first.document.publishedAt } : null,
      reports: entity.mentions.length,
    };
  });
}

/**
 * The graph's entity as a record of this draft: its id and fields, its evidence the first place this text writes its
 * name. A report names what it relates, so an entity this text never names cannot be an end of its relations.
 */
export function toDraftEntity(entity: GraphEntity, text: string, index: CodePointIndex): SeedNodeData {
  const [place] = findOccurrences(text, index, entity.name);
  if (!place) throw new DraftEditError(`${entity.name} (${entity.id}) is not written in this report, so it cannot state a relation to it`);
  const aliases = entity.aliases.filter((alias) => text.includes(alias));
  return {
    id: entity.id,
    label: entity.label,
    name: entity.name,
    ...(entity.nameEn ? { nameEn: entity.nameEn } : {}),
    ...entity.fields,
    ...(aliases.length > 0 ? { aliases } : {}),
    evidence: entity.name,
    evidenceStart: place.start,
  };
}
