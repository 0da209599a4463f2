import { bigint, bytea, readTable, timestamptz, uuid, type TableOf } from '@app/projections';

/**
 * The transparency log's read model (a projection, so exactly-once like every read model).
 *
 * One row per leaf. Node (l, i) of the tree, the root of leaves [i·2^l, (i+1)·2^l), is closed by
 * leaf (i+1)·2^l − 1, so that leaf's row keeps it: `hashes` is the leaf's hash followed by the
 * hash of every subtree the leaf closes, level by level (32 bytes each). Appending a leaf writes
 * one row; any node is one indexed row read; a proof reads O(log n) rows in one query.
 */
export const auditLeavesTable = readTable(
  'audit_leaves',
  {
    /** bigint, selected as text (PGlite returns int8 as a lossy number). */
    leaf_index: bigint(),
    event_id: uuid(),
    /** Where readAll delivers the event (bigint, selected as text). */
    position: bigint(),
    recorded_at: timestamptz(),
    hashes: bytea(),
  },
  { primaryKey: ['tenant', 'leaf_index'] },
);

/** Each municipality's tree head: its size and root, written with the leaves. */
export const auditTreesTable = readTable(
  'audit_trees',
  { size: bigint(), root: bytea() },
  { primaryKey: ['tenant'] },
);

export interface AuditLogDb {
  audit_leaves: TableOf<typeof auditLeavesTable>;
  audit_trees: TableOf<typeof auditTreesTable>;
}

export const AUDIT_LOG = 'audit-transparency-log';
