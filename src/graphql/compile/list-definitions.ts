import { type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { EcokgError, ErrorCode, UnreachableCaseError } from '../../errors/error-codes.ts';
import { positionAfter } from '../connection-cursor.ts';
import type { DocumentSortField, EntitySortField, SortDirection, StatisticSortField } from '../generated/resolvers-types.ts';
import { contractSchema } from '../type-defs.ts';
import { optionalDocumentIds, optionalText, optionalWellFormedId, requireIntInRange, requireOrderedDates } from '../validate-args.ts';

/** How a filter field is checked and passed to Cypher. */
export type FilterField = 'id' | 'ids' | 'text' | 'enum' | 'period' | 'date' | 'boolean';

/** How one root list sorts and filters (its fragments: cypher/fields/lists/<folder>/). */
export interface ListDefinition<Field extends string> {
  /** The folder of its candidates and filter fragments. */
  folder: string;
  /** The input type of its `filter` argument in schema.graphql, whose fields are the filters. */
  filterInput: string;
  /** The property each sort field sorts by: the only values $sortKey can take. */
  sortKeys: Record<Field, string>;
  /**
   * The sort properties an index walks in order, with the type of their values: the folder has a walk for each, so
   * an unfiltered page stops after the page. Only properties every node has (an index holds no missing value).
   */
  walkable: Readonly<Record<string, 'string' | 'number'>>;
  /**
   * How a filtered page reads its candidates: the first fragment one of whose filters is given, most selective
   * first; `all` when none is.
   */
  candidates: ReadonlyArray<readonly [fragment: string, filters: readonly string[]]>;
  /** @default NAME, ascending */
  defaultOrder?: { field: Field; direction: SortDirection };
}

// The properties a list may sort by, and those an index walks.
const ENTITY_SORT_KEYS: Record<EntitySortField, string> = { NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };
const ENTITY_WALKS = { name: 'string', id: 'string' } as const;
const STATISTIC_SORT_KEYS: Record<StatisticSortField, string> = { NAME: 'name', INDICATOR: 'indicator', VALUE: 'value', PERIOD: 'period' };
const STATISTIC_WALKS = { name: 'string', indicator: 'string', value: 'number' } as const;
const DOCUMENT_SORT_KEYS: Record<DocumentSortField, string> = { PUBLISHED_AT: 'publishedAt', NAME: 'name', NAME_EN: 'nameEn', ID: 'id' };
const DOCUMENT_WALKS = { publishedAt: 'string', name: 'string', id: 'string' } as const;

/** The root lists, by field: how each sorts, filters and reads its candidates. */
export const LIST_DEFINITIONS = {
  people: {
    folder: 'people',
    filterInput: 'PersonFilter',
    candidates: [
      ['theme', ['theme']],
      ['organization', ['organization']],
      ['documents', ['document', 'documents']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
  } satisfies ListDefinition<EntitySortField>,
  organizations: {
    folder: 'organizations',
    filterInput: 'OrganizationFilter',
    candidates: [
      ['parent', ['parent']],
      ['region', ['region']],
      ['document', ['document']],
      ['kind', ['kind']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
  } satisfies ListDefinition<EntitySortField>,
  regions: {
    folder: 'regions',
    filterInput: 'RegionFilter',
    candidates: [
      ['within', ['within']],
      ['document', ['document']],
      ['level', ['level']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
  } satisfies ListDefinition<EntitySortField>,
  policies: {
    folder: 'policies',
    filterInput: 'PolicyFilter',
    candidates: [
      ['theme', ['theme']],
      ['region', ['region']],
      ['document', ['document']],
      ['kind', ['kind']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
  } satisfies ListDefinition<EntitySortField>,
  statistics: {
    folder: 'statistics',
    filterInput: 'StatisticFilter',
    candidates: [
      ['region', ['region']],
      ['theme', ['theme']],
      ['documents', ['document', 'documents']],
      ['period', ['period']],
      ['text', ['indicatorContains']],
    ],
    sortKeys: STATISTIC_SORT_KEYS,
    walkable: STATISTIC_WALKS,
  } satisfies ListDefinition<StatisticSortField>,
  themes: {
    folder: 'themes',
    filterInput: 'ThemeFilter',
    candidates: [
      ['document', ['document']],
      ['text', ['nameContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
  } satisfies ListDefinition<EntitySortField>,
  statements: {
    folder: 'statements',
    filterInput: 'StatementFilter',
    candidates: [
      ['speaker', ['speaker']],
      ['theme', ['theme']],
      ['mentions', ['mentions']],
      ['documents', ['document', 'documents']],
      ['text', ['textContains']],
    ],
    sortKeys: ENTITY_SORT_KEYS,
    walkable: ENTITY_WALKS,
  } satisfies ListDefinition<EntitySortField>,
  documents: {
    folder: 'documents',
    filterInput: 'DocumentFilter',
    candidates: [
      ['publisher', ['publisher']],
      ['kind', ['kind']],
      ['period', ['from', 'to']],
      ['text', ['nameContains']],
    ],
    sortKeys: DOCUMENT_SORT_KEYS,
    walkable: DOCUMENT_WALKS,
    defaultOrder: { field: 'PUBLISHED_AT', direction: 'DESC' },
  } satisfies ListDefinition<DocumentSortField>,
};

/**
 * The filter fields of a list and how each is checked, read from its filter input type in schema.graphql (so they
 * cannot drift from the contract): an ID is an id, a list of IDs is a list of document ids, a Date a date, an enum
 * its stored value, a Boolean true or false, and a String free text, but for `period`, an ISO 8601 prefix.
 */
export function filterFieldsOf(definition: Pick<ListDefinition<string>, 'filterInput'>): Record<string, FilterField> {
  let fields = FILTER_FIELDS.get(definition.filterInput);
  if (!fields) {
    const input = contractSchema.getType(definition.filterInput);
    if (!isInputObjectType(input)) throw new Error(`schema.graphql has no input ${definition.filterInput}`);
    fields = Object.fromEntries(Object.values(input.getFields()).map((field) => [field.name, filterFieldKind(field.name, field.type)]));
    FILTER_FIELDS.set(definition.filterInput, fields);
  }
  return fields;
}

// The filter fields of each input, read from the schema once.
const FILTER_FIELDS = new Map<string, Record<string, FilterField>>();

function filterFieldKind(name: string, type: GraphQLInputType): FilterField {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  if (isListType(inner) && named.name === 'ID') return 'ids';
  if (isEnumType(named)) return 'enum';
  if (named.name === 'ID') return 'id';
  if (named.name === 'Date') return 'date';
  if (named.name === 'Boolean') return 'boolean';
  if (named.name === 'String') return name === 'period' ? 'period' : 'text';
  throw new Error(`A list filter of type ${String(type)} (${name}) has no check`);
}

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

// Where an index walk starts without a cursor: before the smallest, or past the largest, value of its type.
const WALK_START = {
  string: { ascending: '', descending: '\u{10FFFF}' },
  number: { ascending: Number.NEGATIVE_INFINITY, descending: Number.POSITIVE_INFINITY },
} as const;
// Counting means reading every match; LIMIT then lets them all through.
const COUNT_EVERYTHING = 1_000_000_000;

/** How one page of a list is read: its candidates fragment, the parameters of the page and of the filter. */
export interface ListPage {
  /** The candidates fragment, `lists/<folder>/<name>`. */
  candidates: string;
  /**
   * The page fragment: `lists/pages/<key>-<direction>` sorts by the property itself (every walkable key, without a
   * count), after the cursor, and `lists/pages/first/<key>-<direction>` the same without one (the first page compares
   * no candidate to a cursor); `lists/keyset-page` sorts by an expression of $sortKey and $descending (any other
   * order, or with a count).
   */
  page: string;
  params: Record<string, unknown>;
  /** The filter's parameters: the list's, but the filters the candidates already satisfy are left out (null). */
  filterParams: Record<string, unknown>;
  first: number;
  orderKey: string;
  sortKey: string;
  afterCursor: boolean;
}

/**
 * Checks a list's page arguments and each filter field, takes the sort key from the allow-list, starts after the
 * cursor's key set, counts only when totalCount is asked for, and picks how the candidates are read: an index walk
 * without a filter, else the most selective filter's own fragment.
 */
export function planListPage(
  definition: ListDefinition<string>,
  args: { first: number; after?: string | null; orderBy?: { field: string; direction: SortDirection } | null; filter?: object | null },
  withCount: boolean,
): ListPage {
  const filterFields = filterFieldsOf(definition);
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const filters = Object.fromEntries(Object.entries(filterFields).map(([name, kind]) => [name, filterParameter(name, kind, filter[name])]));
  if ('from' in filterFields) requireOrderedDates('filter.from', filters.from as string | null, 'filter.to', filters.to as string | null);
  const first = requireIntInRange('first', args.first, 1, 100);
  const defaultOrder = definition.defaultOrder ?? { field: 'NAME', direction: 'ASC' as const };
  const field = args.orderBy?.field ?? defaultOrder.field;
  const direction = args.orderBy?.direction ?? defaultOrder.direction;
  const orderKey = `${field}_${direction}`;
  const sortKey = definition.sortKeys[field]!;
  const descending = direction === 'DESC';
  const after = positionAfter(args.after, orderKey);
  const walkType = definition.walkable[sortKey];
  const walk = walkType !== undefined && !withCount && Object.values(filters).every((value) => value === null);
  const chosen = walk ? undefined : definition.candidates.find(([, names]) => names.some((name) => filters[name] !== null));
  const order = `${sortKey.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-${descending ? 'desc' : 'asc'}`;
  const candidates = walk ? `walk-${order}` : (chosen?.[0] ?? 'all');
  const walkFrom = after
    ? sortKey === 'id'
      ? after.id
      : after.key
    : walkType
      ? WALK_START[walkType][descending ? 'descending' : 'ascending']
      : null;
  // A filter the candidates were read by holds for every candidate: checking it again costs a second walk of the same
  // relationships (the places of a region, every statistic's MEASURES), so the filter is told it is absent. Not so
  // for the candidates of a list of documents, nor when a period or documents narrow what a relation filter counts.
  const scoped = definition.folder !== 'documents' && ['from', 'to', 'documents'].some((name) => (filters[name] ?? null) !== null);
  const satisfied = new Set(chosen && !scoped && !chosen[1].includes('documents') ? chosen[1] : []);
  const filterParams = Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, satisfied.has(name) ? null : value]));
  return {
    candidates: `lists/${definition.folder}/${candidates}`,
    page: walkType !== undefined && !withCount ? `lists/pages/${after ? '' : 'first/'}${order}` : 'lists/keyset-page',
    params: {
      ...filters,
      sortKey,
      descending,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      walkFrom,
      withCount,
      first,
      limit: withCount ? COUNT_EVERYTHING : first + 1,
    },
    filterParams,
    first,
    orderKey,
    sortKey,
    afterCursor: after !== null,
  };
}
