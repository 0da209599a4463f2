import { DomainError } from '@app/kernel';
import { optionalTime, requireDate, requireOneOf } from '../shared/guards';
import type { ScheduleInput } from './meeting.commands';
import { MEETING_FORMATS, type MeetingFormat, type Schedule } from './meeting.events';

const P = 'MEETING';

/**
 * A booking's start is optional, and so is its end once it has a start: a booking with an end
 * and no start says nothing a plan or a calendar can use ("until 15.00" from when?), so it is
 * a mistake to refuse, not a record to keep. Given both, it ends after it starts.
 */
export function scheduleOf(input: ScheduleInput | undefined): Schedule {
  const schedule = {
    date: requireDate(P, 'scheduledFor', input?.date),
    time: optionalTime(P, 'scheduledFor', input?.time),
    endTime: optionalTime(P, 'scheduledFor', input?.endTime),
  };
  if (schedule.endTime !== null && schedule.time === null) {
    throw new DomainError(`${P}.END_WITHOUT_START`, 'An end needs its start', 'invalid', {
      endTime: schedule.endTime,
    });
  }
  if (schedule.endTime !== null && schedule.time !== null && schedule.endTime <= schedule.time) {
    throw new DomainError(`${P}.END_BEFORE_START`, 'A meeting ends after it starts', 'invalid', {
      time: schedule.time,
      endTime: schedule.endTime,
    });
  }
  return schedule;
}

/** Null when unknown: an old booking or record that does not say how the meeting met. */
export function formatOf(format: unknown): MeetingFormat | null {
  return format === undefined || format === null
    ? null
    : requireOneOf(P, 'format', MEETING_FORMATS, format);
}
