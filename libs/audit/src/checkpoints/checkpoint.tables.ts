import type { ColumnType } from 'kysely';

/** The audit tables outside any read model (migration 2026-12-03T1210-audit). */
export interface AuditCheckpointsTable {
  tenant: string;
  /** bigint: selected as text. */
  tree_size: ColumnType<string, number, never>;
  root: ColumnType<Uint8Array, Buffer, never>;
  note: ColumnType<string, string, never>;
  issued_at: ColumnType<Date, never, never>;
}

export interface AuditVerificationsTable {
  id: string;
  tenant: string;
  requested_by: string;
  state: string;
  progress: ColumnType<unknown, string, string>;
  result: ColumnType<unknown, string | null, string | null>;
  kept_checkpoint: string | null;
  started_at: ColumnType<Date, never, never>;
  finished_at: ColumnType<Date | null, never, string | null>;
  /** Set by the database's clock while the job runs (migration 2026-12-03T1810). */
  heartbeat_at: ColumnType<Date, never, Date>;
}

export interface AuditDb {
  audit_checkpoints: AuditCheckpointsTable;
  audit_verifications: AuditVerificationsTable;
}
