import { DomainError } from '@app/kernel';
import type { TimeOfDay } from '../shared/calendar';
import {
  duplicatesOf,
  listOf,
  optionalText,
  optionalTime,
  requireOneOf,
  requireText,
  requireTime,
} from '../shared/guards';
import { requireRegistered } from '../shared/references';
import type { AbsenceInput, AttendeeInput, RecordHeld } from './meeting.commands';
import {
  CAPACITIES,
  OFFICES,
  type Absence,
  type Adjournment,
  type Attendee,
  type MeetingHeld,
  type Office,
} from './meeting.events';
import { formatOf } from './meeting.format';
import type { OpenMeeting } from './meeting.rules';

const P = 'MEETING';

/**
 * The sitting as the record gives it; times must tell one coherent story of the day. Times the
 * source does not give stay null, and a sitting the source does not document at all lists nobody.
 */
export function decideHeld(command: RecordHeld, meeting: OpenMeeting): MeetingHeld {
  const data = command.data;
  const documented = data.documented !== false;
  const startedAt = optionalTime(P, 'startedAt', data.startedAt);
  const endedAt = optionalTime(P, 'endedAt', data.endedAt);
  if (startedAt !== null && endedAt !== null && endedAt <= startedAt) {
    throw new DomainError(`${P}.END_BEFORE_START`, 'A meeting ends after it starts', 'invalid', {
      startedAt,
      endedAt,
    });
  }
  const span = { startedAt, endedAt };
  const attendance = listOf<AttendeeInput>(P, 'attendance', data.attendance).map((input) =>
    attendee(input, span),
  );
  const absences = listOf<AbsenceInput>(P, 'absences', data.absences).map(absence);
  const adjourned = adjournments(data.adjournments, span);
  const presidedBy = optionalText(data.presidedBy);
  if (!documented) {
    if (attendance.length + absences.length + adjourned.length > 0 || presidedBy !== null) {
      throw new DomainError(
        `${P}.SITTING_NOT_DOCUMENTED`,
        'A sitting the source does not document lists no attendance, absences, adjournments or presiding',
        'invalid',
      );
    }
  } else if (attendance.length === 0) {
    throw new DomainError(
      `${P}.ATTENDANCE_EMPTY`,
      'A held meeting has someone present; if the source does not say who, record it with documented: false',
      'invalid',
    );
  }
  const twice = duplicatesOf([...attendance, ...absences].map((person) => person.personId));
  if (twice.length > 0) {
    throw new DomainError(
      `${P}.PERSON_LISTED_TWICE`,
      'Each person is listed once, as present or as absent',
      'invalid',
      { personIds: twice },
    );
  }
  if (presidedBy !== null && !attendance.some((a) => a.personId === presidedBy)) {
    throw new DomainError(
      `${P}.PRESIDING_NOT_PRESENT`,
      'Whoever presided attended the meeting',
      'invalid',
      { personId: presidedBy },
    );
  }
  // Everyone listed, and whom a deputy serves for, is registered in the structure context.
  const listed = [
    ...attendance.flatMap((a) => (a.servingFor ? [a.personId, a.servingFor] : [a.personId])),
    ...absences.map((a) => a.personId),
  ];
  requireRegistered(P, listed, data.registered);
  const offices = duplicatesOf(
    [...attendance, ...absences].flatMap((a) => (a.office ? [a.office] : [])),
  );
  if (offices.length > 0) {
    throw new DomainError(`${P}.OFFICE_TWICE`, 'Each office is held by one person', 'invalid', {
      offices,
    });
  }
  return {
    type: 'MeetingHeld',
    data: {
      meetingId: meeting.meetingId,
      date: meeting.scheduledFor.date,
      documented,
      startedAt,
      endedAt,
      place: data.place === undefined ? meeting.place : optionalText(data.place),
      format: data.format === undefined ? meeting.format : formatOf(data.format),
      presidedBy,
      adjournments: adjourned,
      attendance,
      absences,
    },
  };
}

/** The meeting's known bounds: an unknown start or end checks nothing on its side. */
interface Span {
  startedAt: TimeOfDay | null;
  endedAt: TimeOfDay | null;
}

const before = (a: TimeOfDay, b: TimeOfDay | null) => b !== null && a < b;
const after = (a: TimeOfDay, b: TimeOfDay | null) => b !== null && a > b;
const bounds = ({ startedAt, endedAt }: Span) => `${startedAt ?? '?'}-${endedAt ?? '?'}`;

function adjournments(input: unknown, span: Span): Adjournment[] {
  const { startedAt, endedAt } = span;
  const list = listOf<Adjournment>(P, 'adjournments', input)
    .map((a) => ({ from: requireTime(P, 'from', a.from), to: requireTime(P, 'to', a.to) }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  list.forEach((adjournment, index) => {
    if (adjournment.to <= adjournment.from) {
      throw new DomainError(
        `${P}.ADJOURNMENT_REVERSED`,
        'An adjournment ends after it starts',
        'invalid',
        { ...adjournment },
      );
    }
    if (before(adjournment.from, startedAt) || after(adjournment.to, endedAt)) {
      throw new DomainError(
        `${P}.ADJOURNMENT_OUTSIDE`,
        `An adjournment falls within the meeting, ${bounds(span)}`,
        'invalid',
        { ...adjournment, startedAt, endedAt },
      );
    }
    const previous = list[index - 1];
    if (previous && adjournment.from < previous.to) {
      throw new DomainError(`${P}.ADJOURNMENTS_OVERLAP`, 'Adjournments do not overlap', 'invalid', {
        first: previous,
        second: adjournment,
      });
    }
  });
  return list;
}

function attendee(input: AttendeeInput, span: Span): Attendee {
  const { startedAt, endedAt } = span;
  const personId = requireText(P, 'personId', input.personId);
  const capacity = requireOneOf(P, 'capacity', CAPACITIES, input.capacity);
  const arrivingAt = optionalTime(P, 'arrivingAt', input.arrivingAt);
  const leavingAt = optionalTime(P, 'leavingAt', input.leavingAt);
  // Arriving at the very end or leaving at the very start would mean not attending at all.
  if (
    arrivingAt !== null &&
    (before(arrivingAt, startedAt) || (endedAt !== null && arrivingAt >= endedAt))
  ) {
    throw new DomainError(
      `${P}.ARRIVAL_OUTSIDE`,
      `An arrival falls within the meeting, ${bounds(span)}`,
      'invalid',
      { personId, arrivingAt, startedAt, endedAt },
    );
  }
  if (
    leavingAt !== null &&
    ((startedAt !== null && leavingAt <= startedAt) || after(leavingAt, endedAt))
  ) {
    throw new DomainError(
      `${P}.LEAVING_OUTSIDE`,
      `Leaving falls within the meeting, ${bounds(span)}`,
      'invalid',
      { personId, leavingAt, startedAt, endedAt },
    );
  }
  if (arrivingAt !== null && leavingAt !== null && leavingAt <= arrivingAt) {
    throw new DomainError(
      `${P}.LEFT_BEFORE_ARRIVING`,
      'Someone leaves after they arrive',
      'invalid',
      { personId, arrivingAt, leavingAt },
    );
  }
  const servingFor = optionalText(input.servingFor);
  if (servingFor !== null && (capacity !== 'serving-deputy' || servingFor === personId)) {
    throw new DomainError(
      `${P}.SERVING_FOR_MISMATCH`,
      'Only a serving deputy serves for someone, and never for themselves',
      'invalid',
      { personId, capacity, servingFor },
    );
  }
  return {
    personId,
    organisationId: optionalText(input.organisationId),
    party: optionalText(input.party),
    capacity,
    office: officeOf(input.office),
    title: optionalText(input.title),
    servingFor,
    remote: input.remote === true,
    arrivingAt,
    leavingAt,
  };
}

function absence(input: AbsenceInput): Absence {
  return {
    personId: requireText(P, 'personId', input.personId),
    organisationId: optionalText(input.organisationId),
    party: optionalText(input.party),
    office: officeOf(input.office),
    reason: optionalText(input.reason),
  };
}

function officeOf(office: unknown): Office | null {
  return office === undefined || office === null
    ? null
    : requireOneOf(P, 'office', OFFICES, office);
}
