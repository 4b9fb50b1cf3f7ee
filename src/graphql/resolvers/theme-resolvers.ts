import type { RequestContext } from '../context.ts';
import type { RelationKey } from '../create-loaders.ts';
import type {
  ThemeDiscussedByArgs,
  ThemePoliciesArgs,
  ThemeResolvers,
  ThemeStatementsArgs,
  ThemeTrendArgs,
  TrendPoint,
} from '../generated/resolvers-types.ts';
import type { PolicyRecord, StatementRecord, ThemeDiscussantRecord } from '../records.ts';
import { reportScope, requireOrderedDates } from '../validate-args.ts';
import { entityFields, plannedRelation, relationField, withPlan } from './relation-field.ts';

// A trend's period is the first characters of an ISO date: 2020 or 2020-01.
const PERIOD_LENGTH = { YEAR: 4, MONTH: 7 } as const;

// Theme.trend: one list per theme and period length, batched like the relation lists and plannable like them.
function trendField() {
  const keyOf = (id: string, args: ThemeTrendArgs): RelationKey => {
    requireOrderedDates('from', args.from, 'to', args.to);
    return { id, params: { periodLength: PERIOD_LENGTH[args.by ?? 'YEAR'], from: args.from ?? null, to: args.to ?? null } };
  };
  return withPlan(
    (theme: { id: string }, args: ThemeTrendArgs, ctx: RequestContext) => ctx.loaders.relation<TrendPoint>('theme-trend').load(keyOf(theme.id, args)),
    (ctx, id, args) => plannedRelation(ctx, 'theme-trend', keyOf(id, args as ThemeTrendArgs)),
  );
}

/** Resolvers of Theme. */
export const themeResolvers: ThemeResolvers = {
  ...entityFields,
  discussedBy: relationField<ThemeDiscussantRecord, ThemeDiscussedByArgs>('theme-discussants', reportScope),
  statements: relationField<StatementRecord, ThemeStatementsArgs>('theme-statements', reportScope),
  policies: relationField<PolicyRecord, ThemePoliciesArgs>('theme-policies'),
  trend: trendField(),
};
