import { randomUUID } from 'node:crypto';
import { Migrator, sql, type Kysely } from 'kysely';
import { IN_MEMORY, migrateToLatest, openDatabase, type SqlDatabase } from '@app/platform';
import { migrations } from '../../libs/platform/src/database/migrations';

/**
 * Before 2026-12-03T1800 a registered person's name and a caller's name shared one key
 * (tenant, person_id): the migration gives each its own subject kind, judged by the events.
 */
describe('migration 2026-12-03T1800: personal data by subject kind', () => {
  let database: SqlDatabase;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: IN_MEMORY });
    const migrator = new Migrator({
      db: database.db,
      provider: { getMigrations: async () => migrations },
    });
    const before = await migrator.migrateTo('2026-12-03T1700-actor-names');
    if (before.error) throw before.error;
  });
  afterAll(() => database.close());

  async function event(stream: string, actor: string) {
    await sql`
      insert into events (tenant, stream, revision, event_id, type, schema_version, data, metadata,
                          prev_hash, hash, position)
      values ('0192', ${stream}, 0, ${randomUUID()}, 'Noted', 1, '{}'::jsonb,
              ${JSON.stringify({ actor: { id: actor, role: 'admin', organisation: 'DEV' } })}::jsonb,
              null, ${randomUUID()}, (select coalesce(max(position), 0) + 1 from events))
    `.execute(database.db);
  }

  it('keeps people as people, moves callers to their own kind, and gives an id that is both a row each', async () => {
    const db = database.db as unknown as Kysely<never>;
    for (const [id, name] of [
      ['person-only', 'Karin Berg'],
      ['caller-only', 'Local developer'],
      ['both', 'Eva Ek'],
    ]) {
      await sql`insert into personal_data (tenant, person_id, name) values ('0192', ${id}, ${name})`.execute(
        db,
      );
    }
    await event('person-person-only', 'someone-else');
    await event('person-both', 'both');
    await event('organisation-1', 'caller-only');

    await migrateToLatest(database.db);

    const rows = await database.db
      .selectFrom('personal_data')
      .select(['subject_kind', 'subject_id', 'name'])
      .orderBy('subject_id')
      .orderBy('subject_kind')
      .execute();
    expect(rows).toEqual([
      { subject_kind: 'caller', subject_id: 'both', name: 'Eva Ek' },
      { subject_kind: 'person', subject_id: 'both', name: 'Eva Ek' },
      { subject_kind: 'caller', subject_id: 'caller-only', name: 'Local developer' },
      { subject_kind: 'person', subject_id: 'person-only', name: 'Karin Berg' },
    ]);
  });
});
