import type { PolicyResolvers } from '../generated/resolvers-types.ts';
import type { ImplementationRecord, MeasurementRecord, ProposalRecord, StatementRecord, ThemeLinkRecord } from '../records.ts';
import { type ReportScopeArgs, reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Policy. */
export const policyResolvers: PolicyResolvers = {
  ...entityFields,
  implementedBy: relationField<ImplementationRecord, { first: number } & ReportScopeArgs>('implementations-by-policy', reportScope),
  proposedBy: relationField<ProposalRecord, { first: number }>('proposals-by-policy'),
  themes: relationField<ThemeLinkRecord, { first: number }>('theme-links'),
  statistics: relationField<MeasurementRecord, { first: number }>('measurements-by-subject'),
  mentionedIn: relationField<StatementRecord, { first: number }>('statements-mentioning'),
};
