import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';

/**
 * Names of people, kept outside the events (table personal_data) so that erasing one never
 * touches a hash chain. The read side joins names from here by person id.
 */
@Injectable()
export class PersonalDataStore {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  /**
   * Upserts by person id, so a retried registration writes its own row again. An erased name
   * stays erased: a late retry must not bring it back.
   */
  async saveName(tenant: string, personId: string, name: string): Promise<void> {
    await this.database.db
      .insertInto('personal_data')
      .values({ tenant, person_id: personId, name })
      .onConflict((conflict) =>
        conflict
          .columns(['tenant', 'person_id'])
          .doUpdateSet({ name, updated_at: sql`now()` })
          .where('personal_data.erased_at', 'is', null),
      )
      .execute();
  }

  /** The stored name; null once erased, undefined when none was ever stored. */
  async nameOf(tenant: string, personId: string): Promise<string | null | undefined> {
    const row = await this.database.db
      .selectFrom('personal_data')
      .select('name')
      .where('tenant', '=', tenant)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row?.name;
  }
}
