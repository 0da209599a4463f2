import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { byStream, type Projection } from '@app/projections';
import {
  evolveInquiry,
  INQUIRY_EVENT_VERSIONS,
  inquiryDecider,
  type InquiryEvent,
} from '../domain';
import { inquiriesTable, inquiryAddresseesTable, type InquiriesDb } from './inquiries.tables';

export const INQUIRIES = 'audit-inquiries';

/** Applying a stream's events twice changes nothing: a row keeps the last revision folded. */
export const inquiriesProjection: Projection<InquiriesDb> = {
  name: INQUIRIES,
  version: 1,
  handles: Object.keys(INQUIRY_EVENT_VERSIONS),
  async setup(db: Kysely<InquiriesDb>) {
    await sql.raw(inquiriesTable.ddl()).execute(db);
    await sql`create index inquiries_by_receipt on inquiries (tenant, received_on, inquiry_id)`.execute(
      db,
    );
    await sql.raw(inquiryAddresseesTable.ddl()).execute(db);
  },
  async apply(tx: Transaction<InquiriesDb>, events: readonly RecordedEvent[]) {
    for (const stream of byStream(events)) await applyStream(tx, stream.tenant, stream.events);
  },
};

async function applyStream(
  tx: Transaction<InquiriesDb>,
  tenant: string,
  events: readonly RecordedEvent[],
): Promise<void> {
  const inquiryId = (events[0]!.data as InquiryEvent['data']).inquiryId;
  const stored = await tx
    .selectFrom('inquiries')
    .select(['revision', 'document'])
    .where('tenant', '=', tenant)
    .where('inquiry_id', '=', inquiryId)
    .executeTakeFirst();
  const fresh = events.filter((event) => Number(event.revision) > (stored?.revision ?? -1));
  if (fresh.length === 0) return;
  const state = fresh.reduce(
    (current, event) =>
      evolveInquiry(current, { type: event.type, data: event.data } as InquiryEvent),
    stored?.document ?? inquiryDecider.initialState,
  );
  if (state.status === 'none') return;
  const row = {
    status: state.status,
    received_on: state.receivedOn,
    due_on: state.dueOn,
    revision: Number(fresh.at(-1)!.revision),
    document: JSON.stringify(state),
  };
  await tx
    .insertInto('inquiries')
    .values({ tenant, inquiry_id: inquiryId, ...row })
    .onConflict((conflict) => conflict.columns(['tenant', 'inquiry_id']).doUpdateSet(row))
    .execute();
  if (!stored) {
    await tx
      .insertInto('inquiry_addressees')
      .values(
        state.addressedTo.map((organisation_id) => ({
          tenant,
          inquiry_id: inquiryId,
          organisation_id,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
}
