import type { MinutesAttendee, MinutesView, PersonRef } from '@app/meetings';

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
