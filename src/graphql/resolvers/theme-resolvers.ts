import type { ThemeResolvers } from '../generated/resolvers-types.ts';
import type { PolicyRecord, StatementRecord, ThemeDiscussantRecord } from '../records.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Theme. */
export const themeResolvers: ThemeResolvers = {
  ...entityFields,
  discussedBy: relationField<ThemeDiscussantRecord, { first: number }>('theme-discussants'),
  statements: relationField<StatementRecord, { first: number }>('theme-statements'),
  policies: relationField<PolicyRecord, { first: number }>('theme-policies'),
};
