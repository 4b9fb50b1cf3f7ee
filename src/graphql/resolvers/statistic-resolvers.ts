import type { StatisticResolvers } from '../generated/resolvers-types.ts';
import type { MeasurementRecord, StatementRecord, ThemeLinkRecord } from '../records.ts';
import { entityFields, ownEvidence, relationField } from './relation-field.ts';

/** Resolvers of Statistic. */
export const statisticResolvers: StatisticResolvers = {
  ...entityFields,
  evidence: (statistic) => ownEvidence(statistic),
  subjects: relationField<MeasurementRecord, { first: number }>('measurements-by-statistic'),
  themes: relationField<ThemeLinkRecord, { first: number }>('theme-links'),
  statedIn: relationField<StatementRecord, { first: number }>('statements-mentioning'),
};
