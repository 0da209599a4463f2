import { Inject, Injectable } from '@nestjs/common';
import { sql, type ExpressionBuilder } from 'kysely';
import { keyReused } from '@app/event-store';
import { SQL_DATABASE, type Database, type SqlDatabase } from '@app/platform';

/** A registered person's personal data: kept here, never in an event. */
export interface PersonalFacts {
  name: string;
  title: string | null;
}

/**
 * Names and titles of registered people, kept outside the events (table personal_data, subject
 * kind 'person') so that erasing them never touches a hash chain. Callers' names share the
 * table under their own kind (see ActorNames) and are never touched from here. The read side
 * joins names and titles from here by person id.
 */
@Injectable()
export class PersonalDataStore {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  /**
   * Stores the name and title under the person id, unless a row is there already: then it must
   * hold the same (a retry) or nothing (erased), else the key that made the id named someone
   * else (422 IDEMPOTENCY.KEY_REUSED). Of two concurrent registrations under one key with
   * different names, exactly one stores its own. Answers whether this call made the row.
   */
  async claim(tenant: string, personId: string, facts: PersonalFacts): Promise<boolean> {
    const inserted = await this.database.db
      .insertInto('personal_data')
      .values({ tenant, subject_kind: 'person', subject_id: personId, ...facts })
      .onConflict((conflict) =>
        conflict.columns(['tenant', 'subject_kind', 'subject_id']).doNothing(),
      )
      .returning('subject_id')
      .executeTakeFirst();
    if (inserted) return true;
    await this.assertSame(tenant, personId, facts);
    return false;
  }

  /** A repeat must name the same person: an erased row matches anything (nothing to compare). */
  async assertSame(tenant: string, personId: string, facts: PersonalFacts): Promise<void> {
    const stored = await this.rowOf(tenant, personId);
    if (!stored || stored.erased_at !== null) return;
    if (stored.name !== facts.name || stored.title !== facts.title) throw keyReused();
  }

  /** Takes back a row this request made, when the registration it was for was refused. */
  async release(tenant: string, personId: string): Promise<void> {
    await this.database.db
      .deleteFrom('personal_data')
      .where(person(tenant, personId))
      .where('erased_at', 'is', null)
      .execute();
  }

  /** Erases the name and title for good, keeping the row's key and the time of erasure. */
  async erase(tenant: string, personId: string): Promise<void> {
    await this.database.db
      .updateTable('personal_data')
      .set({ name: null, title: null, erased_at: sql`now()`, updated_at: sql`now()` })
      .where(person(tenant, personId))
      .where('erased_at', 'is', null)
      .execute();
  }

  /** The row as it is, for a register extract; undefined when none was ever stored. */
  rowOf(tenant: string, personId: string) {
    return this.database.db
      .selectFrom('personal_data')
      .selectAll()
      .where(person(tenant, personId))
      .executeTakeFirst();
  }
}

/** The row of a registered person (never a caller's, whose subject may be the same id). */
function person(tenant: string, personId: string) {
  return (eb: ExpressionBuilder<Database, 'personal_data'>) =>
    eb.and({ tenant, subject_kind: 'person', subject_id: personId });
}
