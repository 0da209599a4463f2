import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { byStream, type Projection } from '@app/projections';
import {
  MEETING_EVENT_VERSIONS,
  meetingDate,
  meetingDecider,
  type MeetingEvent,
  type MeetingState,
} from '../domain';
import { decisionRowsOf } from './decision-rows';
import {
  decisionPartiesTable,
  decisionsTable,
  meetingsTable,
  type MeetingsDb,
} from './read-model.tables';
import { foldUnseen } from './stream-fold';

export const MEETINGS = 'meetings-minutes';

/**
 * Each meeting as one document (its folded state, corrections applied), and the decision
 * register derived from it: one row per decided item and the organisations party to it.
 */
export const meetingsProjection: Projection<MeetingsDb> = {
  name: MEETINGS,
  // 2: the register says each decision's records regime, its votes and the notes' counter-signing.
  version: 2,
  handles: Object.keys(MEETING_EVENT_VERSIONS),
  async setup(db: Kysely<MeetingsDb>) {
    await sql.raw(meetingsTable.ddl()).execute(db);
    await sql`create index meetings_by_body on meetings (tenant, body_id, meeting_date)`.execute(
      db,
    );
    await sql`create index meetings_by_date on meetings (tenant, meeting_date)`.execute(db);
    await sql.raw(decisionsTable.ddl()).execute(db);
    await sql`create index decisions_by_body on decisions (tenant, body_id, meeting_date)`.execute(
      db,
    );
    await sql`create index decisions_by_date on decisions (tenant, meeting_date)`.execute(db);
    await sql`create index decisions_by_case on decisions (tenant, case_number)`.execute(db);
    await sql.raw(decisionPartiesTable.ddl()).execute(db);
    await sql`
      create index decision_parties_by_organisation
        on decision_parties (tenant, organisation_id)`.execute(db);
  },
  async apply(tx: Transaction<MeetingsDb>, events: readonly RecordedEvent[]) {
    for (const stream of byStream(events)) await applyStream(tx, stream.tenant, stream.events);
  },
};

async function applyStream(
  tx: Transaction<MeetingsDb>,
  tenant: string,
  events: readonly RecordedEvent[],
): Promise<void> {
  const meetingId = (events[0]!.data as MeetingEvent['data']).meetingId;
  const stored = await tx
    .selectFrom('meetings')
    .select(['revision', 'document'])
    .where('tenant', '=', tenant)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  const folded = foldUnseen<MeetingState, MeetingEvent>(
    stored?.document ?? meetingDecider.initialState,
    stored?.revision ?? -1,
    events,
    meetingDecider.evolve,
  );
  if (!folded || folded.state.status === 'none') return;
  const meeting = folded.state;
  const row = {
    body_id: meeting.bodyId,
    body_kind: meeting.bodyKind,
    status: meeting.status,
    meeting_date: meetingDate(meeting),
    revision: folded.revision,
    document: JSON.stringify(meeting),
  };
  await tx
    .insertInto('meetings')
    .values({ tenant, meeting_id: meetingId, ...row })
    .onConflict((conflict) => conflict.columns(['tenant', 'meeting_id']).doUpdateSet(row))
    .execute();
  // The register's rows are derived whole from the meeting: replace them, never patch them.
  const { decisions, parties } = decisionRowsOf(tenant, meeting);
  for (const table of ['decision_parties', 'decisions'] as const) {
    await tx
      .deleteFrom(table)
      .where('tenant', '=', tenant)
      .where('meeting_id', '=', meetingId)
      .execute();
  }
  if (decisions.length > 0) await tx.insertInto('decisions').values(decisions).execute();
  if (parties.length > 0) await tx.insertInto('decision_parties').values(parties).execute();
}
