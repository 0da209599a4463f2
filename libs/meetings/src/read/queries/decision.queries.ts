import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import {
  keysetPage,
  keysetSlice,
  readModel,
  WHOLE_LIST,
  type KeysetRequest,
  type SortKey,
} from '@app/projections';
import {
  appealPeriodEnd,
  itemLabel,
  mentionsIn,
  renderMentions,
  type IsoDate,
  type Votes,
} from '../../domain';
import { MEETINGS } from '../meetings.projection';
import type { DecisionsTable, MeetingsDb, PartyRole } from '../read-model.tables';
import { bodyNamer, personNamer, type MeetingBody } from './names';

export interface DecisionFilter {
  /** Decisions the organisation is party to: as the body, in attendance, as proposer or recipient. */
  organisationId?: string;
  bodyId?: string;
  caseNumber?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface DecisionEntry {
  body: MeetingBody;
  meeting: { id: string; date: IsoDate };
  itemId: string;
  /** "§ 42/23"; null for an unnumbered point. */
  number: string | null;
  caseNumber: string | null;
  title: string;
  decision: string;
  form: string;
  /** minutes: approved, posted and appealable; notes: counter-signed, never appealable. */
  records: 'minutes' | 'notes';
  /** The vote's count; null when no vote was called (decided unanimously). */
  votes: Votes | null;
  unanimous: boolean;
  approvedOn: IsoDate | null;
  noticePostedOn: IsoDate | null;
  /** Minutes only: three weeks after the notice. Always null for notes. */
  appealEndsOn: IsoDate | null;
  counterSignedOn: IsoDate | null;
  /** Why the decision matched `organisationId` (absent without that filter). */
  partyAs?: PartyRole[];
}

/**
 * The register's order: meeting date, body, order in the minutes, then the meeting's and the
 * item's ids (two meetings of a body on one day). A cursor is that key of the last entry shown.
 */
export const decisionsOrder = [
  'd.meeting_date',
  'd.body_id',
  'd.position',
  'd.meeting_id',
  'd.item_id',
] as const;

/**
 * The decision register: every decided item, by meeting date, then body, then order in the
 * minutes; a page of it read in SQL, with the key of its last entry when more follow.
 */
export async function listDecisions(
  database: Kysely<Database>,
  tenant: string,
  filter: DecisionFilter = {},
  page: KeysetRequest = WHOLE_LIST,
): Promise<{ decisions: DecisionEntry[]; after: SortKey | null }> {
  const db = await readModel<MeetingsDb>(database, MEETINGS);
  const organisationId = filter.organisationId;
  // The parties of the decision row `d` that are the organisation asked about.
  const parties = (eb: ExpressionBuilder<MeetingsDb & { d: DecisionsTable }, 'd'>) =>
    eb
      .selectFrom('decision_parties as p')
      .whereRef('p.tenant', '=', 'd.tenant')
      .whereRef('p.meeting_id', '=', 'd.meeting_id')
      .whereRef('p.item_id', '=', 'd.item_id')
      .where('p.organisation_id', '=', organisationId ?? '');
  let query = db
    .selectFrom('decisions as d')
    .selectAll('d')
    .select((eb) => [
      sql<string>`d.meeting_date::text`.as('date'),
      sql<string | null>`d.approved_on::text`.as('approved'),
      sql<string | null>`d.posted_on::text`.as('posted'),
      sql<string | null>`d.counter_signed_on::text`.as('counterSigned'),
      parties(eb)
        .select(sql<PartyRole[]>`coalesce(json_agg(p.role order by p.role), '[]'::json)`.as('r'))
        .as('roles'),
    ])
    .where('d.tenant', '=', tenant);
  query = keysetPage(query, decisionsOrder, page);
  if (organisationId !== undefined)
    query = query.where((eb) => eb.exists(parties(eb).select('p.role')));
  if (filter.bodyId !== undefined) query = query.where('d.body_id', '=', filter.bodyId);
  if (filter.caseNumber !== undefined) query = query.where('d.case_number', '=', filter.caseNumber);
  if (filter.from !== undefined)
    query = query.where('d.meeting_date', '>=', sql<string>`${filter.from}::date`);
  if (filter.to !== undefined)
    query = query.where('d.meeting_date', '<=', sql<string>`${filter.to}::date`);
  const { rows, after } = keysetSlice(
    await query.execute(),
    (row) => [row.date, row.body_id, row.position, row.meeting_id, row.item_id],
    page,
  );
  const [person, body] = await Promise.all([
    personNamer(
      database,
      tenant,
      rows.flatMap((row) => [...mentionsIn(row.title), ...mentionsIn(row.text)]),
    ),
    bodyNamer(
      database,
      tenant,
      rows.map((row) => ({ id: row.body_id, kind: row.body_kind, on: row.date })),
    ),
  ]);
  const text = (value: string) => renderMentions(value, (id) => person(id).name);
  const decisions = rows.map((row) => ({
    body: body({ id: row.body_id, kind: row.body_kind, on: row.date }),
    meeting: { id: row.meeting_id, date: row.date },
    itemId: row.item_id,
    number: itemLabel(row.number, row.year),
    caseNumber: row.case_number,
    title: text(row.title),
    decision: text(row.text),
    form: row.form,
    records: row.records,
    votes: row.votes,
    unanimous: row.votes === null,
    approvedOn: row.approved,
    noticePostedOn: row.posted,
    appealEndsOn:
      row.records === 'notes' || row.posted === null ? null : appealPeriodEnd(row.posted),
    counterSignedOn: row.counterSigned,
    ...(organisationId === undefined ? {} : { partyAs: row.roles ?? [] }),
  }));
  return { decisions, after };
}
