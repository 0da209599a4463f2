import type { Kysely } from 'kysely';
import { START, type EventStore } from '@app/event-store';
import type { Database } from '@app/platform';

const PAGE = 5000;

/** An event that names the person: where, what, and the fact as recorded. */
export interface Mention {
  stream: string;
  revision: string;
  type: string;
  validFrom: string | null;
  recordedAt: string;
  data: unknown;
}

export interface RegisterExtract {
  personId: string;
  /** The row of the personal-data table (name, title, times of record and of erasure), if any. */
  personalData: {
    name: string | null;
    title: string | null;
    recordedAt: string;
    updatedAt: string;
    erasedAt: string | null;
  } | null;
  /** Every event of the municipality that names the person: registration, seats, attendance,
   * motions, presentations, assignments, mentions in texts; grouped by stream, oldest first. */
  mentions: Mention[];
}

/**
 * Everything the system holds about a person (GDPR Art. 15): the personal-data row and every
 * event of the municipality whose data names the person's id, found by reading the whole log
 * (so that nothing a context records is missed, whatever its read models keep). Answers
 * undefined when nothing names the person. Costly on a long log, and asked for rarely.
 */
export async function registerExtract(
  database: Kysely<Database>,
  store: EventStore,
  tenant: string,
  personId: string,
): Promise<RegisterExtract | undefined> {
  const row = await database
    .selectFrom('personal_data')
    .select(['name', 'title', 'recorded_at', 'updated_at', 'erased_at'])
    .where('tenant', '=', tenant)
    .where('subject_kind', '=', 'person')
    .where('subject_id', '=', personId)
    .executeTakeFirst();
  const mentions: Mention[] = [];
  for (let from = START; ;) {
    const page = await store.readAll(from, PAGE);
    for (const event of page) {
      if (event.metadata.tenant !== tenant || !JSON.stringify(event.data).includes(personId)) {
        continue;
      }
      mentions.push({
        stream: event.stream,
        revision: event.revision.toString(),
        type: event.type,
        validFrom: event.metadata.validFrom ?? null,
        recordedAt: event.metadata.recordedAt,
        data: event.data,
      });
    }
    if (page.length < PAGE) break;
    from = page[page.length - 1].position;
  }
  if (!row && mentions.length === 0) return undefined;
  mentions.sort(
    (a, b) => a.stream.localeCompare(b.stream) || Number(a.revision) - Number(b.revision),
  );
  return {
    personId,
    personalData: row
      ? {
          name: row.name,
          title: row.title,
          recordedAt: new Date(row.recorded_at).toISOString(),
          updatedAt: new Date(row.updated_at).toISOString(),
          erasedAt: row.erased_at === null ? null : new Date(row.erased_at).toISOString(),
        }
      : null,
    mentions,
  };
}
