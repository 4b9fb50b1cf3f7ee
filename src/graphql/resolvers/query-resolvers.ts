import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import { buildSearchQuery } from '../../search/build-search-query.ts';
import type { QueryName } from '../../db/query-names.ts';
import type { RequestContext } from '../context.ts';
import { offsetAfter } from '../connection-cursor.ts';
import { toStoredValue } from '../enum-values.ts';
import { expandNeighborhood } from '../expand-neighborhood.ts';
import type { EntitySortField, QueryResolvers, SortDirection, StatisticSortField } from '../generated/resolvers-types.ts';
import type { ConnectionRecord, EntityLabel, EntityRecord, GraphEdgeRecord, PathRecord } from '../records.ts';
import { optionalText, optionalWellFormedId, requireIntInRange, requireWellFormedId } from '../validate-args.ts';

/** The kinds `search` accepts, which are also the labels it may filter on. */
export const ENTITY_LABELS: readonly EntityLabel[] = [
  'Person',
  'Organization',
  'Region',
  'Policy',
  'Statistic',
  'Theme',
  'Statement',
  'Event',
  'Document',
];

// The properties a list may sort by: the only values $sortKey can take.
const ENTITY_SORT_KEYS: Record<EntitySortField, string> = { NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };
const STATISTIC_SORT_KEYS: Record<StatisticSortField, string> = { NAME: 'name', INDICATOR: 'indicator', VALUE: 'value', PERIOD: 'period' };

const MAX_PAGE = 100;

interface PageArgs<Field extends string> {
  first: number;
  after?: string | null;
  orderBy?: { field: Field; direction: SortDirection } | null;
}

/** Reads one page of a list query: filters as parameters, the sort key from the allow-list. */
async function readPage<T extends EntityRecord, Field extends string>(
  ctx: RequestContext,
  query: QueryName,
  args: PageArgs<Field>,
  sortKeys: Record<Field, string>,
  filter: Record<string, unknown>,
): Promise<ConnectionRecord<T>> {
  const first = requireIntInRange('first', args.first, 1, MAX_PAGE);
  const field = args.orderBy?.field ?? ('NAME' as Field);
  const direction = args.orderBy?.direction ?? 'ASC';
  const orderKey = `${field}_${direction}`;
  const offset = offsetAfter(args.after, orderKey);
  const [row] = await ctx.db.read(query, { ...filter, sortKey: sortKeys[field], descending: direction === 'DESC', offset, first });
  return { nodes: (row?.nodes ?? []) as T[], offset, totalCount: (row?.totalCount as number | undefined) ?? 0, orderKey };
}

/** Loads an entity by id and returns it only when it has the expected label. */
async function entityOfLabel<L extends EntityLabel>(ctx: RequestContext, id: string, label: L): Promise<Extract<EntityRecord, { label: L }> | null> {
  const entity = await ctx.loaders.entity.load(requireWellFormedId('id', id));
  return entity?.label === label ? (entity as Extract<EntityRecord, { label: L }>) : null;
}

function parseKinds(kinds: readonly string[] | null | undefined): string[] | null {
  if (kinds === null || kinds === undefined) return null;
  const byLowerCase = new Map(ENTITY_LABELS.map((label) => [label.toLowerCase(), label]));
  return kinds.map((kind) => {
    const label = byLowerCase.get(kind.toLowerCase());
    if (!label) {
      const shown = kind.length > 40 ? `${kind.slice(0, 40)}…` : kind;
      throw new EcokgError(ErrorCode.BAD_USER_INPUT, `kinds may contain only ${ENTITY_LABELS.join(', ')}; got ${JSON.stringify(shown)}`);
    }
    return label;
  });
}

/** The root fields: each validates its arguments, runs one named query (or a loader), and maps rows. */
export const queryResolvers: QueryResolvers = {
  search: async (_root, args, ctx) => {
    const query = buildSearchQuery(args.text);
    const first = requireIntInRange('first', args.first, 1, MAX_PAGE);
    const rows = await ctx.db.read('search-entities', { query, kinds: parseKinds(args.kinds), first });
    return rows.map((row) => ({ score: row.score as number, entity: row.node as EntityRecord }));
  },

  entity: (_root, args, ctx) => ctx.loaders.entity.load(requireWellFormedId('id', args.id)),

  path: async (_root, args, ctx): Promise<PathRecord | null> => {
    const from = requireWellFormedId('from', args.from);
    const to = requireWellFormedId('to', args.to);
    const maxLength = requireIntInRange('maxLength', args.maxLength, 1, 6);
    if (from === to) {
      const entity = await ctx.loaders.entity.load(from);
      return entity ? { nodes: [entity], edges: [] } : null;
    }
    const [row] = await ctx.db.read('shortest-path', { from, to, maxLength });
    return row ? { nodes: row.nodes as EntityRecord[], edges: row.edges as GraphEdgeRecord[] } : null;
  },

  neighborhood: (_root, args, ctx) =>
    expandNeighborhood(ctx, {
      id: requireWellFormedId('id', args.id),
      depth: requireIntInRange('depth', args.depth, 1, 3),
      limit: requireIntInRange('limit', args.limit, 1, 500),
    }),

  graphStats: async (_root, _args, ctx) => {
    const [row] = await ctx.db.read('graph-stats');
    const nodes = ((row?.nodes ?? []) as Array<{ label: string; count: number }>).sort((a, b) => b.count - a.count);
    const relationships = ((row?.relationships ?? []) as Array<{ type: string; count: number }>).sort((a, b) => b.count - a.count);
    // Every node carries :Entity besides its own label; counting it would count every node twice.
    const ownLabels = nodes.filter((entry) => entry.label !== 'Entity');
    return {
      nodes: ownLabels,
      relationships,
      totalNodes: ownLabels.reduce((sum, entry) => sum + entry.count, 0),
      totalRelationships: relationships.reduce((sum, entry) => sum + entry.count, 0),
    };
  },

  people: (_root, args, ctx) =>
    readPage(ctx, 'people-page', args, ENTITY_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      nameContains: optionalText('filter.nameContains', args.filter?.nameContains),
      organization: optionalWellFormedId('filter.organization', args.filter?.organization),
      theme: optionalWellFormedId('filter.theme', args.filter?.theme),
    }),
  person: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Person'),

  organizations: (_root, args, ctx) =>
    readPage(ctx, 'organizations-page', args, ENTITY_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      nameContains: optionalText('filter.nameContains', args.filter?.nameContains),
      kind: toStoredValue(args.filter?.kind),
      region: optionalWellFormedId('filter.region', args.filter?.region),
      parent: optionalWellFormedId('filter.parent', args.filter?.parent),
    }),
  organization: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Organization'),

  regions: (_root, args, ctx) =>
    readPage(ctx, 'regions-page', args, ENTITY_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      nameContains: optionalText('filter.nameContains', args.filter?.nameContains),
      level: toStoredValue(args.filter?.level),
      within: optionalWellFormedId('filter.within', args.filter?.within),
    }),
  region: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Region'),

  policies: (_root, args, ctx) =>
    readPage(ctx, 'policies-page', args, ENTITY_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      nameContains: optionalText('filter.nameContains', args.filter?.nameContains),
      kind: toStoredValue(args.filter?.kind),
      region: optionalWellFormedId('filter.region', args.filter?.region),
      theme: optionalWellFormedId('filter.theme', args.filter?.theme),
    }),
  policy: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Policy'),

  statistics: (_root, args, ctx) => {
    const period = optionalText('filter.period', args.filter?.period, 21);
    if (period !== null && !/^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/.test(period)) {
      throw new EcokgError(ErrorCode.BAD_USER_INPUT, `filter.period must be an ISO 8601 prefix such as 2019 or 2019-01, got ${JSON.stringify(period)}`);
    }
    return readPage(ctx, 'statistics-page', args, STATISTIC_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      indicatorContains: optionalText('filter.indicatorContains', args.filter?.indicatorContains),
      period,
      region: optionalWellFormedId('filter.region', args.filter?.region),
      theme: optionalWellFormedId('filter.theme', args.filter?.theme),
    });
  },
  statistic: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Statistic'),

  themes: (_root, args, ctx) =>
    readPage(ctx, 'themes-page', args, ENTITY_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      nameContains: optionalText('filter.nameContains', args.filter?.nameContains),
    }),
  theme: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Theme'),

  statements: (_root, args, ctx) =>
    readPage(ctx, 'statements-page', args, ENTITY_SORT_KEYS, {
      document: optionalWellFormedId('filter.document', args.filter?.document),
      textContains: optionalText('filter.textContains', args.filter?.textContains),
      speaker: optionalWellFormedId('filter.speaker', args.filter?.speaker),
      theme: optionalWellFormedId('filter.theme', args.filter?.theme),
      mentions: optionalWellFormedId('filter.mentions', args.filter?.mentions),
    }),
  statement: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Statement'),

  documents: (_root, args, ctx) =>
    readPage(ctx, 'documents-page', args, ENTITY_SORT_KEYS, {
      nameContains: optionalText('filter.nameContains', args.filter?.nameContains),
    }),
  document: (_root, args, ctx) => entityOfLabel(ctx, args.id, 'Document'),
};
