import { sql } from 'kysely';
import { PostgresEventStore, type EventStore, type Position } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';

export interface EventCount {
  count: number;
  /** False when counting stopped at the cap: there are at least `count` events. */
  exact: boolean;
}

/** Counting through readAll reads whole events; it stops here and says so. */
const SCAN_CAP = 100_000;

/**
 * How many events lie after `after` up to and including `upTo`: lag in events. Positions have
 * gaps (a PostgreSQL position is a transaction id times 2^20 plus an index), so subtracting them
 * says nothing. The PostgreSQL store keeps its events in the same database as the read models, so
 * a count over the primary key answers; other stores are counted by reading, up to a cap.
 */
export function eventCounterFor(store: EventStore, database: SqlDatabase) {
  return async (after: Position, upTo: Position): Promise<EventCount> => {
    if (upTo <= after) return { count: 0, exact: true };
    if (store instanceof PostgresEventStore) {
      const { rows } = await sql<{ count: string }>`
        select count(*)::text as count from events
         where position > ${after.toString()}::bigint and position <= ${upTo.toString()}::bigint
      `.execute(database.db);
      return { count: Number(rows[0].count), exact: true };
    }
    let count = 0;
    let from = after;
    while (count < SCAN_CAP) {
      const page = await store.readAll(from, 1000);
      const within = page.filter((event) => event.position <= upTo);
      count += within.length;
      if (within.length < page.length || page.length < 1000) return { count, exact: true };
      from = page[page.length - 1].position;
    }
    return { count, exact: false };
  };
}
