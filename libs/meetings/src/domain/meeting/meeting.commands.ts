import type { IsoDate, TimeOfDay } from '../shared/calendar';
import type {
  Attendee,
  BodyKind,
  CorrectableField,
  DecisionForm,
  ItemKind,
  MeetingFormat,
  Motion,
  Proposal,
  Reservation,
  Votes,
} from './meeting.events';

/**
 * What decide needs to know about the body, loaded by the handler from the structure context
 * (the organisation's or group's own stream, which never lags) so that decide stays pure. A body
 * exists on a day from `formedOn` up to, not including, `dissolvedOn`.
 */
export type BodyFacts =
  | { exists: false }
  | {
      exists: true;
      bodyId: string;
      kind: BodyKind;
      formedOn: IsoDate;
      dissolvedOn: IsoDate | null;
    };

/**
 * Another meeting of the same body that already uses an item's number in that year, found by
 * the handler in the item-number read model (excluding this meeting, whose items the decider
 * checks itself). Null when the number is free or the item has none.
 */
export interface NumberHolder {
  meetingId: string;
  itemId: string;
}

export interface ScheduleInput {
  date: IsoDate;
  time?: TimeOfDay | null;
}

export type ScheduleMeeting = {
  type: 'ScheduleMeeting';
  data: {
    meetingId: string;
    bodyId: string;
    body: BodyFacts;
    scheduledFor: ScheduleInput;
    place?: string | null;
    format: MeetingFormat;
  };
};

/** Place and format left out stay as they were; the body facts are for the new date. */
export type RescheduleMeeting = {
  type: 'RescheduleMeeting';
  data: {
    meetingId: string;
    body: BodyFacts;
    scheduledFor: ScheduleInput;
    place?: string | null;
    format?: MeetingFormat;
  };
};

export type CancelMeeting = {
  type: 'CancelMeeting';
  data: { meetingId: string; cancelledOn: IsoDate };
};

export type AttendeeInput = Pick<Attendee, 'personId' | 'capacity'> &
  Partial<Omit<Attendee, 'personId' | 'capacity'>>;

export interface AbsenceInput {
  personId: string;
  organisationId?: string | null;
  party?: string | null;
  reason?: string | null;
}

/** Held on the scheduled date: a meeting that moved is rescheduled first. */
export type RecordHeld = {
  type: 'RecordHeld';
  data: {
    meetingId: string;
    startedAt: TimeOfDay;
    endedAt: TimeOfDay;
    /** Left out: where it was scheduled. */
    place?: string | null;
    format?: MeetingFormat;
    adjournments?: { from: TimeOfDay; to: TimeOfDay }[];
    attendance: AttendeeInput[];
    absences?: AbsenceInput[];
    /**
     * Of the people listed (present, absent, served for), those the handler found registered
     * in the structure context, each in their own stream.
     */
    registered: string[];
  };
};

export interface DecisionInput {
  text: string;
  form?: DecisionForm;
  votes?: Votes | null;
  reservations?: (Pick<Reservation, 'personId'> & Partial<Reservation>)[];
}

export interface ItemInput {
  number?: number | null;
  /** Left out with a number: the meeting's year. */
  year?: number | null;
  /** Left out: after the last item. */
  position?: number;
  caseNumber?: string | null;
  title: string;
  kind: ItemKind;
  presentedBy?: string[];
  background?: string | null;
  proposal?: (Pick<Proposal, 'text'> & Partial<Proposal>) | null;
  motions?: (Pick<Motion, 'personId' | 'text'> & Partial<Motion>)[];
  decision?: DecisionInput | null;
  basisDocuments?: { title: string; reference?: string | null }[];
  recipients?: { name: string; organisationId?: string | null }[];
  notes?: string | null;
}

export type RecordItem = {
  type: 'RecordItem';
  data: ItemInput & {
    meetingId: string;
    itemId: string;
    /** Must be looked up whenever the item has a number; see NumberHolder. */
    numberTakenBy: NumberHolder | null;
  };
};

/** Fields left out keep their value; null clears an optional one. */
export type AmendItem = {
  type: 'AmendItem';
  data: {
    meetingId: string;
    itemId: string;
    changes: Partial<ItemInput>;
    /** Consulted only when the amendment gives the item another number or year. */
    numberTakenBy: NumberHolder | null;
  };
};

/** Before approval only: a point struck from the agenda, or recorded by mistake. */
export type RemoveItem = {
  type: 'RemoveItem';
  data: { meetingId: string; itemId: string };
};

export type ApproveMinutes = {
  type: 'ApproveMinutes';
  data: {
    meetingId: string;
    approvedOn: IsoDate;
    approvedAt?: TimeOfDay | null;
    place?: string | null;
    chairId: string;
    adjusterIds: string[];
    secretaryId?: string | null;
  };
};

export type PostNotice = {
  type: 'PostNotice';
  data: {
    meetingId: string;
    postedOn: IsoDate;
    takenDownOn?: IsoDate | null;
    minutesKeptAt: string;
  };
};

export type CorrectItem = {
  type: 'CorrectItem';
  data: {
    meetingId: string;
    itemId: string;
    field: CorrectableField;
    /** 0-based, for field `motion` only. */
    motionIndex?: number | null;
    text: string;
    why: string;
    correctedOn: IsoDate;
  };
};

export type MeetingCommand =
  | ScheduleMeeting
  | RescheduleMeeting
  | CancelMeeting
  | RecordHeld
  | RecordItem
  | AmendItem
  | RemoveItem
  | ApproveMinutes
  | PostNotice
  | CorrectItem;
