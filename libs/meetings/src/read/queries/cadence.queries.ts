import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { findGroup, today } from '@app/structure';
import type { IsoDate } from '../../domain';
import { cadenceIntervals } from './cadence-gaps';
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
  const intervals = group.cadence
    ? cadenceIntervals({ held, start, end, ...group.cadence })
    : { gaps: [], short: [] };
  return {
    group: { id: group.id, name: group.name, cadence: group.cadence },
    from: query.from,
    to,
    countedFrom: start,
    countedTo: end,
    meetings: meetings.map((meeting) => ({ id: meeting.meetingId, date: meeting.held!.date })),
    gaps: intervals.gaps,
    shortIntervals: intervals.short,
  };
}

const earliest = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
