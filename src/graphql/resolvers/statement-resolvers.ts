import type { StatementMentionsEntitiesArgs, StatementResolvers, StatementThemesArgs } from '../generated/resolvers-types.ts';
import type { EventRecord, MentionRecord, PersonRecord, ThemeLinkRecord } from '../records.ts';
import { entityFields, ownEvidence, relationField, singleRelationField } from './relation-field.ts';

/** Resolvers of Statement. */
export const statementResolvers: StatementResolvers = {
  ...entityFields,
  text: (statement) => statement.name,
  evidence: (statement) => ownEvidence(statement),
  speaker: singleRelationField<PersonRecord>('statement-speakers'),
  themes: relationField<ThemeLinkRecord, StatementThemesArgs>('theme-links'),
  mentionsEntities: relationField<MentionRecord, StatementMentionsEntitiesArgs>('statement-mentions'),
  event: singleRelationField<EventRecord>('statement-events'),
};
