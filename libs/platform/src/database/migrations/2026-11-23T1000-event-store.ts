import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The PostgreSQL event store (libs/event-store/src/postgres). `position` is the writing
 * transaction's id times 2^20 plus the event's index in its append, so position order is
 * transaction order; readers only read below the oldest running transaction's id, which keeps a
 * late commit from ever landing behind a checkpoint. The unique (tenant, stream, revision) is the
 * optimistic-concurrency guard; the unique (tenant, event_id) catches repeated ids.
 */
export const eventStoreMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table events (
        position bigint primary key,
        transaction_id xid8 not null default pg_current_xact_id(),
        tenant text not null,
        stream text not null,
        revision bigint not null check (revision >= 0),
        event_id uuid not null,
        type text not null,
        schema_version integer not null check (schema_version >= 1),
        data jsonb not null,
        metadata jsonb not null,
        valid_from date,
        recorded_at timestamptz not null default now(),
        prev_hash text,
        hash text not null,
        constraint events_stream_revision_key unique (tenant, stream, revision),
        constraint events_event_id_key unique (tenant, event_id)
      )
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop table events`.execute(db);
  },
};
