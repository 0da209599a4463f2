import { sql, type Kysely } from 'kysely';
import { START, type Position } from '@app/event-store';
import type { AuditLogDb } from './log.tables';

/** The leaves recorded in a window: every one of them lies in [first, last]. */
export interface LeafSpan {
  first: number;
  last: number;
  /** The first leaf's event, to check that the store delivers it where the log has it. */
  firstEventId: string;
  /** Where to readAll from (exclusive) so that the first event of the tenant is leaf `first`. */
  after: Position;
}

/**
 * The span of the tenant's leaves below `size` recorded in [from, to) (ISO times), from the
 * index on record time alone; undefined when none was. Record times are not quite in commit
 * order (each is taken before its commit), so leaves inside the span may lie outside the window:
 * the reader filters them. The reader starts after the leaf before `first`, an event's own
 * position (a KurrentDB position between events is not one to read from).
 */
export async function leavesRecordedIn(
  db: Kysely<AuditLogDb>,
  tenant: string,
  [from, to]: [string, string],
  size: number,
): Promise<LeafSpan | undefined> {
  const span = await db
    .selectFrom('audit_leaves')
    .select([
      sql<string | null>`min(leaf_index)::text`.as('first'),
      sql<string | null>`max(leaf_index)::text`.as('last'),
    ])
    .where('tenant', '=', tenant)
    .where('recorded_at', '>=', sql<Date>`${from}::timestamptz`)
    .where('recorded_at', '<', sql<Date>`${to}::timestamptz`)
    .where('leaf_index', '<', String(size))
    .executeTakeFirst();
  if (!span?.first || !span.last) return undefined;
  const first = Number(span.first);
  const rows = await db
    .selectFrom('audit_leaves')
    .select([
      sql<string>`leaf_index::text`.as('leaf_index'),
      sql<string>`event_id::text`.as('event_id'),
      sql<string>`position::text`.as('position'),
    ])
    .where('tenant', '=', tenant)
    .where('leaf_index', 'in', [String(first), String(first - 1)])
    .execute();
  const leaf = (index: number) => rows.find((row) => Number(row.leaf_index) === index);
  const before = leaf(first - 1);
  return {
    first,
    last: Number(span.last),
    firstEventId: leaf(first)!.event_id,
    after: before ? BigInt(before.position) : START,
  };
}
