import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import {
  findGroup,
  findOrganisation,
  isCountCadence,
  today,
  type Cadence,
  type CountCadence,
} from '@app/structure';
import { meetingDate, type IsoDate } from '../../domain';
import { cadenceIntervals, cadencePeriods, periodsOverlapping } from './cadence-gaps';
import { lastHeldBefore, listMeetings } from './meeting.queries';

/** The body that meets: a group, or an organisation (a board or committee). */
export interface CadenceBodyRef {
  kind: 'group' | 'organisation';
  id: string;
}

export interface CadenceQuery {
  body: CadenceBodyRef;
  from: IsoDate;
  /** Default today; the silence after the last meeting is counted no further than today. */
  to?: IsoDate;
}

/** A body as the cadence check needs it, whatever kind of body it is. */
interface CadenceBody {
  kind: string;
  id: string;
  name: string;
  cadence: Cadence | null;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

/** The body on a day, current knowledge; undefined when there is none (or it does not meet). */
async function cadenceBody(
  database: Kysely<Database>,
  tenant: string,
  body: CadenceBodyRef,
  asOf: IsoDate,
): Promise<CadenceBody | undefined> {
  const slice = { asOf, knownAt: null };
  if (body.kind === 'group') {
    const group = await findGroup(database, tenant, body.id, slice);
    return group && { ...group, kind: 'group', startedOn: group.formedOn };
  }
  const organisation = await findOrganisation(database, tenant, body.id, slice);
  if (!organisation || organisation.records === null) return undefined;
  return {
    kind: organisation.kind,
    id: organisation.id,
    name: organisation.name,
    cadence: organisation.cadence,
    startedOn: organisation.establishedOn,
    endedOn: organisation.dissolvedOn,
  };
}

/**
 * The meetings a body (a group, a board, a committee) held in a window against its agreed
 * cadence, as the body stood at the window's end (current knowledge). Undefined when structure
 * knows no such body on that day.
 */
export async function cadenceOf(database: Kysely<Database>, tenant: string, query: CadenceQuery) {
  const now = today();
  const to = query.to ?? now;
  const group = await cadenceBody(database, tenant, query.body, earliest(to, now));
  if (!group) return undefined;
  const meetings = await listMeetings(database, tenant, {
    bodyId: group.id,
    from: query.from,
    to,
    status: 'held',
  });
  const held = meetings.map((meeting) => meeting.held!.date);
  const before = await lastHeldBefore(database, tenant, group.id, query.from);
  const end = [to, now, group.endedOn].reduce<IsoDate>(
    (a, b) => (b === null ? a : earliest(a, b)),
    to,
  );
  const start = before ?? (group.startedOn > query.from ? group.startedOn : query.from);
  const cadence = group.cadence;
  const intervals =
    cadence && !isCountCadence(cadence)
      ? cadenceIntervals({ held, start, end, ...cadence })
      : { gaps: [], short: [] };
  const periods =
    cadence && isCountCadence(cadence)
      ? await countedPeriods(database, tenant, group.id, cadence, { from: query.from, to })
      : [];
  const named = { id: group.id, name: group.name, cadence: group.cadence };
  return {
    body: { kind: group.kind, ...named },
    // Kept for groups, whose answer named it so before any other body had a cadence.
    ...(query.body.kind === 'group' ? { group: named } : {}),
    from: query.from,
    to,
    countedFrom: start,
    countedTo: end,
    meetings: meetings.map((meeting) => ({ id: meeting.meetingId, date: meeting.held!.date })),
    gaps: intervals.gaps,
    shortIntervals: intervals.short,
    /** A count cadence: each term or year overlapping the window, held and booked against it. */
    periods,
  };
}

/** The whole terms or years overlapping the window, with every meeting held or booked in them. */
async function countedPeriods(
  database: Kysely<Database>,
  tenant: string,
  bodyId: string,
  cadence: CountCadence,
  window: { from: IsoDate; to: IsoDate },
) {
  const periods = periodsOverlapping(cadence.per, window.from, window.to);
  if (periods.length === 0) return [];
  const meetings = await listMeetings(database, tenant, {
    bodyId,
    from: periods[0]!.from,
    to: periods.at(-1)!.to,
  });
  return cadencePeriods(
    cadence,
    window,
    meetings.map((meeting) => ({ date: meetingDate(meeting), status: meeting.status })),
  );
}

const earliest = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
