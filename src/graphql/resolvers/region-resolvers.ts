import type { RegionResolvers } from '../generated/resolvers-types.ts';
import type { ImplementationRecord, JurisdictionRecord, MeasurementRecord, RegionLinkRecord } from '../records.ts';
import { type ReportScopeArgs, reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

type WithSubRegions = { first: number; includeSubRegions: boolean };

/** Resolvers of Region. */
export const regionResolvers: RegionResolvers = {
  ...entityFields,
  parents: relationField<RegionLinkRecord, { first: number }>('region-parents'),
  subRegions: relationField<RegionLinkRecord, { first: number }>('region-sub-regions'),
  organizations: relationField<JurisdictionRecord, { first: number }>('jurisdictions-by-region'),
  policies: relationField<ImplementationRecord, WithSubRegions & ReportScopeArgs>('region-policies', (args) => ({
    includeSubRegions: args.includeSubRegions,
    ...reportScope(args),
  })),
  statistics: relationField<MeasurementRecord, WithSubRegions>('region-statistics', (args) => ({ includeSubRegions: args.includeSubRegions })),
};
