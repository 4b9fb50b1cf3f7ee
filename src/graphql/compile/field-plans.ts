import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import { ID_PREFIX } from '../../graph-model/entity-ids.ts';
import { buildSearchQuery } from '../../search/build-search-query.ts';
import { optionalWellFormedId, reportScope, requireIntInRange, requireOrderedDates, requireText, requireWellFormedId } from '../validate-args.ts';
import { LIST_DEFINITIONS, type ListDefinition } from './list-definitions.ts';

/** The values a fragment's `$parameters` take for one use of it. */
export type FragmentParams = Record<string, unknown>;

/** A field's arguments as graphql-js coerced them, defaults filled in. */
export type FieldArgs = Record<string, unknown>;

/**
 * How the compiler computes one GraphQL field from its parent's value (`this`), each named fragment a file under
 * cypher/fields (docs/cypher-compilation.md). A field without a plan reads the property (or map key) of its name.
 */
export type FieldPlan =
  /** Another property of the parent: Statement.text is its `name`. */
  | { kind: 'property'; property: string }
  /** The parent itself, seen as another type: a Statement is its own Evidence. */
  | { kind: 'self' }
  /** One Cypher expression over `this`. */
  | { kind: 'expression'; fragment: string; params?: (args: FieldArgs) => FragmentParams }
  /** Clauses from `this` whose rows are the field's items (or its one value, for a field that is not a list). */
  | { kind: 'rows'; fragment: string | ((args: FieldArgs) => string); params?: (args: FieldArgs) => FragmentParams }
  /** A page of a root list: candidates, filter and keyset page (cypher/fields/lists). */
  | { kind: 'list'; list: ListDefinition<string> };

/** The largest `first` a nested list accepts; the cost limit counts nested lists at this size when not given. */
export const MAX_NESTED_FIRST = 100;
const MAX_PAGE = 100;
const ISO_PERIOD_PREFIX = /^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/;
// A trend's period is the first characters of an ISO date: 2020 or 2020-01.
const PERIOD_LENGTH = { YEAR: 4, MONTH: 7 } as const;

const first = (args: FieldArgs) => ({ first: requireIntInRange('first', args.first as number, 1, MAX_NESTED_FIRST) });
const relation = (fragment: string, extra?: (args: FieldArgs) => FragmentParams): FieldPlan => ({
  kind: 'rows',
  fragment,
  params: (args) => ({ ...first(args), ...extra?.(args) }),
});
const single = (fragment: string): FieldPlan => ({ kind: 'rows', fragment });
const scope = (args: FieldArgs) => reportScope(args);
const mentions: FieldPlan = { kind: 'rows', fragment: 'entity-mentions' };
const lookup = (label: string | null): FieldPlan => ({
  kind: 'rows',
  fragment: 'lookup-by-id',
  params: (args) => ({ id: requireWellFormedId('id', args.id as string), label }),
});
const indicator = (args: FieldArgs) => ({
  indicator: requireText('indicator', args.indicator as string, 100),
  ...reportScope(args),
  first: requireIntInRange('first', args.first as number, 1, MAX_PAGE),
});
const statements = { kind: 'expression', fragment: 'first-statements', params: first } as const;

/** Every field that does not simply read the property of its name, by `Type.field`. */
export const FIELD_PLANS: ReadonlyMap<string, FieldPlan> = new Map<string, FieldPlan>([
  [
    'Query.search',
    {
      kind: 'rows',
      // Without kinds, no filter runs on every hit of the index (thousands for a common word at scale).
      fragment: (args) => (args.kinds == null ? 'search-entities' : 'search-entities-of-kinds'),
      params: (args) => ({
        query: buildSearchQuery(args.text as string),
        kinds: args.kinds ?? null,
        first: requireIntInRange('first', args.first as number, 1, MAX_PAGE),
      }),
    },
  ],
  ['Query.entity', lookup(null)],
  ...(Object.keys(ID_PREFIX).map((label) => [`Query.${label[0]!.toLowerCase()}${label.slice(1)}`, lookup(label)]) as Array<[string, FieldPlan]>),
  [
    'Query.path',
    {
      kind: 'rows',
      fragment: 'shortest-path',
      params: (args) => ({
        from: requireWellFormedId('from', args.from as string),
        to: requireWellFormedId('to', args.to as string),
        maxLength: requireIntInRange('maxLength', args.maxLength as number, 1, 6),
      }),
    },
  ],
  [
    'Query.neighborhood',
    {
      kind: 'rows',
      fragment: 'neighborhood',
      params: (args) => {
        const limit = requireIntInRange('limit', args.limit as number, 1, 500);
        return {
          id: requireWellFormedId('id', args.id as string),
          depth: requireIntInRange('depth', args.depth as number, 1, 3),
          limit,
          // Each ring reads at most this many relationships per node allowed, so a hub cannot make one ring unbounded.
          rowLimit: limit * 10,
          ...reportScope(args),
        };
      },
    },
  ],
  ['Query.graphStats', { kind: 'rows', fragment: 'graph-stats' }],
  ...(Object.entries(LIST_DEFINITIONS).map(([field, list]) => [`Query.${field}`, { kind: 'list', list }]) as Array<[string, FieldPlan]>),
  [
    'Query.statisticSeries',
    {
      kind: 'rows',
      fragment: 'statistic-series',
      params: (args) => ({ ...indicator(args), region: requireWellFormedId('region', args.region as string) }),
    },
  ],
  [
    'Query.statisticComparison',
    {
      kind: 'rows',
      fragment: 'statistic-comparison',
      params: (args) => {
        const period = requireText('period', args.period as string, 21);
        if (!ISO_PERIOD_PREFIX.test(period)) throw badPeriod('period', period);
        return { ...indicator(args), period, level: args.level ?? null };
      },
    },
  ],

  ['Person.mentions', mentions],
  ['Person.organizations', relation('person-memberships')],
  ['Person.positions', relation('person-positions')],
  [
    'Person.statements',
    relation('person-statements', (args) => ({ theme: optionalWellFormedId('theme', args.theme as string | null), ...scope(args) })),
  ],
  ['Person.themes', relation('person-themes')],
  ['Person.proposals', relation('proposals-by-proposer')],
  ['Person.attended', relation('attendance-by-person')],
  ['Person.authorship', relation('authorship-by-person')],

  ['Organization.mentions', mentions],
  ['Organization.former', { kind: 'expression', fragment: 'organization-former' }],
  ['Organization.members', relation('organization-members', (args) => ({ asOf: args.asOf ?? null }))],
  ['Organization.parents', relation('organization-parents')],
  ['Organization.units', relation('organization-units')],
  ['Organization.regions', relation('jurisdictions-by-organization')],
  ['Organization.implements', relation('implementations-by-implementer', scope)],
  ['Organization.proposals', relation('proposals-by-proposer')],

  ['Region.mentions', mentions],
  ['Region.parents', relation('region-parents')],
  ['Region.subRegions', relation('region-sub-regions')],
  ['Region.organizations', relation('jurisdictions-by-region')],
  [
    'Region.policies',
    {
      kind: 'rows',
      fragment: (args) => (args.includeSubRegions === true ? 'region-policies-within' : 'region-policies'),
      params: (args) => ({ ...first(args), ...scope(args) }),
    },
  ],
  [
    'Region.statistics',
    {
      kind: 'rows',
      fragment: (args) => (args.includeSubRegions === true ? 'region-statistics-within' : 'measurements-by-subject'),
      params: first,
    },
  ],

  ['Policy.mentions', mentions],
  ['Policy.implementedBy', relation('implementations-by-policy', scope)],
  ['Policy.proposedBy', relation('proposals-by-policy')],
  ['Policy.themes', relation('theme-links')],
  ['Policy.statistics', relation('measurements-by-subject')],
  ['Policy.mentionedIn', relation('statements-mentioning')],

  ['Statistic.mentions', mentions],
  ['Statistic.evidence', { kind: 'self' }],
  ['Statistic.subjects', relation('measurements-by-statistic')],
  ['Statistic.themes', relation('theme-links')],
  ['Statistic.statedIn', relation('statements-mentioning')],

  ['Theme.mentions', mentions],
  ['Theme.discussedBy', relation('theme-discussants', scope)],
  ['Theme.statements', relation('theme-statements', scope)],
  ['Theme.policies', relation('theme-policies')],
  [
    'Theme.trend',
    {
      kind: 'rows',
      fragment: 'theme-trend',
      params: (args) => {
        requireOrderedDates('from', args.from as string | null, 'to', args.to as string | null);
        return { periodLength: PERIOD_LENGTH[(args.by as 'YEAR' | 'MONTH' | null) ?? 'YEAR'], from: args.from ?? null, to: args.to ?? null };
      },
    },
  ],

  ['Statement.mentions', mentions],
  ['Statement.text', { kind: 'property', property: 'name' }],
  ['Statement.evidence', { kind: 'self' }],
  ['Statement.speaker', single('statement-speaker')],
  ['Statement.themes', relation('theme-links')],
  ['Statement.mentionsEntities', relation('statement-mentions')],
  ['Statement.event', single('statement-event')],

  ['Event.mentions', mentions],
  ['Event.location', relation('event-location')],
  ['Event.attendees', relation('attendance-by-event')],
  ['Event.statements', relation('event-statements')],

  ['Document.mentions', { kind: 'expression', fragment: 'document-own-mention' }],
  ['Document.text', { kind: 'property', property: 'fullText' }],
  ['Document.authors', relation('authorship-by-document')],
  ['Document.publishers', relation('document-publishers')],
  ['Document.entityCounts', { kind: 'rows', fragment: 'document-entity-counts' }],
  ['Document.unreviewedCount', { kind: 'expression', fragment: 'document-unreviewed-count' }],
  ['Document.unreviewed', relation('document-unreviewed')],

  // Evidence is any relationship, node or map with the evidence properties every relation carries.
  ['Evidence.excerpt', { kind: 'property', property: 'evidence' }],
  ['Evidence.start', { kind: 'property', property: 'evidenceStart' }],
  ['Evidence.end', { kind: 'property', property: 'evidenceEnd' }],
  ['Evidence.documentId', { kind: 'property', property: 'source' }],
  ['Evidence.document', single('evidence-document')],
  // A post's source is the SPEAKS_FOR relationship of one report.
  ['PositionSource.document', single('evidence-document')],
  ['PositionSource.evidence', { kind: 'self' }],
  ['IndicatorFigure.document', single('figure-document')],
  ['ThemeDiscussion.statements', statements],
  ['ThemeDiscussant.statements', statements],
  ['Path.length', { kind: 'expression', fragment: 'path-length' }],
]);

function badPeriod(name: string, period: string): Error {
  return new EcokgError(ErrorCode.BAD_USER_INPUT, `${name} must be an ISO 8601 prefix such as 2019 or 2019-01, got ${JSON.stringify(period)}`);
}
