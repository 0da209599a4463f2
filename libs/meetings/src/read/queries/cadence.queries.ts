import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { findGroup, isCountCadence, today, type CountCadence } from '@app/structure';
import { meetingDate, type IsoDate } from '../../domain';
import { cadenceIntervals, cadencePeriods, periodsOverlapping } from './cadence-gaps';
import { lastHeldBefore, listMeetings } from './meeting.queries';

export interface CadenceQuery {
  groupId: string;
  from: IsoDate;
  /** Default today; the silence after the last meeting is counted no further than today. */
  to?: IsoDate;
}

/**
 * The meetings a group held in a window against its agreed cadence, as the group stood at the
 * window's end (current knowledge). Undefined when structure knows no such group on that day.
 */
export async function cadenceOf(database: Kysely<Database>, tenant: string, query: CadenceQuery) {
  const now = today();
  const to = query.to ?? now;
  const group = await findGroup(database, tenant, query.groupId, {
    asOf: earliest(to, now),
    knownAt: null,
  });
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
  const start = before ?? (group.formedOn > query.from ? group.formedOn : query.from);
  const cadence = group.cadence;
  const intervals =
    cadence && !isCountCadence(cadence)
      ? cadenceIntervals({ held, start, end, ...cadence })
      : { gaps: [], short: [] };
  const periods =
    cadence && isCountCadence(cadence)
      ? await countedPeriods(database, tenant, group.id, cadence, { from: query.from, to })
      : [];
  return {
    group: { id: group.id, name: group.name, cadence: group.cadence },
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
