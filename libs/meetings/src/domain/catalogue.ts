import { ASSIGNMENT_EVENT_VERSIONS, type AssignmentEvent } from './assignment/assignment.events';
import { MEETING_EVENT_VERSIONS, type MeetingEvent } from './meeting/meeting.events';
import {
  ITEM_NUMBERS_EVENT_VERSIONS,
  type ItemNumbersEvent,
} from './numbering/item-numbers.decider';

/** Every event of the meetings context; type names are unique across its aggregates. */
export type MeetingsEvent = MeetingEvent | AssignmentEvent | ItemNumbersEvent;

/** The schema version each event type is written with now; upcasters read the older ones. */
export const MEETINGS_EVENT_VERSIONS: Record<MeetingsEvent['type'], number> = {
  ...MEETING_EVENT_VERSIONS,
  ...ASSIGNMENT_EVENT_VERSIONS,
  ...ITEM_NUMBERS_EVENT_VERSIONS,
};
