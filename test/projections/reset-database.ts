import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';

/** Empties the events and every projection build, so tests can share one (slow to open) database. */
export async function resetDatabase(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ schema: string }>`
    select nspname as schema from pg_namespace where nspname like 'proj\\_%'
  `.execute(db);
  for (const { schema } of rows) await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
  await sql`truncate events, projections`.execute(db);
}
