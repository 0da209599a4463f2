import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The registry of projection builds (libs/projections). A build is one copy of a projection's
 * read model in a schema of its own; the active build per name answers reads, the others are
 * being built beside it (blue-green) or are retired and about to be dropped. The checkpoint is
 * advanced by compare-and-set in the same transaction as the read-model rows.
 */
export const projectionsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table projections (
        name text not null,
        build integer not null check (build >= 1),
        version integer not null check (version >= 1),
        schema_name text not null unique,
        active boolean not null default false,
        state text not null
          check (state in ('catching-up', 'running', 'rebuilding', 'stopped-error', 'retired')),
        checkpoint bigint not null default 0 check (checkpoint >= 0),
        runner text,
        last_error text,
        failing_event_id text,
        failing_position bigint,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        switched_at timestamptz,
        primary key (name, build)
      )
    `.execute(db);
    // At most one build per projection answers reads.
    await sql`create unique index projections_one_active on projections (name) where active`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop table projections`.execute(db);
  },
};
