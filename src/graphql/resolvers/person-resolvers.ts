import type { PersonResolvers } from '../generated/resolvers-types.ts';
import type { AttendanceRecord, AuthorshipRecord, MembershipRecord, ProposalRecord, StatementRecord, ThemeDiscussionRecord } from '../records.ts';
import { optionalWellFormedId } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Person: its relations, each one batched query per request. */
export const personResolvers: PersonResolvers = {
  ...entityFields,
  organizations: relationField<MembershipRecord, { first: number }>('person-memberships'),
  statements: relationField<StatementRecord, { first: number; theme?: string | null }>('person-statements', (args) => ({
    theme: optionalWellFormedId('theme', args.theme),
  })),
  themes: relationField<ThemeDiscussionRecord, { first: number }>('person-themes'),
  proposals: relationField<ProposalRecord, { first: number }>('proposals-by-proposer'),
  attended: relationField<AttendanceRecord, { first: number }>('attendance-by-person'),
  authorship: relationField<AuthorshipRecord, { first: number }>('authorship-by-person'),
};
