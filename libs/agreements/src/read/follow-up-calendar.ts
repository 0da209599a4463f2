import { sql, type Kysely } from 'kysely';
import { scanPage } from '@app/event-store';
import { latestDay } from '@app/kernel';
import type { Database } from '@app/platform';
import {
  keysetPage,
  readModel,
  WHOLE_LIST,
  type KeysetRequest,
  type SortKey,
} from '@app/projections';
import { versionAsOf, type Agreement, type FollowUpStatus, type IsoDate } from '../domain';
import { AGREEMENTS } from './agreements.projection';
import { followUpsOf } from './queries';
import type { AgreementsDb } from './tables';

/** The calendar's order, by the day each falls due, its agreement and its key: a cursor is that key. */
export const followUpsOrder = ['due_on', 'agreement_id', 'follow_up_key'] as const;

export interface CalendarFilter {
  organisationId?: string;
  from?: IsoDate;
  to?: IsoDate;
  status?: FollowUpStatus;
  asOf: IsoDate;
}

/**
 * A page of the follow-up calendar across agreements: what falls due (or whose material falls
 * due) in the window, owed by the organisation, with its status on `asOf`. A follow-up known to
 * the month or year falls due at its end, and is in the window by that day. The rows are read in
 * SQL in the calendar's order (narrowed by window and debtor); whether the version in force on
 * asOf schedules each, and its status then, come from the agreement as it is read (scanPage).
 * Up to limit + 1 entries, each with its sort key.
 */
export async function followUpCalendar(
  database: Kysely<Database>,
  tenant: string,
  filter: CalendarFilter,
  page: KeysetRequest = WHOLE_LIST,
) {
  return scanPage(
    (after: SortKey | undefined, limit) =>
      followUpRows(database, tenant, filter, { limit, after, whole: page.whole }),
    (rows) => {
      const calendars = new Map<string, ReturnType<typeof calendarOf>>();
      return rows.flatMap((row) => {
        const calendar = calendars.get(row.agreement_id) ?? calendarOf(row.agreement, filter);
        calendars.set(row.agreement_id, calendar);
        const entry = calendar.get(row.follow_up_key);
        return entry ? [{ key: keyOf(row), entry }] : [];
      });
    },
    keyOf,
    page,
  );
}

const keyOf = (row: { due_on: string; agreement_id: string; follow_up_key: string }): SortKey => [
  row.due_on,
  row.agreement_id,
  row.follow_up_key,
];

/** The rows after the page's key that may be in the calendar (limit + 1 of them). */
async function followUpRows(
  database: Kysely<Database>,
  tenant: string,
  filter: CalendarFilter,
  page: KeysetRequest,
) {
  const db = await readModel<AgreementsDb>(database, AGREEMENTS);
  let query = db
    .selectFrom('agreement_follow_ups as f')
    .innerJoin('agreements as a', (join) =>
      join.onRef('a.tenant', '=', 'f.tenant').onRef('a.agreement_id', '=', 'f.agreement_id'),
    )
    .select(['f.agreement_id', 'f.follow_up_key', 'a.document'])
    .select(sql<string>`f.due_on::text`.as('due_on'))
    .where('f.tenant', '=', tenant);
  if (filter.organisationId !== undefined) {
    query = query.where(sql<boolean>`${filter.organisationId} = any(f.owed_by)`);
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const from = filter.from ?? '-infinity';
    const to = filter.to ?? 'infinity';
    query = query.where(
      sql<boolean>`(f.due_on between ${from}::date and ${to}::date
        or (f.material_last >= ${from}::date and f.material_first <= ${to}::date))`,
    );
  }
  const rows = await keysetPage(
    query,
    followUpsOrder.map((column) => `f.${column}`),
    page,
  ).execute();
  return rows.map((row) => ({ ...row, agreement: row.document as Agreement }));
}

/** The agreement's entries in the calendar by key: the version in force on asOf's, filtered. */
function calendarOf(agreement: Agreement, filter: CalendarFilter) {
  const inWindow = (date: IsoDate | undefined) =>
    date !== undefined &&
    (filter.from === undefined || date >= filter.from) &&
    (filter.to === undefined || date <= filter.to);
  const { content } = versionAsOf(agreement, filter.asOf);
  const titles = new Map(content.assignments.map((a) => [a.assignmentId, a.title]));
  const entries = followUpsOf(agreement, filter.asOf)
    .map((followUp) => ({
      agreement: { id: agreement.agreementId, title: content.title },
      assignmentTitle: followUp.assignmentId === null ? null : titles.get(followUp.assignmentId)!,
      ...followUp,
    }))
    .filter((f) => filter.organisationId === undefined || f.owedBy.includes(filter.organisationId))
    .filter((f) => inWindow(latestDay(f.dueOn)) || inWindow(f.material?.dueOn))
    .filter((f) => filter.status === undefined || f.status === filter.status);
  // A draft schedules nothing yet: its follow-ups start with its adoption.
  return new Map(agreement.adoption === null ? [] : entries.map((entry) => [entry.key, entry]));
}
