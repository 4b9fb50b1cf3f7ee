import type {
  PersonAttendedArgs,
  PersonAuthorshipArgs,
  PersonOrganizationsArgs,
  PersonPositionsArgs,
  PersonProposalsArgs,
  PersonResolvers,
  PersonStatementsArgs,
  PersonThemesArgs,
} from '../generated/resolvers-types.ts';
import type {
  AttendanceRecord,
  AuthorshipRecord,
  MembershipRecord,
  PositionRecord,
  ProposalRecord,
  StatementRecord,
  ThemeDiscussionRecord,
} from '../records.ts';
import { optionalWellFormedId, reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Person: its relations, each one batched query per request. */
export const personResolvers: PersonResolvers = {
  ...entityFields,
  organizations: relationField<MembershipRecord, PersonOrganizationsArgs>('person-memberships'),
  positions: relationField<PositionRecord, PersonPositionsArgs>('person-positions'),
  statements: relationField<StatementRecord, PersonStatementsArgs>('person-statements', (args) => ({
    theme: optionalWellFormedId('theme', args.theme),
    ...reportScope(args),
  })),
  themes: relationField<ThemeDiscussionRecord, PersonThemesArgs>('person-themes'),
  proposals: relationField<ProposalRecord, PersonProposalsArgs>('proposals-by-proposer'),
  attended: relationField<AttendanceRecord, PersonAttendedArgs>('attendance-by-person'),
  authorship: relationField<AuthorshipRecord, PersonAuthorshipArgs>('authorship-by-person'),
};
