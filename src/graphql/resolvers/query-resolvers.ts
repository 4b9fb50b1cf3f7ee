import type { GraphQLResolveInfo } from 'graphql';
import type { BundleName, ListQueryName } from '../../db/query-names.ts';
import { EcokgError, ErrorCode, UnreachableCaseError } from '../../errors/error-codes.ts';
import { buildSearchQuery } from '../../search/build-search-query.ts';
import { ID_PREFIX } from '../../seed/seed-schema.ts';
import { positionAfter } from '../connection-cursor.ts';
import type { RequestContext } from '../context.ts';
import { expandNeighborhood } from '../expand-neighborhood.ts';
import type { DocumentSortField, EntitySortField, QueryResolvers, SortDirection, StatisticSortField } from '../generated/resolvers-types.ts';
import { loadEntityWithRelations } from '../load-entity-with-relations.ts';
import { type LoadPlanTable, plannedLoads } from '../prefetch-selections.ts';
import type { ConnectionRecord, EntityLabel, EntityRecord, GraphEdgeRecord, IndicatorFigureRecord, PathRecord } from '../records.ts';
import { selects } from '../selected-fields.ts';
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

// The properties a list may sort by (the only values $sortKey can take), and those its query walks an index for.
const ENTITY_SORT_KEYS: Record<EntitySortField, string> = { NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };
const ENTITY_WALKS = { name: 'string', id: 'string' } as const;
const STATISTIC_SORT_KEYS: Record<StatisticSortField, string> = { NAME: 'name', INDICATOR: 'indicator', VALUE: 'value', PERIOD: 'period' };
const STATISTIC_WALKS = { name: 'string', indicator: 'string', value: 'number' } as const;
const DOCUMENT_SORT_KEYS: Record<DocumentSortField, string> = { PUBLISHED_AT: 'publishedAt', NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };
const DOCUMENT_WALKS = { publishedAt: 'string', name: 'string', id: 'string' } as const;

const MAX_PAGE = 100;

// The filter fields that scope a list to the reports of a period or of a list.
const REPORT_SCOPE: Record<string, FilterField> = { from: 'date', to: 'date', documents: 'ids' };

interface PageArgs<Field extends string> {
  first: number;
  after?: string | null;
  orderBy?: { field: Field; direction: SortDirection } | null;
}

/** How a filter field is checked and passed to Cypher. */
type FilterField = 'id' | 'ids' | 'text' | 'enum' | 'period' | 'date' | 'boolean';

const ISO_PERIOD_PREFIX = /^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/;

function filterParameter(name: string, kind: FilterField, value: unknown): string | string[] | boolean | null {
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
    case 'boolean':
      return (value as boolean | null | undefined) ?? null;
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

/** How one list query sorts and filters. */
interface ListDefinition<Field extends string> {
  query: ListQueryName;
  /** The property each sort field sorts by: the only values $sortKey can take. */
  sortKeys: Record<Field, string>;
  /**
   * The sort properties an index walks in order, with the type of their values: the query has a walk for each, so
   * an unfiltered page stops after the page. Only properties every node has (an index holds no missing value).
   */
  walkable: Readonly<Record<string, 'string' | 'number'>>;
  filterFields: Record<string, FilterField>;
  /**
   * How a filtered page reads its candidates: the first section (of the query's `//@candidates` sections) one of
   * whose filters is given, most selective first; `all` when none is.
   */
  candidates: ReadonlyArray<readonly [section: string, filters: readonly string[]]>;
  /** @default NAME, ascending */
  defaultOrder?: { field: Field; direction: SortDirection };
}

// Where an index walk starts without a cursor: before the smallest, or past the largest, value of its type.
const WALK_START = {
  string: { ascending: '', descending: '\u{10FFFF}' },
  number: { ascending: Number.NEGATIVE_INFINITY, descending: Number.POSITIVE_INFINITY },
} as const;
// Counting means reading every match; LIMIT then lets them all through.
const COUNT_EVERYTHING = 1_000_000_000;

/**
 * A resolver for a list query: it checks the page arguments and each filter field, passes every field of the
 * definition's filterFields as a parameter (null when absent), takes the sort key from the allow-list, starts after
 * the cursor's key set, and asks the query to count only when the query selects totalCount.
 */
function listResolver<Field extends string>(definition: ListDefinition<Field>) {
  const { query, sortKeys, walkable, filterFields, candidates } = definition;
  const defaultOrder = definition.defaultOrder ?? { field: 'NAME' as Field, direction: 'ASC' };
  return async <T extends EntityRecord>(
    _root: unknown,
    args: PageArgs<Field> & { filter?: object | null },
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<ConnectionRecord<T>> => {
    const filter = (args.filter ?? {}) as Record<string, unknown>;
    const params = Object.fromEntries(Object.entries(filterFields).map(([name, kind]) => [name, filterParameter(name, kind, filter[name])]));
    if ('from' in filterFields) requireOrderedDates('filter.from', params.from as string | null, 'filter.to', params.to as string | null);
    const first = requireIntInRange('first', args.first, 1, MAX_PAGE);
    const field = args.orderBy?.field ?? defaultOrder.field;
    const direction = args.orderBy?.direction ?? defaultOrder.direction;
    const orderKey = `${field}_${direction}`;
    const sortKey = sortKeys[field];
    const descending = direction === 'DESC';
    const after = positionAfter(args.after, orderKey);
    const withCount = selects(info, 'totalCount');
    const walkType = walkable[sortKey];
    const walk = walkType !== undefined && !withCount && Object.values(params).every((value) => value === null);
    const section = walk
      ? `walk-${sortKey.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-${descending ? 'desc' : 'asc'}`
      : (candidates.find(([, filters]) => filters.some((name) => params[name] !== null))?.[0] ?? 'all');
    const walkFrom = after
      ? sortKey === 'id'
        ? after.id
        : after.key
      : walkType
        ? WALK_START[walkType][descending ? 'descending' : 'ascending']
        : null;
    const [row] = await ctx.db.read(`${query}@${section}`, {
      ...params,
      sortKey,
      descending,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      walkFrom,
      withCount,
      first,
      limit: withCount ? COUNT_EVERYTHING : first + 1,
    });
    return {
      nodes: (row?.nodes ?? []) as T[],
      first,
      totalCount: (row?.totalCount as number | null | undefined) ?? null,
      orderKey,
      sortKey,
      afterCursor: after !== null,
    };
  };
}

// The label an id's kind names: `person:li-ganjie` is a Person's id.
const LABEL_OF_PREFIX = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label]));

/** The list queries of the root, by field: how each sorts, filters and reads its candidates. */
export const LIST_DEFINITIONS = {
  people: {
    query: 'people-page',
    candidates: [
      ['theme', ['theme']],
      ['organization', ['organization']],
      ['documents', ['document', 'documents']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
    filterFields: {
      document: 'id',
      nameContains: 'text',
      organization: 'id',
      theme: 'id',
      ...REPORT_SCOPE,
    },
  } satisfies ListDefinition<EntitySortField>,
  organizations: {
    query: 'organizations-page',
    candidates: [
      ['parent', ['parent']],
      ['region', ['region']],
      ['document', ['document']],
      ['kind', ['kind']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
    filterFields: {
      document: 'id',
      nameContains: 'text',
      kind: 'enum',
      region: 'id',
      parent: 'id',
    },
  } satisfies ListDefinition<EntitySortField>,
  regions: {
    query: 'regions-page',
    candidates: [
      ['within', ['within']],
      ['document', ['document']],
      ['level', ['level']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
    filterFields: { document: 'id', nameContains: 'text', level: 'enum', within: 'id' },
  } satisfies ListDefinition<EntitySortField>,
  policies: {
    query: 'policies-page',
    candidates: [
      ['theme', ['theme']],
      ['region', ['region']],
      ['document', ['document']],
      ['kind', ['kind']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
    filterFields: {
      document: 'id',
      nameContains: 'text',
      kind: 'enum',
      region: 'id',
      theme: 'id',
    },
  } satisfies ListDefinition<EntitySortField>,
  statistics: {
    query: 'statistics-page',
    candidates: [
      ['region', ['region']],
      ['theme', ['theme']],
      ['documents', ['document', 'documents']],
      ['period', ['period']],
      ['text', ['indicatorContains']],
    ],
    sortKeys: STATISTIC_SORT_KEYS,
    walkable: STATISTIC_WALKS,
    filterFields: {
      document: 'id',
      indicatorContains: 'text',
      period: 'period',
      region: 'id',
      theme: 'id',
      ...REPORT_SCOPE,
    },
  } satisfies ListDefinition<StatisticSortField>,
  themes: {
    query: 'themes-page',
    candidates: [
      ['document', ['document']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
    filterFields: { document: 'id', nameContains: 'text' },
  } satisfies ListDefinition<EntitySortField>,
  statements: {
    query: 'statements-page',
    candidates: [
      ['speaker', ['speaker']],
      ['theme', ['theme']],
      ['mentions', ['mentions']],
      ['documents', ['document', 'documents']],
      ['text', ['textContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
    filterFields: {
      document: 'id',
      textContains: 'text',
      speaker: 'id',
      theme: 'id',
      mentions: 'id',
      ...REPORT_SCOPE,
    },
  } satisfies ListDefinition<EntitySortField>,
  documents: {
    query: 'documents-page',
    candidates: [
      ['publisher', ['publisher']],
      ['kind', ['kind']],
      ['period', ['from', 'to']],
      ['text', ['nameContains']],
    ],
    sortKeys: DOCUMENT_SORT_KEYS,
    walkable: DOCUMENT_WALKS,
    filterFields: { nameContains: 'text', from: 'date', to: 'date', kind: 'enum', publisher: 'text', unreviewed: 'boolean' },
    defaultOrder: { field: 'PUBLISHED_AT', direction: 'DESC' },
  } satisfies ListDefinition<DocumentSortField>,
};

// Each kind's bundle query: the entity and the relation lists a lookup asks of it (cypher/queries/*-bundle.cypher).
const BUNDLE_OF_PREFIX = new Map<string, BundleName>([
  ['person', 'person-bundle'],
  ['organization', 'organization-bundle'],
  ['region', 'region-bundle'],
  ['policy', 'policy-bundle'],
  ['statistic', 'statistic-bundle'],
  ['theme', 'theme-bundle'],
  ['statement', 'statement-bundle'],
  ['event', 'event-bundle'],
  ['document', 'document-bundle'],
]);

/**
 * The root fields: each validates its arguments, runs one named query (or a loader), and maps rows. A lookup
 * by id reads the entity and the relation lists asked of it in one query (its kind's bundle), so they share its trip.
 */
export function createQueryResolvers(plans: LoadPlanTable): QueryResolvers {
  const loadEntity = (ctx: RequestContext, info: GraphQLResolveInfo, id: string): Promise<EntityRecord | null> => {
    const prefix = requireWellFormedId('id', id).split(':')[0]!;
    const label = LABEL_OF_PREFIX.get(prefix);
    const bundle = BUNDLE_OF_PREFIX.get(prefix);
    if (!label || !bundle) return ctx.loaders.entity.load(id);
    return loadEntityWithRelations(ctx, { bundle, id, loads: plannedLoads(plans, ctx, info, label, id) });
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
        scope: reportScope(args),
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

    people: listResolver(LIST_DEFINITIONS.people),
    person: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Person'),
    organizations: listResolver(LIST_DEFINITIONS.organizations),
    organization: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Organization'),
    regions: listResolver(LIST_DEFINITIONS.regions),
    region: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Region'),
    policies: listResolver(LIST_DEFINITIONS.policies),
    policy: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Policy'),
    statistics: listResolver(LIST_DEFINITIONS.statistics),
    statistic: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Statistic'),
    themes: listResolver(LIST_DEFINITIONS.themes),
    theme: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Theme'),
    statements: listResolver(LIST_DEFINITIONS.statements),
    statement: (_root, args, ctx, info) => entityOfLabel(ctx, info, args.id, 'Statement'),
    documents: listResolver<DocumentSortField>(LIST_DEFINITIONS.documents),
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
