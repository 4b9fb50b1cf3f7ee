import type {
  RegionOrganizationsArgs,
  RegionParentsArgs,
  RegionPoliciesArgs,
  RegionResolvers,
  RegionStatisticsArgs,
  RegionSubRegionsArgs,
} from '../generated/resolvers-types.ts';
import type { ImplementationRecord, JurisdictionRecord, MeasurementRecord, RegionLinkRecord } from '../records.ts';
import { reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Region. */
export const regionResolvers: RegionResolvers = {
  ...entityFields,
  parents: relationField<RegionLinkRecord, RegionParentsArgs>('region-parents'),
  subRegions: relationField<RegionLinkRecord, RegionSubRegionsArgs>('region-sub-regions'),
  organizations: relationField<JurisdictionRecord, RegionOrganizationsArgs>('jurisdictions-by-region'),
  policies: relationField<ImplementationRecord, RegionPoliciesArgs>('region-policies', (args) => ({
    includeSubRegions: args.includeSubRegions === true,
    ...reportScope(args),
  })),
  statistics: relationField<MeasurementRecord, RegionStatisticsArgs>('region-statistics', (args) => ({
    includeSubRegions: args.includeSubRegions === true,
  })),
};
