import type { EventAttendeesArgs, EventLocationArgs, EventResolvers, EventStatementsArgs } from '../generated/resolvers-types.ts';
import type { AttendanceRecord, RegionLinkRecord, StatementRecord } from '../records.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Event. */
export const eventResolvers: EventResolvers = {
  ...entityFields,
  location: relationField<RegionLinkRecord, EventLocationArgs>('event-location'),
  attendees: relationField<AttendanceRecord, EventAttendeesArgs>('attendance-by-event'),
  statements: relationField<StatementRecord, EventStatementsArgs>('event-statements'),
};
