import { DomainError, type Decider } from '@app/kernel';
import { optionalText, requireDate, requireText } from '../shared/guards';
import { yearOf } from '../shared/calendar';
import type {
  BodyFacts,
  MeetingCommand,
  RescheduleMeeting,
  ScheduleMeeting,
} from './meeting.commands';
import { decideHeld } from './meeting.held';
import { decideAmendItem, decideRecordItem, decideRemoveItem } from './meeting.items';
import { decideApproval, decideCorrection, decideNotice } from './meeting.minutes';
import { decideCounterSigning, decideDelivery } from './meeting.notes';
import type { MeetingEvent } from './meeting.events';
import { formatOf, scheduleOf } from './meeting.format';
import { activeBody, editable, recordsOn, notHeld, open, type OpenMeeting } from './meeting.rules';
import { evolveMeeting, type MeetingState } from './meeting.state';

const P = 'MEETING';

/** One stream per meeting: its schedule, the sitting, the items and the minutes' fate. */
export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: { status: 'none' },
  evolve: evolveMeeting,
  decide,
};

function decide(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  const meetingId = command.data.meetingId;
  switch (command.type) {
    case 'ScheduleMeeting':
      return [schedule(command, state)];
    case 'RescheduleMeeting':
      return [reschedule(command, editable(state, meetingId))];
    case 'CancelMeeting': {
      const meeting = open(state, meetingId);
      notHeld(meeting);
      const cancelledOn = requireDate(P, 'cancelledOn', command.data.cancelledOn);
      return [{ type: 'MeetingCancelled', data: { meetingId: meeting.meetingId, cancelledOn } }];
    }
    case 'RecordHeld':
      return [decideHeld(command, editable(state, meetingId))];
    case 'RecordItem':
      return [decideRecordItem(command, editable(state, meetingId))];
    case 'AmendItem':
      return [decideAmendItem(command, editable(state, meetingId))];
    case 'RemoveItem':
      return [decideRemoveItem(command, editable(state, meetingId))];
    case 'ApproveMinutes':
      return [decideApproval(command, editable(state, meetingId))];
    case 'PostNotice':
      return [decideNotice(command, open(state, meetingId))];
    case 'CorrectItem':
      return [decideCorrection(command, open(state, meetingId))];
    case 'CounterSignNotes':
      return [decideCounterSigning(command, editable(state, meetingId))];
    case 'DeliverNotes':
      return [decideDelivery(command, open(state, meetingId))];
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function schedule(command: ScheduleMeeting, state: MeetingState): MeetingEvent {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(
      `${P}.ALREADY_SCHEDULED`,
      'The meeting is already scheduled',
      'conflict',
      {
        meetingId: state.meetingId,
      },
    );
  }
  const meetingId = requireText(P, 'meetingId', data.meetingId);
  const bodyId = requireText(P, 'bodyId', data.bodyId);
  const scheduledFor = scheduleOf(data.scheduledFor);
  const bodyKind = activeBody(bodyId, data.body, scheduledFor.date);
  return {
    type: 'MeetingScheduled',
    data: {
      meetingId,
      bodyId,
      bodyKind,
      records: recordsOn(data.body as Extract<BodyFacts, { exists: true }>, scheduledFor.date),
      scheduledFor,
      place: optionalText(data.place),
      format: formatOf(data.format),
    },
  };
}

function reschedule(command: RescheduleMeeting, meeting: OpenMeeting): MeetingEvent {
  const data = command.data;
  notHeld(meeting);
  const scheduledFor = scheduleOf(data.scheduledFor);
  activeBody(meeting.bodyId, data.body, scheduledFor.date);
  const records = recordsOn(data.body as Extract<BodyFacts, { exists: true }>, scheduledFor.date);
  // Items are numbered as one regime numbers them (§ per body and year, or within the meeting).
  if (records !== meeting.records && Object.keys(meeting.items).length > 0) {
    throw new DomainError(
      `${P}.RECORDS_DIFFER_ON_DATE`,
      `On ${scheduledFor.date} the body keeps ${records}, and this meeting already has items kept as ${meeting.records}`,
      'conflict',
      { date: scheduledFor.date, records, meetingRecords: meeting.records },
    );
  }
  const place = data.place === undefined ? meeting.place : optionalText(data.place);
  const format = data.format === undefined ? meeting.format : formatOf(data.format);
  const previously = meeting.scheduledFor;
  if (
    scheduledFor.date === previously.date &&
    scheduledFor.time === previously.time &&
    scheduledFor.endTime === previously.endTime &&
    place === meeting.place &&
    format === meeting.format
  ) {
    throw new DomainError(
      `${P}.RESCHEDULE_UNCHANGED`,
      'The meeting is already so scheduled',
      'invalid',
    );
  }
  // Its numbered items were checked against this year's numbers; another year would need them all again.
  const numbered = Object.values(meeting.items).some((item) => item.number !== null);
  if (numbered && yearOf(scheduledFor.date) !== yearOf(previously.date)) {
    throw new DomainError(
      `${P}.NUMBERED_ITEMS_IN_OTHER_YEAR`,
      'A meeting with numbered items stays in their year',
      'conflict',
      { from: previously.date, to: scheduledFor.date },
    );
  }
  return {
    type: 'MeetingRescheduled',
    data: {
      meetingId: meeting.meetingId,
      previously,
      scheduledFor,
      place,
      format,
      ...(records === meeting.records ? {} : { records }),
    },
  };
}
