import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Callers' names leave the events: each actor's latest name in the events moves to the erasable
 * personal_data table (keyed by the actor's subject; a row already there wins), then the name is
 * dropped from the stored metadata. No hash covers the name, so every chain still verifies.
 * (A KurrentDB store cannot be rewritten: its reader drops the name instead.)
 */
export const actorNamesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      insert into personal_data (tenant, person_id, name)
      select distinct on (tenant, metadata->'actor'->>'id')
             tenant, metadata->'actor'->>'id', metadata->'actor'->>'name'
        from events
       where metadata->'actor'->>'id' is not null and metadata->'actor'->>'name' is not null
       order by tenant, metadata->'actor'->>'id', position desc
      on conflict (tenant, person_id) do nothing
    `.execute(db);
    await sql`
      update events set metadata = metadata #- '{actor,name}' where metadata->'actor' ? 'name'
    `.execute(db);
  },
  async down(): Promise<void> {
    // The names stay in personal_data: putting personal data back into events is not wanted.
  },
};
