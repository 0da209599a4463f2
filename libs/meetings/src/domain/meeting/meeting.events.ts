import type { IsoDate, TimeOfDay } from '../shared/calendar';
import type { CorrectableField, Item, ItemField } from './meeting.item';
import type {
  Absence,
  Adjournment,
  Attendee,
  BodyKind,
  MeetingFormat,
  Records,
  Schedule,
} from './meeting.sitting';
import type { Recipient } from './meeting.item';

export * from './meeting.item';
export * from './meeting.sitting';

export type MeetingScheduled = {
  type: 'MeetingScheduled';
  data: {
    meetingId: string;
    bodyId: string;
    bodyKind: BodyKind;
    /** What the body keeps on the meeting's date (its regime then). Absent in events before it: see recordsOf. */
    records: Records;
    scheduledFor: Schedule;
    place: string | null;
    format: MeetingFormat | null;
  };
};

export type MeetingRescheduled = {
  type: 'MeetingRescheduled';
  data: {
    meetingId: string;
    previously: Schedule;
    scheduledFor: Schedule;
    place: string | null;
    format: MeetingFormat | null;
    /** Only when the new date falls under another regime of the body's: the meeting follows it. */
    records?: Records;
  };
};

export type MeetingCancelled = {
  type: 'MeetingCancelled';
  data: { meetingId: string; cancelledOn: IsoDate };
};

/** The whole record of the sitting; a repeat before approval replaces it, never patches it. */
export type MeetingHeld = {
  type: 'MeetingHeld';
  data: {
    meetingId: string;
    date: IsoDate;
    /** False: the source does not document the sitting (no attendance, absences, adjournments). */
    documented: boolean;
    /** Null: the source does not say. */
    startedAt: TimeOfDay | null;
    endedAt: TimeOfDay | null;
    place: string | null;
    format: MeetingFormat | null;
    /** Who presided, when the source says. */
    presidedBy: string | null;
    adjournments: Adjournment[];
    attendance: Attendee[];
    absences: Absence[];
  };
};

export type ItemRecorded = {
  type: 'ItemRecorded';
  data: { meetingId: string; bodyId: string; meetingDate: IsoDate; item: Item };
};

/** The whole item as amended, and which fields changed: a reader never merges versions. */
export type ItemAmended = {
  type: 'ItemAmended';
  data: {
    meetingId: string;
    bodyId: string;
    meetingDate: IsoDate;
    item: Item;
    changed: ItemField[];
  };
};

export type ItemRemoved = {
  type: 'ItemRemoved';
  data: { meetingId: string; meetingDate: IsoDate; itemId: string };
};

export type MinutesApproved = {
  type: 'MinutesApproved';
  data: {
    meetingId: string;
    approvedOn: IsoDate;
    approvedAt: TimeOfDay | null;
    place: string | null;
    chairId: string;
    adjusterIds: string[];
    secretaryId: string | null;
  };
};

export type NoticePosted = {
  type: 'NoticePosted';
  data: {
    meetingId: string;
    postedOn: IsoDate;
    takenDownOn: IsoDate | null;
    minutesKeptAt: string;
  };
};

/** Names the text it replaces, so both versions stay readable from this event alone. */
export type ItemCorrected = {
  type: 'ItemCorrected';
  data: {
    meetingId: string;
    itemId: string;
    field: CorrectableField;
    /** Which motion, 0-based, when the field is `motion`; otherwise null. */
    motionIndex: number | null;
    previous: string | null;
    text: string;
    why: string;
    correctedOn: IsoDate;
  };
};

export type NotesCounterSigned = {
  type: 'NotesCounterSigned';
  data: {
    meetingId: string;
    signedBy: string;
    counterSignedBy: string;
    counterSignedOn: IsoDate;
  };
};

export type NotesDelivered = {
  type: 'NotesDelivered';
  data: { meetingId: string; to: Recipient; deliveredOn: IsoDate };
};

export type MeetingEvent =
  | MeetingScheduled
  | MeetingRescheduled
  | MeetingCancelled
  | MeetingHeld
  | ItemRecorded
  | ItemAmended
  | ItemRemoved
  | MinutesApproved
  | NoticePosted
  | ItemCorrected
  | NotesCounterSigned
  | NotesDelivered;

export const meetingStream = (meetingId: string): string => `meeting-${meetingId}`;

/** The meeting whose stream this is; undefined for any other stream. */
export function meetingOfStream(stream: string): string | undefined {
  const prefix = meetingStream('');
  return stream.startsWith(prefix) ? stream.slice(prefix.length) : undefined;
}

/**
 * What happens at or to the sitting holds from its date; approval, notice and corrections from
 * their own. A reschedule holds from the new date and a cancellation from the day it was decided.
 */
export function validFromOfMeetingEvent(event: MeetingEvent): IsoDate {
  switch (event.type) {
    case 'MeetingScheduled':
    case 'MeetingRescheduled':
      return event.data.scheduledFor.date;
    case 'MeetingCancelled':
      return event.data.cancelledOn;
    case 'MeetingHeld':
      return event.data.date;
    case 'ItemRecorded':
    case 'ItemAmended':
    case 'ItemRemoved':
      return event.data.meetingDate;
    case 'MinutesApproved':
      return event.data.approvedOn;
    case 'NoticePosted':
      return event.data.postedOn;
    case 'ItemCorrected':
      return event.data.correctedOn;
    case 'NotesCounterSigned':
      return event.data.counterSignedOn;
    case 'NotesDelivered':
      return event.data.deliveredOn;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/**
 * Version 2 of the schedule, sitting and item events added what partial records need (records,
 * end time, documented, presidedBy, absent offices, motion kinds, adopted motions); version 1
 * events are read through the defaults in meeting.state.ts (normalised*), never rewritten.
 */
export const MEETING_EVENT_VERSIONS: Record<MeetingEvent['type'], number> = {
  MeetingScheduled: 2,
  MeetingRescheduled: 2,
  MeetingCancelled: 1,
  MeetingHeld: 2,
  ItemRecorded: 2,
  ItemAmended: 2,
  ItemRemoved: 1,
  MinutesApproved: 1,
  NoticePosted: 1,
  ItemCorrected: 1,
  NotesCounterSigned: 1,
  NotesDelivered: 1,
};
