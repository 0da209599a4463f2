import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Registered people and callers (the subject of a token) are different subjects even when an id
 * happens to be both, so each is keyed by its kind: erasing a person never touches a caller's
 * name, nor the other way round. A row that an event names as its actor (PostgreSQL store) gets
 * a caller row of its own; it stays a person's row only if a person stream has its id. A
 * person's title leaves the events too (PersonRegistered v2): it is kept here beside the name
 * and erased with it; titles of older events are copied here by the people's projection.
 */
export const personalDataSubjectsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`alter table personal_data rename column person_id to subject_id`.execute(db);
    await sql`
      alter table personal_data
        add column subject_kind text not null default 'person'
          constraint personal_data_subject_kind check (subject_kind in ('person', 'caller')),
        add column title text,
        add constraint personal_data_title_erased check (title is null or erased_at is null),
        drop constraint personal_data_pkey,
        add primary key (tenant, subject_kind, subject_id)
    `.execute(db);
    await sql`alter table personal_data alter column subject_kind drop default`.execute(db);
    await sql`
      insert into personal_data (tenant, subject_kind, subject_id, name, recorded_at, updated_at, erased_at)
      select p.tenant, 'caller', p.subject_id, p.name, p.recorded_at, p.updated_at, p.erased_at
        from personal_data p
       where exists (select 1 from events e
                      where e.tenant = p.tenant and e.metadata->'actor'->>'id' = p.subject_id)
    `.execute(db);
    await sql`
      delete from personal_data p
       where p.subject_kind = 'person'
         and exists (select 1 from personal_data c
                      where c.tenant = p.tenant and c.subject_kind = 'caller'
                        and c.subject_id = p.subject_id)
         and not exists (select 1 from events e
                          where e.tenant = p.tenant and e.stream = 'person-' || p.subject_id)
    `.execute(db);
  },
  async down(): Promise<void> {
    // Two subjects may now share an id: one key per id cannot hold them both again.
  },
};
