import type { ThemeResolvers, TrendPoint } from '../generated/resolvers-types.ts';
import type { PolicyRecord, StatementRecord, ThemeDiscussantRecord } from '../records.ts';
import { type ReportScopeArgs, reportScope, requireOrderedDates } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

// A trend's period is the first characters of an ISO date: 2020 or 2020-01.
const PERIOD_LENGTH = { YEAR: 4, MONTH: 7 } as const;

/** Resolvers of Theme. */
export const themeResolvers: ThemeResolvers = {
  ...entityFields,
  discussedBy: relationField<ThemeDiscussantRecord, { first: number } & ReportScopeArgs>('theme-discussants', reportScope),
  statements: relationField<StatementRecord, { first: number } & ReportScopeArgs>('theme-statements', reportScope),
  policies: relationField<PolicyRecord, { first: number }>('theme-policies'),
  trend: (theme, args, ctx) => {
    requireOrderedDates('from', args.from, 'to', args.to);
    return ctx.loaders
      .relation<TrendPoint>('theme-trend')
      .load({ id: theme.id, params: { periodLength: PERIOD_LENGTH[args.by], from: args.from ?? null, to: args.to ?? null } });
  },
};
