import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { EVERY_EVENT, type Projection } from '@app/projections';
import { auditEventOrganisationsTable, auditEventsTable, type AuditTrailDb } from './trail.tables';
import { trailFactsOf } from './trail-entry';

export const AUDIT_TRAIL = 'audit-trail';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at 21 columns a row. */
const CHUNK = 1000;

/**
 * Every event of every stream, one row each, indexed for the trail's filters: each filter is an
 * index whose last column is the position, so a filtered page in either order is an index range
 * scan that stops after one page, however long the history. Inserts ignore a row already there:
 * the runner's checkpoint makes a batch land once, and a replayed batch changes nothing.
 */
export const auditTrailProjection: Projection<AuditTrailDb> = {
  name: AUDIT_TRAIL,
  version: 2,
  handles: [EVERY_EVENT],
  setup,
  apply,
};

async function setup(db: Kysely<AuditTrailDb>): Promise<void> {
  await sql.raw(auditEventsTable.ddl()).execute(db);
  const indexes = [
    'audit_events_by_actor on audit_events (tenant, actor_id, position)',
    'audit_events_by_entity on audit_events (tenant, entity_id, position)',
    'audit_events_by_kind on audit_events (tenant, entity_kind, position)',
    'audit_events_by_type on audit_events (tenant, type, position)',
    'audit_events_on_behalf on audit_events (tenant, on_behalf_of, position) where on_behalf_of is not null',
    'audit_events_late on audit_events (tenant, position) where late_days > 0',
    'audit_events_by_record_time on audit_events (tenant, recorded_at, position)',
    'audit_events_by_valid_date on audit_events (tenant, valid_from, position)',
    // A change report: the model's and its groups' events in a window of valid time, read per
    // entity, so it grows with the model's history in the window and not the municipality's.
    'audit_events_by_entity_valid_date on audit_events (tenant, entity_id, valid_from, position)',
  ];
  for (const index of indexes) await sql.raw(`create index ${index}`).execute(db);
  await sql.raw(auditEventOrganisationsTable.ddl()).execute(db);
}

async function apply(tx: Transaction<AuditTrailDb>, events: readonly RecordedEvent[]) {
  for (let start = 0; start < events.length; start += CHUNK) {
    const chunk = events.slice(start, start + CHUNK);
    const rows = chunk.map(rowOf);
    await tx
      .insertInto('audit_events')
      .values(rows.map((row) => row.event))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    const organisations = rows.flatMap((row) => row.organisations);
    if (organisations.length > 0) {
      await tx
        .insertInto('audit_event_organisations')
        .values(organisations)
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    }
  }
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
      data: JSON.stringify(event.data),
      hash: metadata.hash,
    },
    organisations: facts.organisationIds.map((organisation_id) => ({
      tenant,
      organisation_id,
      position,
    })),
  };
}
