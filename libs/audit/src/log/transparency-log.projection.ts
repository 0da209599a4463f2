import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { copyInto, type CopyValue } from '@app/platform';
import { EVERY_EVENT, type Projection } from '@app/projections';
import { CompactRange } from '../merkle/compact-range';
import { AUDIT_LOG, auditLeavesTable, auditTreesTable, type AuditLogDb } from './log.tables';
import { currentTreeHead } from './proofs';
import { readNodes } from './tree-nodes';

/**
 * Each municipality's RFC 9162 Merkle tree: every event, of every type, is the next leaf of its
 * municipality's tree, in the order readAll delivers them (commit order); the leaf's entry is
 * the event's hash (which covers its whole envelope and the hash before it in its stream).
 * A batch costs one read of each municipality's right edge (O(log n) rows) and one COPY.
 */
export const transparencyLogProjection: Projection<AuditLogDb> = {
  name: AUDIT_LOG,
  // 2: each leaf keeps its event's position and record time (an audit package reads its window only).
  version: 2,
  handles: [EVERY_EVENT],
  async setup(db: Kysely<AuditLogDb>) {
    await sql.raw(auditLeavesTable.ddl()).execute(db);
    await sql.raw(auditTreesTable.ddl()).execute(db);
  },
  // Only proofs and windows read these; appending a leaf reads the primary key alone.
  readIndexes: [
    { name: 'audit_leaves_by_event', on: 'audit_leaves (tenant, event_id)', unique: true },
    // Covering: a window's first and last leaf come from the index alone.
    { name: 'audit_leaves_by_time', on: 'audit_leaves (tenant, recorded_at, leaf_index)' },
  ],
  async apply(tx: Transaction<AuditLogDb>, events: readonly RecordedEvent[]) {
    for (const [tenant, ofTenant] of byTenant(events)) await appendLeaves(tx, tenant, ofTenant);
  },
};

function byTenant(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const tenants = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const list = tenants.get(event.metadata.tenant);
    if (list) list.push(event);
    else tenants.set(event.metadata.tenant, [event]);
  }
  return tenants;
}

async function appendLeaves(
  tx: Transaction<AuditLogDb>,
  tenant: string,
  events: readonly RecordedEvent[],
): Promise<void> {
  const tree = await loadTree(tx, tenant);
  const first = tree.size;
  const leaves = events.map((event, index): CopyValue[] => {
    // bytea's hex form, \x…: COPY's escaping doubles the backslash on the way.
    const hex = `\\x${tree.append(event.metadata.hash).join('')}`;
    return [tenant, first + index, event.id, event.position, event.metadata.recordedAt, hex];
  });
  await copyInto(tx, auditLeavesTable.name, auditLeavesTable.columnNames, leaves);
  await sql`
    insert into audit_trees (tenant, size, root) values (${tenant}, ${tree.size}, ${tree.root()})
    on conflict (tenant) do update set size = excluded.size, root = excluded.root`.execute(tx);
}

/** The municipality's tree as it stands: its size and right edge. */
async function loadTree(db: Kysely<AuditLogDb>, tenant: string): Promise<CompactRange> {
  const { size } = await currentTreeHead(db, tenant);
  return CompactRange.of(size, await readNodes(db, tenant, CompactRange.edgeOf(size)));
}
