import { sql, type Kysely, type Transaction } from 'kysely';
import { copyInto, CopyRows, type CopyValue } from '@app/platform';
import type { RecordedEvent } from '@app/event-store';
import { EVERY_EVENT, type Projection, type ReadIndex } from '@app/projections';
import { auditEventOrganisationsTable, auditEventsTable, type AuditTrailDb } from './trail.tables';
import { trailFactsOf } from './trail-entry';

export const AUDIT_TRAIL = 'audit-trail';

/** Only the trail's reads use these: a rebuild makes them once its build has caught up. */
const readIndexes: readonly ReadIndex[] = [
  { name: 'audit_events_by_actor', on: 'audit_events (tenant, actor_id, position)' },
  { name: 'audit_events_by_entity', on: 'audit_events (tenant, entity_id, position)' },
  { name: 'audit_events_by_kind', on: 'audit_events (tenant, entity_kind, position)' },
  { name: 'audit_events_by_type', on: 'audit_events (tenant, type, position)' },
  {
    name: 'audit_events_on_behalf',
    on: 'audit_events (tenant, on_behalf_of, position) where on_behalf_of is not null',
  },
  { name: 'audit_events_late', on: 'audit_events (tenant, position) where late_days > 0' },
  { name: 'audit_events_by_record_time', on: 'audit_events (tenant, recorded_at, position)' },
  { name: 'audit_events_by_valid_date', on: 'audit_events (tenant, valid_from, position)' },
  // A change report: the model's and its groups' events in a window of valid time, read per
  // entity, so it grows with the model's history in the window and not the municipality's.
  {
    name: 'audit_events_by_entity_valid_date',
    on: 'audit_events (tenant, entity_id, valid_from, position)',
  },
];

/**
 * Every event of every stream, one row each, indexed for the trail's filters: each filter is an
 * index whose last column is the position, so a filtered page in either order is an index range
 * scan that stops after one page, however long the history. Inserts ignore a row already there:
 * the runner's checkpoint makes a batch land once, and a replayed batch changes nothing.
 */
export const auditTrailProjection: Projection<AuditTrailDb, TrailRows> = {
  name: AUDIT_TRAIL,
  // 3: data is json (the text written), not jsonb.
  version: 3,
  handles: [EVERY_EVENT],
  setup,
  readIndexes,
  prepare,
  apply,
};

async function setup(db: Kysely<AuditTrailDb>): Promise<void> {
  await sql.raw(auditEventsTable.ddl()).execute(db);
  await sql.raw(auditEventOrganisationsTable.ddl()).execute(db);
  // No filter or order reads these: ANALYZE (a rebuild's last step) leaves them out, two fifths
  // of its time on the trail.
  const unfiltered = NEVER_FILTERED.map((column) => `alter column ${column} set statistics 0`);
  await sql.raw(`alter table audit_events ${unfiltered.join(', ')}`).execute(db);
}

const NEVER_FILTERED = [
  'event_id',
  'stream',
  'reason',
  'correlation_id',
  'causation_id',
  'data',
  'hash',
];

/** A batch's rows, encoded before its transaction (a rebuild, while the page before is written). */
interface TrailRows {
  events: CopyRows;
  organisations: CopyRows;
}

/**
 * The batch goes in with COPY, one per table: nothing is parsed on the way but the values (as a
 * JSON recordset, PostgreSQL parsed every row's text twice, and it was most of the trail's
 * rebuild; bench/NOTES.md). The checkpoint, in the same transaction, makes each event land
 * once, so no row can be there already. The data is stored as json, the text it came in: as
 * jsonb, PostgreSQL parsed every event's data a second time into its own form, for a column that
 * is only ever read whole or a field at a time.
 */
async function apply(tx: Transaction<AuditTrailDb>, _events: unknown, rows: TrailRows) {
  await copyInto(tx, auditEventsTable.name, auditEventsTable.columnNames, rows.events);
  await copyInto(
    tx,
    auditEventOrganisationsTable.name,
    auditEventOrganisationsTable.columnNames,
    rows.organisations,
  );
}

async function prepare(events: readonly RecordedEvent[]): Promise<TrailRows> {
  const rows: CopyValue[][] = [];
  const organisations: CopyValue[][] = [];
  for (const event of events) {
    const { metadata } = event;
    const facts = trailFactsOf(event);
    const position = event.position;
    // In the order of auditEventsTable's columns, the tenant first.
    rows.push([
      metadata.tenant,
      position,
      event.id,
      event.stream,
      event.revision,
      event.type,
      event.schemaVersion,
      facts.entityKind,
      facts.entityId,
      metadata.actor.id,
      metadata.actor.role,
      metadata.actor.organisation,
      metadata.onBehalfOf ?? null,
      metadata.reason ?? null,
      metadata.correlationId,
      metadata.causationId ?? null,
      metadata.validFrom ?? null,
      metadata.recordedAt,
      facts.lateByDays,
      // A JSON null stays the JSON null it was.
      JSON.stringify(event.data ?? null),
      metadata.hash,
    ]);
    for (const organisation of facts.organisationIds) {
      organisations.push([metadata.tenant, organisation, position]);
    }
  }
  return { events: CopyRows.of(rows), organisations: CopyRows.of(organisations) };
}
