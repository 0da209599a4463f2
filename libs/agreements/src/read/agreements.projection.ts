import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { earliestDay, latestDay } from '@app/kernel';
import { foldUnseen } from '@app/meetings';
import { byStream, type Projection } from '@app/projections';
import {
  AGREEMENT_EVENT_VERSIONS,
  agreementDecider,
  scheduledFollowUps,
  type Agreement,
  type AgreementEvent,
  type AgreementState,
} from '../domain';
import { agreementFollowUpsTable, agreementsTable, type AgreementsDb } from './tables';

export const AGREEMENTS = 'agreements';

/**
 * Each agreement as one document (its folded state: parties, every version with the day it took
 * effect, recorded follow-ups). What is in force, due or overdue depends on the day asked about:
 * the queries compute it with the domain's functions.
 */
export const agreementsProjection: Projection<AgreementsDb> = {
  name: AGREEMENTS,
  // 2: dates as the source gives them; valid_from and valid_to are their first and last possible days.
  // 3: agreement_follow_ups, every follow-up any version schedules, for the calendar's pages.
  version: 3,
  handles: Object.keys(AGREEMENT_EVENT_VERSIONS),
  async setup(db: Kysely<AgreementsDb>) {
    await sql.raw(agreementsTable.ddl()).execute(db);
    await sql`create index agreements_by_validity on agreements (tenant, valid_from, valid_to)`.execute(
      db,
    );
    await sql`create index agreements_by_organisation on agreements using gin (organisations)`.execute(
      db,
    );
    await sql.raw(agreementFollowUpsTable.ddl()).execute(db);
    // The calendar's order, and its keyset: (due day, agreement, key).
    await sql`create index agreement_follow_ups_by_due on agreement_follow_ups (tenant, due_on, agreement_id, follow_up_key)`.execute(
      db,
    );
  },
  async apply(tx: Transaction<AgreementsDb>, events: readonly RecordedEvent[]) {
    for (const stream of byStream(events)) await applyStream(tx, stream.tenant, stream.events);
  },
};

async function applyStream(
  tx: Transaction<AgreementsDb>,
  tenant: string,
  events: readonly RecordedEvent[],
): Promise<void> {
  const agreementId = (events[0]!.data as AgreementEvent['data']).agreementId;
  const stored = await tx
    .selectFrom('agreements')
    .select(['revision', 'document'])
    .where('tenant', '=', tenant)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  const folded = foldUnseen<AgreementState, AgreementEvent>(
    (stored?.document as AgreementState | undefined) ?? agreementDecider.initialState,
    stored?.revision ?? -1,
    events,
    agreementDecider.evolve,
  );
  if (!folded || folded.state.status === 'none') return;
  const agreement = folded.state;
  const contents = agreement.versions.map((v) => v.content);
  const row = {
    title: contents.at(-1)!.title,
    valid_from: earliestDay(contents[0]!.validFrom),
    valid_to: contents
      .map((c) => latestDay(c.validTo))
      .sort()
      .at(-1)!,
    organisations: [
      ...new Set([
        ...agreement.parties.map((p) => p.organisationId),
        ...contents.flatMap((c) => c.assignments.flatMap((a) => a.owedBy)),
      ]),
    ],
    revision: folded.revision,
    document: JSON.stringify(agreement),
  };
  await tx
    .insertInto('agreements')
    .values({ tenant, agreement_id: agreementId, ...row })
    .onConflict((conflict) => conflict.columns(['tenant', 'agreement_id']).doUpdateSet(row))
    .execute();
  await tx
    .deleteFrom('agreement_follow_ups')
    .where('tenant', '=', tenant)
    .where('agreement_id', '=', agreementId)
    .execute();
  const followUps = followUpRows(agreement);
  if (followUps.length > 0) {
    await tx
      .insertInto('agreement_follow_ups')
      .values(followUps.map((followUp) => ({ tenant, agreement_id: agreementId, ...followUp })))
      .execute();
  }
}

/** One row per follow-up any version schedules: its due day, and its material and debtors in any. */
function followUpRows(agreement: Agreement) {
  const rows = new Map<
    string,
    {
      follow_up_key: string;
      due_on: string;
      material_first: string | null;
      material_last: string | null;
      owed_by: string[];
    }
  >();
  for (const { content } of agreement.versions) {
    for (const followUp of scheduledFollowUps(agreement, content)) {
      const material = followUp.material?.dueOn ?? null;
      const seen = rows.get(followUp.key);
      const materials = [seen?.material_first, seen?.material_last, material]
        .filter((day): day is string => typeof day === 'string')
        .sort();
      rows.set(followUp.key, {
        follow_up_key: followUp.key,
        due_on: latestDay(followUp.dueOn),
        material_first: materials[0] ?? null,
        material_last: materials.at(-1) ?? null,
        owed_by: [...new Set([...(seen?.owed_by ?? []), ...followUp.owedBy])],
      });
    }
  }
  return [...rows.values()];
}
