import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import {
  itemLabel,
  itemsInOrder,
  meetingDate,
  type Attendee,
  type IsoDate,
  type Item,
  type TimeOfDay,
  type Votes,
} from '../../domain';
import { listMeetings, type StoredMeeting } from './meeting.queries';
import { bodyNamer } from './names';

/** Popolo (popoloproject.com) as its JSON schemas name the fields: snake_case, dates as text. */
export interface PopoloAttendee {
  /** The office in the body when the minutes print one (chair), else the capacity. */
  role: string;
  person_id: string;
  /** The organisation the attendee sits for, when the minutes say (Popolo's membership term). */
  on_behalf_of_id?: string;
}

export interface PopoloEvent {
  id: string;
  name: string;
  classification: 'meeting';
  status: StoredMeeting['status'];
  organization_id: string;
  /** The date, with the time (Europe/Stockholm offset) only when the record gives one. */
  start_date: string;
  end_date?: string;
  location?: string;
  /** Left out when the record does not document the sitting: nobody is made up. */
  attendees?: PopoloAttendee[];
}

export interface PopoloMotion {
  /** `<meeting id>:<item id>:<index of the motion in its item, from 0>` */
  id: string;
  organization_id: string;
  legislative_session_id: string;
  /** Left out when the minutes name only a party, or no one. */
  creator_id?: string;
  text: string;
  /** The kind of yrkande: motion, additional, amendment, rejection, referral-back. */
  classification: string;
  /** The item's number as the minutes print it (§ 42/23). */
  identifier?: string;
  /** Popolo wants a date-time: the sitting's start when recorded (the date is the session's). */
  date?: string;
  /** pass: the decision adopted it; fail: it adopted another. Left out when the record does not say. */
  result?: 'pass' | 'fail';
}

export interface PopoloCount {
  option: 'yes' | 'no' | 'abstain';
  value: number;
}

export interface PopoloVoteEvent {
  /** `<meeting id>:<item id>`: one per decided item. */
  id: string;
  organization_id: string;
  legislative_session_id: string;
  identifier?: string;
  /** The motion the decision adopted, when it adopted exactly one. */
  motion_id?: string;
  /** The decision's form: decision, or proposal-to-board. */
  classification: string;
  start_date?: string;
  /**
   * unanimous: decided without a vote being called (no counts); pass or fail by the counted
   * votes; left out on a tie (the chair's casting vote is not recorded).
   */
  result?: 'unanimous' | 'pass' | 'fail';
  counts?: PopoloCount[];
  /**
   * Our extension (Popolo has no such thing): the reservations (reservationer) entered against
   * the decision, each by a person, with their party and text where the minutes give them.
   * Left out when there are none.
   */
  reservations?: PopoloReservation[];
}

export interface PopoloReservation {
  person_id: string;
  party?: string;
  text?: string;
}

export interface PopoloMeetingsExport {
  events: PopoloEvent[];
  motions: PopoloMotion[];
  vote_events: PopoloVoteEvent[];
}

/**
 * The meetings dated on or before `asOf` as Popolo events, the motions (yrkanden) of their items
 * as motions and their decisions as vote events. Only what the record says: an undocumented
 * sitting has no attendees and no times, and nobody's vote is recorded one by one, so vote
 * events carry counts (or unanimity) and no votes. With `asKnown`, each meeting as it had been
 * recorded then (e.g. replayed from its stream by meetingAsKnownAt).
 */
export async function popoloMeetingsOf(
  database: Kysely<Database>,
  tenant: string,
  asOf: IsoDate,
  asKnown?: (meetingId: string) => Promise<StoredMeeting | undefined>,
): Promise<PopoloMeetingsExport> {
  // As once known, a meeting may have had another date: filter after the replay.
  const current = await listMeetings(database, tenant, asKnown ? {} : { to: asOf });
  const meetings = (
    asKnown ? await Promise.all(current.map((meeting) => asKnown(meeting.meetingId))) : current
  ).filter(
    (meeting): meeting is StoredMeeting => meeting !== undefined && meetingDate(meeting) <= asOf,
  );
  const bodyOf = await bodyNamer(
    database,
    tenant,
    meetings.map((meeting) => ({
      id: meeting.bodyId,
      kind: meeting.bodyKind,
      on: meetingDate(meeting),
    })),
  );
  const events = meetings.map((meeting) => {
    const date = meetingDate(meeting);
    const body = bodyOf({ id: meeting.bodyId, kind: meeting.bodyKind, on: date });
    return eventOf(meeting, `${body.name ?? meeting.bodyKind} ${date}`);
  });
  // What was moved and decided is only recorded once the meeting has sat.
  const held = meetings.filter((meeting) => meeting.status === 'held');
  return {
    events,
    motions: held.flatMap((meeting) =>
      itemsInOrder(meeting).flatMap((item) => motionsOf(meeting, item)),
    ),
    vote_events: held.flatMap((meeting) =>
      itemsInOrder(meeting).flatMap((item) => voteEventsOf(meeting, item)),
    ),
  };
}

function eventOf(meeting: StoredMeeting, name: string): PopoloEvent {
  const common = {
    id: meeting.meetingId,
    name,
    classification: 'meeting' as const,
    status: meeting.status,
    organization_id: meeting.bodyId,
  };
  const { held } = meeting;
  if (held === null) {
    // Not (yet) held: the booking's date, time and place.
    const { date, time, endTime } = meeting.scheduledFor;
    return {
      ...common,
      start_date: dateTime(date, time) ?? date,
      ...optional('end_date', dateTime(date, endTime)),
      ...optional('location', meeting.place),
    };
  }
  return {
    ...common,
    start_date: dateTime(held.date, held.startedAt) ?? held.date,
    ...optional('end_date', dateTime(held.date, held.endedAt)),
    ...optional('location', held.place),
    ...(held.documented && { attendees: held.attendance.map(attendeeOf) }),
  };
}

function attendeeOf(attendee: Attendee): PopoloAttendee {
  return {
    role: attendee.office ?? attendee.capacity,
    person_id: attendee.personId,
    ...optional('on_behalf_of_id', attendee.organisationId),
  };
}

function motionsOf(meeting: StoredMeeting, item: Item): PopoloMotion[] {
  const adopted = item.decision?.adoptedMotions ?? [];
  const start = sittingStart(meeting);
  return item.motions.map((motion, index) => ({
    id: `${meeting.meetingId}:${item.itemId}:${index}`,
    organization_id: meeting.bodyId,
    legislative_session_id: meeting.meetingId,
    ...optional('creator_id', motion.personId),
    text: motion.text,
    classification: motion.kind,
    ...optional('identifier', itemLabel(item.number, item.year)),
    ...optional('date', start),
    // Only a decision that adopted some motion says which ones failed.
    ...(adopted.length > 0 && {
      result: adopted.includes(index) ? ('pass' as const) : ('fail' as const),
    }),
  }));
}

function voteEventsOf(meeting: StoredMeeting, item: Item): PopoloVoteEvent[] {
  const { decision } = item;
  if (decision === null) return [];
  const adopted = decision.adoptedMotions;
  const result = resultOf(decision.votes);
  return [
    {
      id: `${meeting.meetingId}:${item.itemId}`,
      organization_id: meeting.bodyId,
      legislative_session_id: meeting.meetingId,
      ...optional('identifier', itemLabel(item.number, item.year)),
      ...(adopted.length === 1 && {
        motion_id: `${meeting.meetingId}:${item.itemId}:${adopted[0]}`,
      }),
      classification: decision.form,
      ...optional('start_date', sittingStart(meeting)),
      ...(result !== undefined && { result }),
      ...(decision.votes !== null && { counts: countsOf(decision.votes) }),
      ...(decision.reservations.length > 0 && {
        reservations: decision.reservations.map((reservation) => ({
          person_id: reservation.personId,
          ...optional('party', reservation.party),
          ...optional('text', reservation.text),
        })),
      }),
    },
  ];
}

function resultOf(votes: Votes | null): PopoloVoteEvent['result'] {
  if (votes === null) return 'unanimous';
  if (votes.yes === votes.no) return undefined;
  return votes.yes > votes.no ? 'pass' : 'fail';
}

function countsOf(votes: Votes): PopoloCount[] {
  return [
    { option: 'yes', value: votes.yes },
    { option: 'no', value: votes.no },
    { option: 'abstain', value: votes.abstained },
  ];
}

/** When the sitting began, as the record gives it; undefined when it does not. */
function sittingStart(meeting: StoredMeeting): string | undefined {
  return meeting.held ? dateTime(meeting.held.date, meeting.held.startedAt) : undefined;
}

/** `2023-11-06T09:00:00+01:00`: a local time in Sweden with its offset that day. */
function dateTime(date: IsoDate, time: TimeOfDay | null): string | undefined {
  if (time === null) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  // The local time read as CET (+01:00); in summer that instant is still CEST: offsets change at night.
  const instant = new Date(Date.UTC(year, month - 1, day, hour - 1, minute));
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    timeZoneName: 'longOffset',
  })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name === undefined || name === 'GMT' ? 'Z' : name.slice('GMT'.length);
  return `${date}T${time}:00${offset}`;
}

/** `{ [key]: value }` when there is a value, `{}` when it is null or undefined. */
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
