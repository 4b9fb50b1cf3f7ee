import type { PersonResolvers } from '../generated/resolvers-types.ts';
import type {
  AttendanceRecord,
  AuthorshipRecord,
  MembershipRecord,
  PositionRecord,
  ProposalRecord,
  StatementRecord,
  ThemeDiscussionRecord,
} from '../records.ts';
import { optionalWellFormedId, type ReportScopeArgs, reportScope } from '../validate-args.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Person: its relations, each one batched query per request. */
export const personResolvers: PersonResolvers = {
  ...entityFields,
  organizations: relationField<MembershipRecord, { first: number }>('person-memberships'),
  positions: relationField<PositionRecord, { first: number }>('person-positions'),
  statements: relationField<StatementRecord, { first: number; theme?: string | null } & ReportScopeArgs>('person-statements', (args) => ({
    theme: optionalWellFormedId('theme', args.theme),
    ...reportScope(args),
  })),
  themes: relationField<ThemeDiscussionRecord, { first: number }>('person-themes'),
  proposals: relationField<ProposalRecord, { first: number }>('proposals-by-proposer'),
  attended: relationField<AttendanceRecord, { first: number }>('attendance-by-person'),
  authorship: relationField<AuthorshipRecord, { first: number }>('authorship-by-person'),
};
