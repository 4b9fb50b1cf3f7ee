import type {
  PolicyImplementedByArgs,
  PolicyMentionedInArgs,
  PolicyProposedByArgs,
  PolicyResolvers,
  PolicyStatisticsArgs,
  PolicyThemesArgs,
} from '../generated/resolvers-types.ts';
import type { ImplementationRecord, MeasurementRecord, ProposalRecord, StatementRecord, ThemeLinkRecord } from '../records.ts';
import { reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Policy. */
export const policyResolvers: PolicyResolvers = {
  ...entityFields,
  implementedBy: relationField<ImplementationRecord, PolicyImplementedByArgs>('implementations-by-policy', reportScope),
  proposedBy: relationField<ProposalRecord, PolicyProposedByArgs>('proposals-by-policy'),
  themes: relationField<ThemeLinkRecord, PolicyThemesArgs>('theme-links'),
  statistics: relationField<MeasurementRecord, PolicyStatisticsArgs>('measurements-by-subject'),
  mentionedIn: relationField<StatementRecord, PolicyMentionedInArgs>('statements-mentioning'),
};
