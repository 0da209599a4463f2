import type { ColumnType } from 'kysely';

/**
 * Every table of the product, as Kysely sees it. Read-model tables of a context are added here
 * with that context's migration.
 */
export interface Database {
  events: EventsTable;
  projections: ProjectionsTable;
  personal_data: PersonalDataTable;
}

/**
 * The PostgreSQL event store's one table; see libs/event-store. Bigints come back as strings
 * from pg but as numbers from PGlite, so the store selects them cast to text.
 */
export interface EventsTable {
  position: ColumnType<string, string, never>;
  transaction_id: ColumnType<string, never, never>;
  tenant: ColumnType<string, string, never>;
  stream: ColumnType<string, string, never>;
  revision: ColumnType<string, string, never>;
  event_id: ColumnType<string, string, never>;
  type: ColumnType<string, string, never>;
  schema_version: ColumnType<number, number, never>;
  data: ColumnType<unknown, string, never>;
  /** Updatable only to erase personal data (the actor's name), which no hash covers. */
  metadata: ColumnType<unknown, string, string>;
  valid_from: ColumnType<string | null, string | null, never>;
  recorded_at: ColumnType<Date, never, never>;
  prev_hash: ColumnType<string | null, string | null, never>;
  hash: ColumnType<string, string, never>;
}

/**
 * The registry of projection builds (libs/projections): one row per copy of a read model.
 * Bigints are selected as text for the same reason as above.
 */
export interface ProjectionsTable {
  name: ColumnType<string, string, never>;
  build: ColumnType<number, number, never>;
  version: ColumnType<number, number, never>;
  schema_name: ColumnType<string, string, never>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  state: ColumnType<string, string, string>;
  checkpoint: ColumnType<string, string | undefined, string>;
  runner: ColumnType<string | null, string | null | undefined, string | null>;
  last_error: ColumnType<string | null, never, string | null>;
  failing_event_id: ColumnType<string | null, never, string | null>;
  failing_position: ColumnType<string | null, never, string | null>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date | string>;
  switched_at: ColumnType<Date | null, never, Date | string | null>;
}

/**
 * Personal data, outside the events so that erasure never breaks a hash chain: registered
 * people's names and titles (libs/structure writes them) and callers' display names (the event
 * store writes them with each append), each keyed by its kind of subject. `name` and `title` are
 * null once erased.
 */
export interface PersonalDataTable {
  tenant: ColumnType<string, string, never>;
  subject_kind: ColumnType<SubjectKind, SubjectKind, never>;
  /** A registered person's id, or a caller's subject (the token's `sub`). */
  subject_id: ColumnType<string, string, never>;
  name: ColumnType<string | null, string, string | null>;
  title: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date | string>;
  erased_at: ColumnType<Date | null, never, Date | string | null>;
}

/** Whose personal data a row holds: a registered person's, or a caller's. */
export type SubjectKind = 'person' | 'caller';
