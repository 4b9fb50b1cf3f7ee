import type {
  OrganizationImplementsArgs,
  OrganizationMembersArgs,
  OrganizationParentsArgs,
  OrganizationProposalsArgs,
  OrganizationRegionsArgs,
  OrganizationResolvers,
  OrganizationUnitsArgs,
} from '../generated/resolvers-types.ts';
import type { ImplementationRecord, JurisdictionRecord, MembershipRecord, OrganizationLinkRecord, ProposalRecord } from '../records.ts';
import { reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Organization. */
export const organizationResolvers: OrganizationResolvers = {
  ...entityFields,
  former: (organization) => organization.former === true,
  members: relationField<MembershipRecord, OrganizationMembersArgs>('organization-members', (args) => ({ asOf: args.asOf ?? null })),
  parents: relationField<OrganizationLinkRecord, OrganizationParentsArgs>('organization-parents'),
  units: relationField<OrganizationLinkRecord, OrganizationUnitsArgs>('organization-units'),
  regions: relationField<JurisdictionRecord, OrganizationRegionsArgs>('jurisdictions-by-organization'),
  implements: relationField<ImplementationRecord, OrganizationImplementsArgs>('implementations-by-implementer', reportScope),
  proposals: relationField<ProposalRecord, OrganizationProposalsArgs>('proposals-by-proposer'),
};
