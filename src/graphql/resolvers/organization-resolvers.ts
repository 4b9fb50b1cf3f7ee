import type { OrganizationResolvers } from '../generated/resolvers-types.ts';
import type { ImplementationRecord, JurisdictionRecord, MembershipRecord, OrganizationLinkRecord, ProposalRecord } from '../records.ts';
import { type ReportScopeArgs, reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Organization. */
export const organizationResolvers: OrganizationResolvers = {
  ...entityFields,
  former: (organization) => organization.former === true,
  members: relationField<MembershipRecord, { first: number; asOf?: string | null }>('organization-members', (args) => ({ asOf: args.asOf ?? null })),
  parents: relationField<OrganizationLinkRecord, { first: number }>('organization-parents'),
  units: relationField<OrganizationLinkRecord, { first: number }>('organization-units'),
  regions: relationField<JurisdictionRecord, { first: number }>('jurisdictions-by-organization'),
  implements: relationField<ImplementationRecord, { first: number } & ReportScopeArgs>('implementations-by-implementer', reportScope),
  proposals: relationField<ProposalRecord, { first: number }>('proposals-by-proposer'),
};
