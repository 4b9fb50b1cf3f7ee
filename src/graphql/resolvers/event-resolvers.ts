import type { EventResolvers } from '../generated/resolvers-types.ts';
import type { AttendanceRecord, RegionLinkRecord, StatementRecord } from '../records.ts';
import { entityFields, relationField } from './relation-field.ts';

/** Resolvers of Event. */
export const eventResolvers: EventResolvers = {
  ...entityFields,
  location: relationField<RegionLinkRecord, { first: number }>('event-location'),
  attendees: relationField<AttendanceRecord, { first: number }>('attendance-by-event'),
  statements: relationField<StatementRecord, { first: number }>('event-statements'),
};
