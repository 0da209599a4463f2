import {
  bigint,
  integer,
  json,
  readTable,
  text,
  timestamptz,
  type TableOf,
} from '@app/projections';

/**
 * The audit trail's read model: one row per event of the municipality, with the columns the
 * trail filters on, and one row per organisation an event concerns. Positions are bigints,
 * selected as text (pg answers strings, PGlite numbers).
 */
export const auditEventsTable = readTable(
  'audit_events',
  {
    position: bigint(),
    event_id: text(),
    stream: text(),
    revision: integer(),
    type: text(),
    schema_version: integer(),
    entity_kind: text(),
    entity_id: text(),
    actor_id: text(),
    actor_role: text(),
    actor_organisation: text(),
    on_behalf_of: text().nullable(),
    reason: text().nullable(),
    correlation_id: text(),
    causation_id: text().nullable(),
    valid_from: text().nullable(),
    recorded_at: timestamptz(),
    late_days: integer().nullable(),
    // A copy of the event's data, read whole or a field at a time: json, not jsonb (see apply).
    data: json<unknown>(),
    hash: text(),
  },
  { primaryKey: ['tenant', 'position'] },
);

export const auditEventOrganisationsTable = readTable(
  'audit_event_organisations',
  { organisation_id: text(), position: bigint() },
  { primaryKey: ['tenant', 'organisation_id', 'position'] },
);

export type AuditEventsTable = TableOf<typeof auditEventsTable>;

export interface AuditTrailDb {
  audit_events: AuditEventsTable;
  audit_event_organisations: TableOf<typeof auditEventOrganisationsTable>;
}
