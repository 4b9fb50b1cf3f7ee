import type { StatisticResolvers, StatisticStatedInArgs, StatisticSubjectsArgs, StatisticThemesArgs } from '../generated/resolvers-types.ts';
import type { MeasurementRecord, StatementRecord, ThemeLinkRecord } from '../records.ts';
import { entityFields, ownEvidence, relationField } from './relation-field.ts';

/** Resolvers of Statistic. */
export const statisticResolvers: StatisticResolvers = {
  ...entityFields,
  evidence: (statistic) => ownEvidence(statistic),
  subjects: relationField<MeasurementRecord, StatisticSubjectsArgs>('measurements-by-statistic'),
  themes: relationField<ThemeLinkRecord, StatisticThemesArgs>('theme-links'),
  statedIn: relationField<StatementRecord, StatisticStatedInArgs>('statements-mentioning'),
};
