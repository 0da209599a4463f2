import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { earliestDay } from '@app/kernel';
import { byStream, type Projection } from '@app/projections';
import {
  ASSIGNMENT_EVENT_VERSIONS,
  assignmentDecider,
  debtorsOf,
  type AssignmentEvent,
} from '../domain';
import { assignmentsTable, type AssignmentDocument, type AssignmentsDb } from './read-model.tables';
import { foldUnseen } from './stream-fold';

export const ASSIGNMENTS = 'meetings-assignments';

/**
 * Each assignment as one document (its folded state: due dates with the day each took effect,
 * the report, the withdrawal). Open or overdue is not stored: it depends on the day asked about,
 * and the query computes it with the domain's statusOf.
 */
export const assignmentsProjection: Projection<AssignmentsDb> = {
  name: ASSIGNMENTS,
  // 2: any source (decision, plan, agreement) and joint debtors.
  version: 2,
  handles: Object.keys(ASSIGNMENT_EVENT_VERSIONS),
  async setup(db: Kysely<AssignmentsDb>) {
    await sql.raw(assignmentsTable.ddl()).execute(db);
    await sql`
      create index assignments_by_debtor on assignments using gin (debtors)`.execute(db);
    await sql`
      create index assignments_by_agreement
        on assignments (tenant, agreement_id) where agreement_id is not null`.execute(db);
    await sql`create index assignments_by_issue on assignments (tenant, issued_on)`.execute(db);
  },
  async apply(tx: Transaction<AssignmentsDb>, events: readonly RecordedEvent[]) {
    for (const stream of byStream(events)) await applyStream(tx, stream.tenant, stream.events);
  },
};

async function applyStream(
  tx: Transaction<AssignmentsDb>,
  tenant: string,
  events: readonly RecordedEvent[],
): Promise<void> {
  const assignmentId = (events[0]!.data as AssignmentEvent['data']).assignmentId;
  const stored = await tx
    .selectFrom('assignments')
    .select(['revision', 'document'])
    .where('tenant', '=', tenant)
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
  const folded = foldUnseen<AssignmentDocument, AssignmentEvent>(
    stored?.document ?? { state: assignmentDecider.initialState, extensions: [] },
    stored?.revision ?? -1,
    events,
    evolveDocument,
  );
  if (!folded || folded.state.state.status === 'none') return;
  const assignment = folded.state.state;
  const source = assignment.source;
  const row = {
    source_kind: source.kind,
    meeting_id: source.kind === 'decision' ? source.meetingId : null,
    item_id: source.kind === 'decision' ? source.itemId : null,
    agreement_id: source.kind === 'agreement' ? source.agreementId : null,
    body_id: source.bodyId,
    debtors: debtorsOf(assignment),
    // The column orders and filters; an issue known to the year or month sorts by its first day.
    issued_on: earliestDay(assignment.issuedOn),
    revision: folded.revision,
    document: JSON.stringify(folded.state),
  };
  await tx
    .insertInto('assignments')
    .values({ tenant, assignment_id: assignmentId, ...row })
    .onConflict((conflict) => conflict.columns(['tenant', 'assignment_id']).doUpdateSet(row))
    .execute();
}

/** The state keeps only the due dates; the reasons for extending them are kept beside it. */
/** An assignment's document after one more event: its state, and each extension with its reason. */
export function evolveDocument(
  document: AssignmentDocument,
  event: AssignmentEvent,
): AssignmentDocument {
  return {
    state: assignmentDecider.evolve(document.state, event),
    extensions:
      event.type === 'AssignmentExtended'
        ? [...document.extensions, event.data]
        : document.extensions,
  };
}
