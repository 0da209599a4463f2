import type { Aggregate } from '@app/event-store';
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
  type AssignmentCommand,
  type AssignmentEvent,
  type AssignmentState,
  type ItemNumbersEvent,
  type ItemNumbersState,
  type MeetingCommand,
  type MeetingEvent,
  type MeetingState,
  type NumberItem,
} from '../domain';

/** How each decider of the meetings context meets the event store. */
export const meetingAggregate: Aggregate<MeetingCommand, MeetingEvent, MeetingState> = {
  name: 'meeting',
  decider: meetingDecider,
  streamOf: meetingStream,
  validFromOf: validFromOfMeetingEvent,
  schemaVersionOf: (type) => MEETING_EVENT_VERSIONS[type],
};

export const assignmentAggregate: Aggregate<AssignmentCommand, AssignmentEvent, AssignmentState> = {
  name: 'assignment',
  decider: assignmentDecider,
  streamOf: assignmentStream,
  validFromOf: validFromOfAssignmentEvent,
  schemaVersionOf: (type) => ASSIGNMENT_EVENT_VERSIONS[type],
};

/** A body's item numbers in one year; its id is itemNumbersId(bodyId, year). */
export const itemNumbersAggregate: Aggregate<NumberItem, ItemNumbersEvent, ItemNumbersState> = {
  name: 'item-numbers',
  decider: itemNumbersDecider,
  streamOf: itemNumbersStream,
  validFromOf: validFromOfItemNumbersEvent,
  schemaVersionOf: (type) => ITEM_NUMBERS_EVENT_VERSIONS[type],
};

/** Items live in their meeting's stream; the name only keeps their derived ids apart. */
export const itemIds = (meetingId: string) => ({ name: `item:${meetingId}` });
