import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { keyReused } from '@app/event-store';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';

/**
 * Names of people, kept outside the events (table personal_data) so that erasing one never
 * touches a hash chain. The read side joins names from here by person id.
 */
@Injectable()
export class PersonalDataStore {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  /**
   * Stores the name under the person id, unless a row is there already: then it must hold the
   * same name (a retry) or none (erased), else the key that made the id named someone else
   * (422 IDEMPOTENCY.KEY_REUSED). Of two concurrent registrations under one key with different
   * names, exactly one stores its name. Answers whether this call made the row.
   */
  async claimName(tenant: string, personId: string, name: string): Promise<boolean> {
    const inserted = await this.database.db
      .insertInto('personal_data')
      .values({ tenant, person_id: personId, name })
      .onConflict((conflict) => conflict.columns(['tenant', 'person_id']).doNothing())
      .returning('person_id')
      .executeTakeFirst();
    if (inserted) return true;
    const stored = await this.nameOf(tenant, personId);
    if (typeof stored === 'string' && stored !== name) throw keyReused();
    return false;
  }

  /** Takes back a row this request made, when the registration it was for was refused. */
  async release(tenant: string, personId: string): Promise<void> {
    await this.database.db
      .deleteFrom('personal_data')
      .where('tenant', '=', tenant)
      .where('person_id', '=', personId)
      .where('erased_at', 'is', null)
      .execute();
  }

  /** Erases the name for good, keeping the row's key and the time of erasure. */
  async erase(tenant: string, personId: string): Promise<void> {
    await this.database.db
      .updateTable('personal_data')
      .set({ name: null, erased_at: sql`now()`, updated_at: sql`now()` })
      .where('tenant', '=', tenant)
      .where('person_id', '=', personId)
      .where('erased_at', 'is', null)
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

  /** The row as it is, for a register extract. */
  rowOf(tenant: string, personId: string) {
    return this.database.db
      .selectFrom('personal_data')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('person_id', '=', personId)
      .executeTakeFirst();
  }
}
