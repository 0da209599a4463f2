import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Names of people, outside the events: events know a person by id only, so erasing or masking
 * a name here never touches the hash chain. Keyed by (tenant, person id) so that a retried
 * registration overwrites its own row. An erased row keeps its key and the erasure time, and
 * loses the name for good.
 */
export const personalDataMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table personal_data (
        tenant text not null,
        person_id text not null,
        name text,
        recorded_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        erased_at timestamptz,
        primary key (tenant, person_id),
        constraint personal_data_name_or_erased check ((name is null) = (erased_at is not null))
      )
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop table personal_data`.execute(db);
  },
};
