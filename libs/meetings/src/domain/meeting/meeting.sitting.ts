import type { IsoDate, TimeOfDay } from '../shared/calendar';

export { RECORDS, type Records } from '@app/kernel';

/** What can hold a meeting: a group of a model, a board, a (joint) working committee, ... */
export const BODY_KINDS = [
  'group',
  'board',
  'working-committee',
  'joint-working-committee',
  'preparatory-committee',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const MEETING_FORMATS = ['in-person', 'remote', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** In what capacity someone is in the room: minutes list decision makers apart from the rest. */
export const CAPACITIES = [
  'decision-maker',
  'serving-deputy',
  'deputy',
  'official',
  'secretary',
  'guest',
] as const;
export type Capacity = (typeof CAPACITIES)[number];

/** An office in the body that the minutes print beside a name ("Mikael Persson (L), ordförande"). */
export const OFFICES = ['chair', 'vice-chair', 'second-vice-chair'] as const;
export type Office = (typeof OFFICES)[number];

/** When a meeting is booked: its date, and its start and end when the booking gives them. */
export interface Schedule {
  date: IsoDate;
  time: TimeOfDay | null;
  endTime: TimeOfDay | null;
}

export interface Adjournment {
  from: TimeOfDay;
  to: TimeOfDay;
}

/** People are referenced by id only: their names are personal data, kept outside the events. */
export interface Attendee {
  personId: string;
  /** The board, administration or party organisation they sit for; null when the minutes do not say. */
  organisationId: string | null;
  party: string | null;
  capacity: Capacity;
  office: Office | null;
  /** What the minutes print after the name: "förvaltningschef", "statistiker". */
  title: string | null;
  /** For a serving deputy: the member they serve for. */
  servingFor: string | null;
  remote: boolean;
  /** "från och med klockan 09.14": null when present from the start. */
  arrivingAt: TimeOfDay | null;
  /** "till och med klockan 09.45": null when present to the end. */
  leavingAt: TimeOfDay | null;
}

export interface Absence {
  personId: string;
  organisationId: string | null;
  party: string | null;
  /** The office the absent person holds in the body: an absent chair is why someone else presided. */
  office: Office | null;
  reason: string | null;
}
