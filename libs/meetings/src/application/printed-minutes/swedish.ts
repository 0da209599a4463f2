import type { MinutesAttendee, MinutesItem, MinutesView, PersonRef } from '@app/meetings';

/** How Swedish minutes print times and the people in the room. */

/** "09:14" → "09.14", as minutes write the time of day. */
export const clock = (time: string): string => time.replace(':', '.');

const OFFICES: Record<string, string> = {
  chair: 'ordförande',
  'vice-chair': 'vice ordförande',
  'second-vice-chair': 'andre vice ordförande',
};

/** "Antonella Pirrone (KD)": a politician with their party, an official without. */
export const withParty = (person: PersonRef, party: string | null): string =>
  party === null ? person.name : `${person.name} (${party})`;

/** "Lena Poolsaar (M), från och med klockan 09.14, deltog på distans". */
export function attendeeLine(attendee: MinutesAttendee): string {
  return [
    withParty(attendee, attendee.party),
    attendee.office === null ? null : OFFICES[attendee.office],
    attendee.title,
    attendee.servingFor === null ? null : `tjänstgörande ersättare för ${attendee.servingFor.name}`,
    attendee.arrivingAt === null ? null : `från och med klockan ${clock(attendee.arrivingAt)}`,
    attendee.leavingAt === null ? null : `till och med klockan ${clock(attendee.leavingAt)}`,
    attendee.remote ? 'deltog på distans' : null,
  ]
    .filter((part) => part !== null && part !== undefined)
    .join(', ');
}

/** "§§ 41-48" (or "§ 41" for one): the range of numbered paragraphs, as the front page prints it. */
export function paragraphRange(minutes: MinutesView): string | null {
  const numbers = minutes.items
    .map((item) => item.ordinal)
    .filter((number): number is number => number !== null);
  if (numbers.length === 0) return null;
  const [first, last] = [Math.min(...numbers), Math.max(...numbers)];
  return first === last ? `§ ${first}` : `§§ ${first}-${last}`;
}

export const BODY_UNKNOWN = 'Okänt organ';

/** What the document prints where the source says nothing: never an invented value. */
export const NOT_IN_SOURCE = 'uppgift saknas i källan';

const MOTION_VERBS: Record<MotionView['kind'], string> = {
  motion: 'yrkar',
  additional: 'yrkar tillägg:',
  amendment: 'yrkar ändring:',
  rejection: 'yrkar avslag:',
  'referral-back': 'yrkar återremiss:',
};

type MotionView = MinutesItem['motions'][number];

/** "Antonella Pirrone (KD) yrkar ...", "S yrkar avslag: ...", "Det yrkas ..." (no mover named). */
export function motionLine(motion: MotionView): string {
  const verb = MOTION_VERBS[motion.kind];
  const mover = motion.by !== null ? withParty(motion.by, motion.party) : (motion.party ?? null);
  const line =
    mover === null
      ? `Det ${verb.replace('yrkar', 'yrkas')} ${motion.text}`
      : `${mover} ${verb} ${motion.text}`;
  return motion.adopted ? `${line} (bifallet)` : line;
}

export const OFFICE_NAMES = OFFICES;
