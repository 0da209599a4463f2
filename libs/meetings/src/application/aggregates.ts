import { aggregateOf } from '@app/event-store';
import {
  ASSIGNMENT_EVENT_VERSIONS,
  ITEM_NUMBERS_EVENT_VERSIONS,
  MEETING_EVENT_VERSIONS,
  assignmentDecider,
  assignmentStream,
  itemNumbersDecider,
  itemNumbersStream,
  meetingDecider,
  meetingStream,
  validFromOfAssignmentEvent,
  validFromOfItemNumbersEvent,
  validFromOfMeetingEvent,
} from '../domain';

/** How each decider of the meetings context meets the event store. */
export const meetingAggregate = aggregateOf('meeting', {
  decider: meetingDecider,
  streamOf: meetingStream,
  validFromOf: validFromOfMeetingEvent,
  eventVersions: MEETING_EVENT_VERSIONS,
});

export const assignmentAggregate = aggregateOf('assignment', {
  decider: assignmentDecider,
  streamOf: assignmentStream,
  validFromOf: validFromOfAssignmentEvent,
  eventVersions: ASSIGNMENT_EVENT_VERSIONS,
});

/** A body's item numbers in one year; its id is itemNumbersId(bodyId, year). */
export const itemNumbersAggregate = aggregateOf('item-numbers', {
  decider: itemNumbersDecider,
  streamOf: itemNumbersStream,
  validFromOf: validFromOfItemNumbersEvent,
  eventVersions: ITEM_NUMBERS_EVENT_VERSIONS,
});

/** Items live in their meeting's stream; the name only keeps their derived ids apart. */
export const itemIds = (meetingId: string) => ({ name: `item:${meetingId}` });
