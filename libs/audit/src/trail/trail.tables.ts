import type { ColumnType } from 'kysely';

/**
 * The audit trail's read model: one row per event of the municipality, with the columns the
 * trail filters on, and one row per organisation an event concerns. Positions are bigints,
 * selected as text (pg answers strings, PGlite numbers).
 */
export interface AuditEventsTable {
  tenant: string;
  position: ColumnType<string, string, never>;
  event_id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  entity_kind: string;
  entity_id: string;
  actor_id: string;
  actor_role: string;
  actor_organisation: string;
  on_behalf_of: string | null;
  reason: string | null;
  correlation_id: string;
  causation_id: string | null;
  valid_from: string | null;
  recorded_at: ColumnType<Date, string, never>;
  late_days: number | null;
  data: ColumnType<unknown, string, never>;
  hash: string;
}

export interface AuditEventOrganisationsTable {
  tenant: string;
  organisation_id: string;
  position: ColumnType<string, string, never>;
}

export interface AuditTrailDb {
  audit_events: AuditEventsTable;
  audit_event_organisations: AuditEventOrganisationsTable;
}
