import { certainlyBefore, certainlyNotAfter, DomainError } from '@app/kernel';
import type { IsoDate } from '../shared/calendar';
import type { BodyFacts } from './meeting.commands';
import type { BodyKind, Records } from './meeting.events';
import type { Meeting, MeetingState } from './meeting.state';

export type OpenMeeting = Meeting & { status: 'scheduled' | 'held' };
export type HeldMeeting = OpenMeeting & { held: NonNullable<Meeting['held']> };

export function existing(
  state: MeetingState,
  meetingId: string,
): Exclude<MeetingState, { status: 'none' }> {
  if (state.status === 'none') {
    throw new DomainError('MEETING.NOT_FOUND', 'No such meeting', 'not-found', { meetingId });
  }
  return state;
}

/** Nothing is recorded on a cancelled meeting: it never took place. */
export function open(state: MeetingState, meetingId: string): OpenMeeting {
  const meeting = existing(state, meetingId);
  if (meeting.status === 'cancelled') {
    throw new DomainError(
      'MEETING.CANCELLED',
      `The meeting was cancelled on ${meeting.cancelledOn}`,
      'conflict',
      { cancelledOn: meeting.cancelledOn },
    );
  }
  return meeting;
}

/**
 * Approved minutes and counter-signed notes are the record: from then on only corrections
 * change them.
 */
export function editable(state: MeetingState, meetingId: string): OpenMeeting {
  const meeting = open(state, meetingId);
  if (meeting.counterSigning) {
    throw new DomainError(
      'NOTES.ALREADY_COUNTER_SIGNED',
      `The notes were counter-signed on ${meeting.counterSigning.counterSignedOn}; correct an item instead`,
      'conflict',
      { counterSignedOn: meeting.counterSigning.counterSignedOn },
    );
  }
  if (meeting.approval) {
    throw new DomainError(
      'MINUTES.ALREADY_APPROVED',
      `The minutes were approved on ${meeting.approval.approvedOn}; correct an item instead`,
      'conflict',
      { approvedOn: meeting.approval.approvedOn },
    );
  }
  return meeting;
}

export function held(meeting: OpenMeeting, code: string, what: string): HeldMeeting {
  if (!meeting.held) {
    throw new DomainError(
      code,
      `${what} needs the meeting to be recorded as held first`,
      'conflict',
    );
  }
  return meeting as HeldMeeting;
}

export function notHeld(meeting: OpenMeeting): void {
  if (meeting.status === 'held') {
    throw new DomainError(
      'MEETING.ALREADY_HELD',
      `The meeting was held on ${meeting.scheduledFor.date}`,
      'conflict',
      { heldOn: meeting.scheduledFor.date },
    );
  }
}

/**
 * A meeting needs a body that exists on its date. The handler loads the facts; facts about
 * another body than the one named are treated as not found, so a wiring slip cannot pass.
 */
export function activeBody(
  bodyId: string,
  body: BodyFacts | null | undefined,
  date: IsoDate,
): BodyKind {
  if (!body || !body.exists || body.bodyId !== bodyId) {
    throw new DomainError('MEETING.BODY_NOT_FOUND', 'No such body', 'invalid', { bodyId });
  }
  // A body formed "2020" or dissolved "2022" is refused only when certainly not there that day.
  if (
    certainlyBefore(date, body.formedOn) ||
    (body.dissolvedOn !== null && certainlyNotAfter(body.dissolvedOn, date))
  ) {
    throw new DomainError(
      'MEETING.BODY_NOT_ACTIVE',
      `The body does not exist on ${date}`,
      'conflict',
      { bodyId, date, formedOn: body.formedOn, dissolvedOn: body.dissolvedOn },
    );
  }
  return body.kind;
}

/**
 * The regime in force on a meeting's date: the last that began on or before it. A date as
 * coarse as its source (`2021`, `2021-06`) begins at its earliest day here, as text compares.
 * Before the first (a meeting on the day a body is formed): the first.
 */
export function recordsOn(body: Extract<BodyFacts, { exists: true }>, date: IsoDate): Records {
  let records = body.regimes[0].records;
  for (const regime of body.regimes) if (regime.from <= date) records = regime.records;
  return records;
}

/** Approval, notice and the appeal period are for minutes; notes are counter-signed instead. */
export function keepsMinutes(meeting: Meeting, what: string): void {
  if (meeting.records !== 'minutes') {
    throw new DomainError(
      'MEETING.KEEPS_NOTES',
      `${what} is for minutes; this body keeps notes, which are counter-signed`,
      'conflict',
      { records: meeting.records },
    );
  }
}

export function keepsNotes(meeting: Meeting, what: string): void {
  if (meeting.records !== 'notes') {
    throw new DomainError(
      'MEETING.KEEPS_MINUTES',
      `${what} is for notes; this body keeps minutes, which are approved`,
      'conflict',
      { records: meeting.records },
    );
  }
}

export function requireItem(meeting: Meeting, itemId: string) {
  const item = meeting.items[itemId];
  if (!item) {
    throw new DomainError('ITEM.NOT_FOUND', 'No such item in this meeting', 'not-found', {
      itemId,
    });
  }
  return item;
}
