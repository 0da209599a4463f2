import { Logger } from '@nestjs/common';
import { sql } from 'kysely';
import type { Actor } from '@app/kernel';
import type { SqlDatabase } from '@app/platform';
import { storable } from './append-batch';
import type { NewEvent } from './event-store.port';

/** Shown where an actor's name was erased: the id, role and organisation stay in the event. */
export const NAME_ERASED = '[name erased]';

/** A caller's display name, as the writer handed it to an append (the event never keeps it). */
export interface CallerName {
  subject: string;
  name: string;
}

/**
 * The caller of an append: a writer passes the whole Actor in the events' metadata, and the
 * store keeps only the subject, role and organisation in the events. None when no name came,
 * or one no table can hold (a NUL): the command is not refused for its caller's name.
 */
export function callerOf(events: readonly NewEvent[]): CallerName | undefined {
  const actor = events[0]?.metadata.actor as Partial<Actor> | undefined;
  if (typeof actor?.id !== 'string' || typeof actor.name !== 'string') return undefined;
  if (!storable(actor.id) || !storable(actor.name)) return undefined;
  return { subject: actor.id, name: actor.name };
}

/** The callers' names this process has stored, per tenant: at most `limit`, then it starts over. */
export class StoredNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit = 10_000) {}

  has(tenant: string, { subject, name }: CallerName): boolean {
    return this.names.get(keyOf(tenant, subject)) === name;
  }

  remember(tenant: string, { subject, name }: CallerName): void {
    if (this.names.size >= this.limit) this.names.clear();
    this.names.set(keyOf(tenant, subject), name);
  }

  forget(tenant: string, subject: string): void {
    this.names.delete(keyOf(tenant, subject));
  }
}

/**
 * The upsert of a caller's name: a new name replaces the old one, an erased row stays erased,
 * an unchanged name writes nothing. `source` yields the row to write (none: nothing written).
 */
export function upsertCallerName(source: ReturnType<typeof sql>) {
  return sql`
    insert into personal_data (tenant, subject_kind, subject_id, name)
    ${source}
    on conflict (tenant, subject_kind, subject_id) do update
       set name = excluded.name, updated_at = now()
     where personal_data.erased_at is null and personal_data.name is distinct from excluded.name`;
}

/**
 * Callers' display names, kept outside the events in the erasable personal_data table as
 * subjects of kind 'caller', keyed by the actor's subject (the token's `sub`): events know the
 * actor by subject, role and organisation only, so erasing a name never touches a hash chain.
 * A PostgreSQL store writes the name in the append's own statement; a KurrentDB store, which
 * shares no transaction with this table, records it here after the append (see recordAfter).
 */
export class ActorNames {
  private readonly logger = new Logger(ActorNames.name);
  /** What this process last stored per tenant and subject: an unchanged name costs no write. */
  private readonly known = new StoredNames();
  /** Names whose write failed after their event was stored: written on the next occasion. */
  private readonly pending = new Map<string, { tenant: string; caller: CallerName }>();

  constructor(private readonly database: SqlDatabase) {}

  /**
   * After an append that stored its events: the event is the record and the command succeeded,
   * so a failure to keep the name never fails it. The name is logged and kept in memory, and
   * written with the next append this process makes (any caller's); a restart loses it until
   * that caller's next command.
   */
  async recordAfter(tenant: string, caller: CallerName | undefined): Promise<void> {
    if (caller) this.pending.set(keyOf(tenant, caller.subject), { tenant, caller });
    for (const [key, entry] of [...this.pending]) {
      try {
        await this.record(entry.tenant, entry.caller);
        this.pending.delete(key);
      } catch (error) {
        this.logger.warn(
          `The name of caller ${entry.caller.subject} (${entry.tenant}) was not stored; retried with the next append: ${String(error)}`,
        );
        return;
      }
    }
  }

  /** Stores the caller's name if it changed; an erased row stays erased. */
  async record(tenant: string, { subject, name }: CallerName): Promise<void> {
    if (this.known.has(tenant, { subject, name })) return;
    await upsertCallerName(sql`values (${tenant}, 'caller', ${subject}, ${name})`).execute(
      this.database.db,
    );
    this.known.remember(tenant, { subject, name });
  }

  /**
   * Erases a caller's name for good (GDPR Art. 17): the row keeps its key and the time. False
   * when no name of this caller is kept (none recorded, or erased already).
   */
  async erase(tenant: string, subject: string): Promise<boolean> {
    const erased = await this.database.db
      .updateTable('personal_data')
      .set({ name: null, erased_at: sql`now()`, updated_at: sql`now()` })
      .where('tenant', '=', tenant)
      .where('subject_kind', '=', 'caller')
      .where('subject_id', '=', subject)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    this.known.forget(tenant, subject);
    return erased.numUpdatedRows > 0n;
  }

  /** When the caller's name was erased; undefined when no row of this caller is kept. */
  async erasedAt(tenant: string, subject: string): Promise<Date | null | undefined> {
    const row = await this.database.db
      .selectFrom('personal_data')
      .select('erased_at')
      .where('tenant', '=', tenant)
      .where('subject_kind', '=', 'caller')
      .where('subject_id', '=', subject)
      .executeTakeFirst();
    return row?.erased_at;
  }

  /** Names by subject; NAME_ERASED once erased; subjects with no row are left out. */
  async namesOf(tenant: string, subjects: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(subjects)];
    if (unique.length === 0) return new Map();
    const rows = await this.database.db
      .selectFrom('personal_data')
      .select(['subject_id', 'name'])
      .where('tenant', '=', tenant)
      .where('subject_kind', '=', 'caller')
      .where('subject_id', 'in', unique)
      .execute();
    return new Map(rows.map((row) => [row.subject_id, row.name ?? NAME_ERASED]));
  }
}

function keyOf(tenant: string, subject: string): string {
  return `${tenant}\n${subject}`;
}
