import type { GraphQLResolveInfo } from 'graphql';
import type { QueryName } from '../../db/query-names.ts';
import { EcokgError, ErrorCode, UnreachableCaseError } from '../../errors/error-codes.ts';
import { buildSearchQuery } from '../../search/build-search-query.ts';
import { ID_PREFIX } from '../../seed/seed-schema.ts';
import { offsetAfter } from '../connection-cursor.ts';
import type { RequestContext } from '../context.ts';
import { expandNeighborhood } from '../expand-neighborhood.ts';
import type { DocumentSortField, EntitySortField, QueryResolvers, SortDirection, StatisticSortField } from '../generated/resolvers-types.ts';
import { type PrefetchTable, prefetchSelections } from '../prefetch-selections.ts';
import type { ConnectionRecord, EntityLabel, EntityRecord, GraphEdgeRecord, IndicatorFigureRecord, PathRecord } from '../records.ts';
import {
  optionalDocumentIds,
  optionalText,
  optionalWellFormedId,
  reportScope,
  requireIntInRange,
  requireOrderedDates,
  requireText,
  requireWellFormedId,
} from '../validate-args.ts';

// The properties a list may sort by: the only values $sortKey can take.
const ENTITY_SORT_KEYS: Record<EntitySortField, string> = { NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };
const STATISTIC_SORT_KEYS: Record<StatisticSortField, string> = { NAME: 'name', INDICATOR: 'indicator', VALUE: 'value', PERIOD: 'period' };
const DOCUMENT_SORT_KEYS: Record<DocumentSortField, string> = { PUBLISHED_AT: 'publishedAt', NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };

const MAX_PAGE = 100;

// The filter fields that scope a list to the reports of a period or of a list.
const REPORT_SCOPE: Record<string, FilterField> = { from: 'date', to: 'date', documents: 'ids' };

interface PageArgs<Field extends string> {
  first: number;
  after?: string | null;
  orderBy?: { field: Field; direction: SortDirection } | null;
}

/** How a filter field is checked and passed to Cypher. */
type FilterField = 'id' | 'ids' | 'text' | 'enum' | 'period' | 'date';

const ISO_PERIOD_PREFIX = /^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/;

function filterParameter(name: string, kind: FilterField, value: unknown): string | string[] | null {
  switch (kind) {
    case 'id':
      return optionalWellFormedId(`filter.${name}`, value as string | null | undefined);
    case 'ids':
      return optionalDocumentIds(`filter.${name}`, value as readonly string[] | null | undefined);
    case 'date':
      // The Date scalar has checked the value already.
      return (value as string | null | undefined) ?? null;
    case 'text':
      return optionalText(`filter.${name}`, value as string | null | undefined);
    case 'enum':
      // GraphQL has turned the enum value into the value the graph stores (@stored in schema.graphql).
      return (value as string | null | undefined) ?? null;
    case 'period': {
      const period = optionalText(`filter.${name}`, value as string | null | undefined, 21);
      if (period !== null && !ISO_PERIOD_PREFIX.test(period)) {
        throw new EcokgError(
          ErrorCode.BAD_USER_INPUT,
          `filter.${name} must be an ISO 8601 prefix such as 2019 or 2019-01, got ${JSON.stringify(period)}`,
        );
      }
      return period;
    }
    default:
      throw new UnreachableCaseError(kind);
  }
}

/**
 * A resolver for a list query: it checks the page arguments and each filter field, passes every field
 * of `filterFields` as a parameter (null when absent), and takes the sort key from the allow-list.
 */
function listResolver<Field extends string>(
  query: QueryName,
  sortKeys: Record<Field, string>,
  filterFields: Record<string, FilterField>,
  defaultOrder: { field: Field; direction: SortDirection } = { field: 'NAME' as Field, direction: 'ASC' },
) {
  return async <T extends EntityRecord>(
    _root: unknown,
    args: PageArgs<Field> & { filter?: object | null },
    ctx: RequestContext,
  ): Promise<ConnectionRecord<T>> => {
    const filter = (args.filter ?? {}) as Record<string, unknown>;
    const params = Object.fromEntries(Object.entries(filterFields).map(([name, kind]) => [name, filterParameter(name, kind, filter[name])]));
    if ('from' in filterFields) requireOrderedDates('filter.from', params.from as string | null, 'filter.to', params.to as string | null);
    const first = requireIntInRange('first', args.first, 1, MAX_PAGE);
    const field = args.orderBy?.field ?? defaultOrder.field;
    const direction = args.orderBy?.direction ?? defaultOrder.direction;
    const orderKey = `${field}_${direction}`;
    const offset = offsetAfter(args.after, orderKey);
    const [row] = await ctx.db.read(query, { ...params, sortKey: sortKeys[field], descending: direction === 'DESC', offset, first });
    return { nodes: (row?.nodes ?? []) as T[], offset, totalCount: (row?.totalCount as number | undefined) ?? 0, orderKey };
  };
}

// The label an id's kind names: `person:li-ganjie` is a Person's id.
const LABEL_OF_PREFIX = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label]));

/**
 * The root fields: each validates its arguments, runs one named query (or a loader), and maps rows. A lookup
 * by id starts the loads of the fields asked of the entity at once (`prefetches`), so they share its trip.
 */
export function createQueryResolvers(prefetches: PrefetchTable): QueryResolvers {
  const loadEntity = (ctx: RequestContext, info: GraphQLResolveInfo, id: string): Promise<EntityRecord | null> => {
    const label = LABEL_OF_PREFIX.get(requireWellFormedId('id', id).split(':')[0]!);
    if (label) prefetchSelections(prefetches, ctx, info, label, id);
    return ctx.loaders.entity.load(id);
  };
  const entityOfLabel = async <L extends EntityLabel>(ctx: RequestContext, info: GraphQLResolveInfo, id: string, label: L) => {
    const entity = await loadEntity(ctx, info, id);
    return entity?.label === label ? (entity as Extract<EntityRecord, { label: L }>) : null;
  };
  return {
    search: async (_root, args, ctx) => {
      const query = buildSearchQuery(args.text);
      const first = requireIntInRange('first', args.first, 1, MAX_PAGE);
      const rows = await ctx.db.read('search-entities', { query, kinds: args.kinds ?? null, first });
      return rows.map((row) => ({ score: row.score as number, entity: row.node as EntityRecord }));
    },

    entity: (_root, args, ctx, info) => loadEntity(ctx, info, args.id),

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

    people: listResolver('people-page', ENTITY_SORT_KEYS, {
      document: 'id',
      nameContains: 'text',
      organization: 'id',
      theme: 'id',
      ...REPORT_SCOPE,
    }),
    person: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Person'),
    organizations: listResolver('organizations-page', ENTITY_SORT_KEYS, {
      document: 'id',
      nameContains: 'text',
      kind: 'enum',
      region: 'id',
      parent: 'id',
    }),
    organization: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Organization'),
    regions: listResolver('regions-page', ENTITY_SORT_KEYS, { document: 'id', nameContains: 'text', level: 'enum', within: 'id' }),
    region: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Region'),
    policies: listResolver('policies-page', ENTITY_SORT_KEYS, {
      document: 'id',
      nameContains: 'text',
      kind: 'enum',
      region: 'id',
      theme: 'id',
    }),
    policy: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Policy'),
    statistics: listResolver('statistics-page', STATISTIC_SORT_KEYS, {
      document: 'id',
      indicatorContains: 'text',
      period: 'period',
      region: 'id',
      theme: 'id',
      ...REPORT_SCOPE,
    }),
    statistic: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Statistic'),
    themes: listResolver('themes-page', ENTITY_SORT_KEYS, { document: 'id', nameContains: 'text' }),
    theme: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Theme'),
    statements: listResolver('statements-page', ENTITY_SORT_KEYS, {
      document: 'id',
      textContains: 'text',
      speaker: 'id',
      theme: 'id',
      mentions: 'id',
      ...REPORT_SCOPE,
    }),
    statement: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Statement'),
    documents: listResolver<DocumentSortField>(
      'documents-page',
      DOCUMENT_SORT_KEYS,
      { nameContains: 'text', from: 'date', to: 'date', kind: 'enum', publisher: 'text' },
      { field: 'PUBLISHED_AT', direction: 'DESC' },
    ),
    document: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Document'),

    statisticSeries: async (_root, args, ctx) => {
      const rows = await ctx.db.read('statistic-series', {
        indicator: requireText('indicator', args.indicator, 100),
        region: requireWellFormedId('region', args.region),
        ...reportScope(args),
        first: requireIntInRange('first', args.first, 1, MAX_PAGE),
      });
      return rows as unknown as IndicatorFigureRecord[];
    },

    statisticComparison: async (_root, args, ctx) => {
      const period = requireText('period', args.period, 21);
      if (!ISO_PERIOD_PREFIX.test(period)) {
        throw new EcokgError(ErrorCode.BAD_USER_INPUT, `period must be an ISO 8601 prefix such as 2019 or 2019-01, got ${JSON.stringify(period)}`);
      }
      const rows = await ctx.db.read('statistic-comparison', {
        indicator: requireText('indicator', args.indicator, 100),
        period,
        level: args.level ?? null,
        ...reportScope(args),
        first: requireIntInRange('first', args.first, 1, MAX_PAGE),
      });
      return rows as unknown as IndicatorFigureRecord[];
    },
  };
}
