import type { RecordsRegime } from '@app/kernel';
import type { IsoDate, TimeOfDay } from '../shared/calendar';
import type { OrganisationFacts } from '../shared/references';
import type {
  Attendee,
  BodyKind,
  CorrectableField,
  DecisionForm,
  ItemKind,
  MeetingFormat,
  Motion,
  Office,
  Recipient,
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
      /**
       * What the body keeps (minutes or notes) from each date on, in date order: a meeting
       * follows the regime in force on its own date (recordsOn), not the body's latest.
       */
      regimes: RecordsRegime[];
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
  endTime?: TimeOfDay | null;
}

export type ScheduleMeeting = {
  type: 'ScheduleMeeting';
  data: {
    meetingId: string;
    bodyId: string;
    body: BodyFacts;
    scheduledFor: ScheduleInput;
    place?: string | null;
    /** Left out or null: not known (an old booking that does not say). */
    format?: MeetingFormat | null;
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
    format?: MeetingFormat | null;
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
  office?: Office | null;
  reason?: string | null;
}

/** Held on the scheduled date: a meeting that moved is rescheduled first. */
export type RecordHeld = {
  type: 'RecordHeld';
  data: {
    meetingId: string;
    /**
     * False: the source records that the meeting was held (and its items and decisions) but not
     * the sitting; nobody is listed as present or absent, and reads say so. Default true.
     */
    documented?: boolean;
    /** Left out or null: the source does not say. */
    startedAt?: TimeOfDay | null;
    endedAt?: TimeOfDay | null;
    /** Left out: where it was scheduled. */
    place?: string | null;
    format?: MeetingFormat | null;
    /** Who presided (an attendee): the chair, or whoever stood in for an absent one. */
    presidedBy?: string | null;
    adjournments?: { from: TimeOfDay; to: TimeOfDay }[];
    attendance?: AttendeeInput[];
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
  adoptedMotions?: number[];
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
  motions?: (Pick<Motion, 'text'> & Partial<Motion>)[];
  decision?: DecisionInput | null;
  basisDocuments?: { title: string; reference?: string | null }[];
  recipients?: { name: string; organisationId?: string | null }[];
  notes?: string | null;
}

/**
 * What the handler found about the people and organisations an item (or an amendment) names,
 * each in its own stream in the structure context.
 */
export interface ItemFacts {
  /** Of the people named (presenters, movers, reservers), those registered. */
  registered: string[];
  /** The recipient organisations named that exist; one missing here: none such. */
  organisations: OrganisationFacts[];
}

export type RecordItem = {
  type: 'RecordItem';
  data: ItemInput & {
    meetingId: string;
    itemId: string;
    /** Must be looked up whenever the item has a number; see NumberHolder. */
    numberTakenBy: NumberHolder | null;
    facts: ItemFacts;
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
    /** About the people and organisations the changes name. */
    facts: ItemFacts;
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

/**
 * Notes are signed by the chair and counter-signed (kontrasignerade) by another member on a date;
 * they then stand as the record, as approved minutes do.
 */
export type CounterSignNotes = {
  type: 'CounterSignNotes';
  data: {
    meetingId: string;
    signedBy: string;
    counterSignedBy: string;
    counterSignedOn: IsoDate;
    /** Of the two signers, those the handler found registered in the structure context. */
    registered: string[];
  };
};

/** "Delges kommunstyrelsen": the notes are delivered to another body for its information. */
export type DeliverNotes = {
  type: 'DeliverNotes';
  data: {
    meetingId: string;
    to: Pick<Recipient, 'name'> & Partial<Recipient>;
    deliveredOn: IsoDate;
    /** The dates of the organisation named, as the handler found them; null: none such, or none named. */
    recipient: OrganisationFacts | null;
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
  | CorrectItem
  | CounterSignNotes
  | DeliverNotes;
