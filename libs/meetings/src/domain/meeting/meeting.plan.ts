import { DomainError } from '@app/kernel';
import { duplicatesOf, listOf } from '../shared/guards';
import type { ScheduleMeeting } from './meeting.commands';

const P = 'MEETING';

/** One booked date of a body's yearly meeting plan (sammanträdesplan). */
export type PlannedMeeting = Pick<ScheduleMeeting['data'], 'scheduledFor' | 'place' | 'format'>;

export const MAX_PLANNED_MEETINGS = 60;

/**
 * A meeting plan books several meetings of one body at once; each is then scheduled as any
 * meeting is (the body exists on its date, its times in order). A plan names a day once.
 */
export function checkPlan(meetings: unknown): PlannedMeeting[] {
  const planned = listOf<PlannedMeeting>(P, 'meetings', meetings);
  if (planned.length === 0 || planned.length > MAX_PLANNED_MEETINGS) {
    throw new DomainError(
      `${P}.PLAN_SIZE`,
      `A meeting plan books 1 to ${MAX_PLANNED_MEETINGS} meetings`,
      'invalid',
      { meetings: planned.length },
    );
  }
  const twice = duplicatesOf(planned.map((meeting) => String(meeting?.scheduledFor?.date)));
  if (twice.length > 0) {
    throw new DomainError(`${P}.PLAN_DATE_TWICE`, 'A meeting plan books each day once', 'invalid', {
      dates: twice,
    });
  }
  return planned;
}
