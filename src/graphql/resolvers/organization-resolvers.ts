import { toEnumValue } from '../enum-values.ts';
import type { OrganizationKind, OrganizationResolvers } from '../generated/resolvers-types.ts';
import type { ImplementationRecord, JurisdictionRecord, MembershipRecord, OrganizationLinkRecord, ProposalRecord } from '../records.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Organization. */
export const organizationResolvers: OrganizationResolvers = {
  ...entityFields,
  kind: (organization) => toEnumValue<OrganizationKind>(organization.kind),
  former: (organization) => organization.former === true,
  members: relationField<MembershipRecord, { first: number }>('organization-members'),
  parents: relationField<OrganizationLinkRecord, { first: number }>('organization-parents'),
  units: relationField<OrganizationLinkRecord, { first: number }>('organization-units'),
  regions: relationField<JurisdictionRecord, { first: number }>('jurisdictions-by-organization'),
  implements: relationField<ImplementationRecord, { first: number }>('implementations-by-implementer'),
  proposals: relationField<ProposalRecord, { first: number }>('proposals-by-proposer'),
};
