import { sql, type Kysely } from 'kysely';
import {
  EMPTY_ROOT,
  consistencyRanges,
  foldCover,
  inclusionRanges,
  perfectCover,
  type LeafRange,
} from '../merkle/merkle';
import type { AuditLogDb } from './log.tables';
import { readNodes } from './tree-nodes';

export interface TreeHead {
  size: number;
  root: Buffer;
}

/** The municipality's tree as the projection has it now (size 0: nothing recorded yet). */
export async function currentTreeHead(db: Kysely<AuditLogDb>, tenant: string): Promise<TreeHead> {
  const row = await db
    .selectFrom('audit_trees')
    .select([sql<string>`size::text`.as('size'), 'root'])
    .where('tenant', '=', tenant)
    .executeTakeFirst();
  if (!row) return { size: 0, root: EMPTY_ROOT };
  return { size: Number(row.size), root: Buffer.from(row.root) };
}

/** The leaf an event is, or undefined when the log has not taken it in (or it is another's). */
export async function leafOfEvent(
  db: Kysely<AuditLogDb>,
  tenant: string,
  eventId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_leaves')
    .select(sql<string>`leaf_index::text`.as('leaf_index'))
    .where('tenant', '=', tenant)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row ? Number(row.leaf_index) : undefined;
}

/** The event ids of leaves [start, end), in leaf order. */
export async function eventsOfLeaves(
  db: Kysely<AuditLogDb>,
  tenant: string,
  [start, end]: LeafRange,
): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_leaves')
    .select(sql<string>`event_id::text`.as('event_id'))
    .where('tenant', '=', tenant)
    .where('leaf_index', '>=', String(start))
    .where('leaf_index', '<', String(end))
    .orderBy('leaf_index')
    .execute();
  return rows.map((row) => row.event_id);
}

/** MTH of each range, reading every node they need in one query. */
export async function rangeHashes(
  db: Kysely<AuditLogDb>,
  tenant: string,
  ranges: readonly LeafRange[],
): Promise<Buffer[]> {
  const covers = ranges.map(perfectCover);
  const nodes = await readNodes(db, tenant, covers.flat());
  let at = 0;
  return covers.map((cover) => foldCover(nodes.slice(at, (at += cover.length))));
}

export async function rootAt(db: Kysely<AuditLogDb>, tenant: string, size: number) {
  const [root] = await rangeHashes(db, tenant, [[0, size]]);
  return root;
}

/** RFC 9162 §2.1.3: the audit path of leaf `index` in the tree of `size` leaves. */
export function inclusionProof(
  db: Kysely<AuditLogDb>,
  tenant: string,
  index: number,
  size: number,
): Promise<Buffer[]> {
  return rangeHashes(db, tenant, inclusionRanges(index, size));
}

/** RFC 9162 §2.1.4: the proof that the tree of `first` leaves is a prefix of the one of `second`. */
export function consistencyProof(
  db: Kysely<AuditLogDb>,
  tenant: string,
  first: number,
  second: number,
): Promise<Buffer[]> {
  return rangeHashes(db, tenant, consistencyRanges(first, second));
}
