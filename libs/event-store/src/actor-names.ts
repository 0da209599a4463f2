import { sql } from 'kysely';
import type { Identity } from '@app/kernel';
import type { SqlDatabase } from '@app/platform';

/** Shown where an actor's name was erased: the id, role and organisation stay in the event. */
export const NAME_ERASED = '[name erased]';

/**
 * Callers' display names, kept outside the events in the erasable personal_data table, keyed by
 * the actor's subject (the token's `sub`): events know the actor by subject, role and
 * organisation only, so erasing a name never touches a hash chain. Recorded when a command
 * is, and joined back by the history reads.
 */
export class ActorNames {
  /** What this process last stored per tenant and subject: an unchanged name costs no write. */
  private readonly known = new Map<string, string>();

  constructor(private readonly database: SqlDatabase) {}

  /** Stores the caller's name if it changed; an erased row stays erased. */
  async record({ municipality, actor }: Identity): Promise<void> {
    const key = `${municipality}\n${actor.id}`;
    if (this.known.get(key) === actor.name) return;
    await this.database.db
      .insertInto('personal_data')
      .values({ tenant: municipality, person_id: actor.id, name: actor.name })
      .onConflict((conflict) =>
        conflict
          .columns(['tenant', 'person_id'])
          .doUpdateSet({ name: actor.name, updated_at: sql`now()` })
          .where('personal_data.erased_at', 'is', null)
          .where('personal_data.name', 'is distinct from', actor.name),
      )
      .execute();
    this.known.set(key, actor.name);
  }

  /** Names by subject; NAME_ERASED once erased; subjects with no row are left out. */
  async namesOf(tenant: string, subjects: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(subjects)];
    if (unique.length === 0) return new Map();
    const rows = await this.database.db
      .selectFrom('personal_data')
      .select(['person_id', 'name'])
      .where('tenant', '=', tenant)
      .where('person_id', 'in', unique)
      .execute();
    return new Map(rows.map((row) => [row.person_id, row.name ?? NAME_ERASED]));
  }
}
