import type { IsoDate, TimeOfDay } from '../shared/calendar';
import type { CorrectableField, Item, ItemField } from './meeting.item';
import type {
  Absence,
  Adjournment,
  Attendee,
  BodyKind,
  MeetingFormat,
  Schedule,
} from './meeting.sitting';

export * from './meeting.item';
export * from './meeting.sitting';

export type MeetingScheduled = {
  type: 'MeetingScheduled';
  data: {
    meetingId: string;
    bodyId: string;
    bodyKind: BodyKind;
    scheduledFor: Schedule;
    place: string | null;
    format: MeetingFormat;
  };
};

export type MeetingRescheduled = {
  type: 'MeetingRescheduled';
  data: {
    meetingId: string;
    previously: Schedule;
    scheduledFor: Schedule;
    place: string | null;
    format: MeetingFormat;
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
    startedAt: TimeOfDay;
    endedAt: TimeOfDay;
    place: string | null;
    format: MeetingFormat;
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
  | ItemCorrected;

export const meetingStream = (meetingId: string): string => `meeting-${meetingId}`;

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
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const MEETING_EVENT_VERSIONS: Record<MeetingEvent['type'], number> = {
  MeetingScheduled: 1,
  MeetingRescheduled: 1,
  MeetingCancelled: 1,
  MeetingHeld: 1,
  ItemRecorded: 1,
  ItemAmended: 1,
  ItemRemoved: 1,
  MinutesApproved: 1,
  NoticePosted: 1,
  ItemCorrected: 1,
};
