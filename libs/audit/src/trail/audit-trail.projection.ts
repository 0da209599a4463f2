import { sql, type Kysely, type Transaction } from 'kysely';
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
export const auditTrailProjection: Projection<AuditTrailDb> = {
  name: AUDIT_TRAIL,
  // 3: data is json (the text written), not jsonb.
  version: 3,
  handles: [EVERY_EVENT],
  setup,
  readIndexes,
  apply,
};

async function setup(db: Kysely<AuditTrailDb>): Promise<void> {
  await sql.raw(auditEventsTable.ddl()).execute(db);
  await sql.raw(auditEventOrganisationsTable.ddl()).execute(db);
}

/**
 * One statement per table for the whole batch: the rows travel as one JSON array that
 * PostgreSQL unpacks (json_to_recordset), not as 21 bound values a row. Building and compiling
 * 21 values a row through the query builder, and stringifying each event's data apart, was most
 * of Node's work in this projection's rebuild (bench/NOTES.md). The data is stored as json, the
 * text it came in: as jsonb, PostgreSQL parsed every event's data a second time into its own
 * form, a third of the statement's CPU, for a column that is only ever read whole or a field
 * at a time.
 */
async function apply(tx: Transaction<AuditTrailDb>, events: readonly RecordedEvent[]) {
  if (events.length === 0) return;
  const rows = events.map(rowOf);
  // json_to_recordset reads a JSON null as SQL NULL: data keeps the JSON null it was.
  await sql`
    insert into audit_events (tenant, position, event_id, stream, revision, type, schema_version,
      entity_kind, entity_id, actor_id, actor_role, actor_organisation, on_behalf_of, reason,
      correlation_id, causation_id, valid_from, recorded_at, late_days, data, hash)
    select tenant, position, event_id, stream, revision, type, schema_version,
      entity_kind, entity_id, actor_id, actor_role, actor_organisation, on_behalf_of, reason,
      correlation_id, causation_id, valid_from, recorded_at, late_days,
      coalesce(data, 'null'::json), hash
      from json_to_recordset(${JSON.stringify(rows.map((row) => row.event))}::json) as r(
        tenant text, position bigint, event_id text, stream text, revision integer, type text,
        schema_version integer, entity_kind text, entity_id text, actor_id text, actor_role text,
        actor_organisation text, on_behalf_of text, reason text, correlation_id text,
        causation_id text, valid_from text, recorded_at timestamptz, late_days integer,
        data json, hash text)
    on conflict do nothing`.execute(tx);
  const organisations = rows.flatMap((row) => row.organisations);
  if (organisations.length === 0) return;
  await sql`
    insert into audit_event_organisations (tenant, organisation_id, position)
    select * from unnest(${organisations.map((row) => row.tenant)}::text[],
                         ${organisations.map((row) => row.organisation_id)}::text[],
                         ${organisations.map((row) => row.position)}::bigint[])
    on conflict do nothing`.execute(tx);
}

function rowOf(event: RecordedEvent) {
  const { metadata } = event;
  const facts = trailFactsOf(event);
  const tenant = metadata.tenant;
  const position = event.position.toString();
  return {
    event: {
      tenant,
      position,
      event_id: event.id,
      stream: event.stream,
      revision: Number(event.revision),
      type: event.type,
      schema_version: event.schemaVersion,
      entity_kind: facts.entityKind,
      entity_id: facts.entityId,
      actor_id: metadata.actor.id,
      actor_role: metadata.actor.role,
      actor_organisation: metadata.actor.organisation,
      on_behalf_of: metadata.onBehalfOf ?? null,
      reason: metadata.reason ?? null,
      correlation_id: metadata.correlationId,
      causation_id: metadata.causationId ?? null,
      valid_from: metadata.validFrom ?? null,
      recorded_at: metadata.recordedAt,
      late_days: facts.lateByDays,
      data: event.data,
      hash: metadata.hash,
    },
    organisations: facts.organisationIds.map((organisation_id) => ({
      tenant,
      organisation_id,
      position,
    })),
  };
}
