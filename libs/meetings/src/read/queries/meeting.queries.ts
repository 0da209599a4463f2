import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { keysetPage, readModel, WHOLE_LIST, type KeysetRequest } from '@app/projections';
import { meetingDate, type IsoDate, type MeetingState } from '../../domain';
import { MEETINGS } from '../meetings.projection';
import type { MeetingsDb } from '../read-model.tables';

/** A meeting as the read model keeps it: its whole folded state. */
export type StoredMeeting = Exclude<MeetingState, { status: 'none' }>;

export interface MeetingFilter {
  bodyId?: string;
  /** Meetings on or after this day (held date, else scheduled date). */
  from?: IsoDate;
  /** Meetings on or before this day. */
  to?: IsoDate;
  status?: StoredMeeting['status'];
}

/** The meetings' order, by date then id: a cursor is the [date, id] a page ended at. */
export const meetingsOrder = ['meeting_date', 'meeting_id'] as const;
export const meetingKey = (meeting: StoredMeeting) => [meetingDate(meeting), meeting.meetingId];

/** Meetings ordered by date (then id, so that the order is stable), a page of them in SQL. */
export async function listMeetings(
  database: Kysely<Database>,
  tenant: string,
  filter: MeetingFilter = {},
  page: KeysetRequest = WHOLE_LIST,
): Promise<StoredMeeting[]> {
  const db = await readModel<MeetingsDb>(database, MEETINGS);
  let query = db.selectFrom('meetings').select('document').where('tenant', '=', tenant);
  query = keysetPage(query, meetingsOrder, page);
  if (filter.bodyId !== undefined) query = query.where('body_id', '=', filter.bodyId);
  if (filter.from !== undefined)
    query = query.where('meeting_date', '>=', sql<string>`${filter.from}::date`);
  if (filter.to !== undefined)
    query = query.where('meeting_date', '<=', sql<string>`${filter.to}::date`);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.execute();
  return rows.map((row) => row.document as StoredMeeting);
}

export async function findMeeting(
  database: Kysely<Database>,
  tenant: string,
  meetingId: string,
): Promise<StoredMeeting | undefined> {
  const db = await readModel<MeetingsDb>(database, MEETINGS);
  const row = await db
    .selectFrom('meetings')
    .select('document')
    .where('tenant', '=', tenant)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row?.document as StoredMeeting | undefined;
}

/** The latest held meeting of a body before a day: where a cadence window's first gap begins. */
export async function lastHeldBefore(
  database: Kysely<Database>,
  tenant: string,
  bodyId: string,
  before: IsoDate,
): Promise<IsoDate | undefined> {
  const db = await readModel<MeetingsDb>(database, MEETINGS);
  const row = await db
    .selectFrom('meetings')
    .select(sql<string>`meeting_date::text`.as('date'))
    .where('tenant', '=', tenant)
    .where('body_id', '=', bodyId)
    .where('status', '=', 'held')
    .where('meeting_date', '<', sql<string>`${before}::date`)
    .orderBy('meeting_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.date;
}
