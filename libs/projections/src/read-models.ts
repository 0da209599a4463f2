import { ServiceUnavailableException } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';

export const READ_MODEL_NOT_READY = 'PROJECTION.NOT_READY';

/**
 * A Kysely bound to the schema of the projection's active build: query functions name their
 * tables without knowing versions or builds. The build is looked up per call (one indexed row),
 * so a query started after a switch reads the new build; a query under way keeps the old schema
 * for the grace period before it is dropped.
 */
export async function readModel<DB>(db: Kysely<Database>, name: string): Promise<Kysely<DB>> {
  const schema = await activeSchemaOf(db, name);
  if (schema === undefined) {
    throw new ServiceUnavailableException({
      code: READ_MODEL_NOT_READY,
      detail: `The read model ${name} has not been built yet; its projection has not started`,
    });
  }
  return (db as unknown as Kysely<DB>).withSchema(schema);
}

/** The schema reads of the projection go to now; undefined before its first build exists. */
export async function activeSchemaOf(
  db: Kysely<Database>,
  name: string,
): Promise<string | undefined> {
  const active = await db
    .selectFrom('projections')
    .select('schema_name')
    .where('name', '=', name)
    .where('active', '=', true)
    .executeTakeFirst();
  return active?.schema_name;
}
