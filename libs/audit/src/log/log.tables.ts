/**
 * The transparency log's read model (a projection, so exactly-once like every read model).
 *
 * One row per leaf. Node (l, i) of the tree, the root of leaves [i·2^l, (i+1)·2^l), is closed by
 * leaf (i+1)·2^l − 1, so that leaf's row keeps it: `hashes` is the leaf's hash followed by the
 * hash of every subtree the leaf closes, level by level (32 bytes each). Appending a leaf writes
 * one row; any node is one indexed row read; a proof reads O(log n) rows in one query.
 */
export interface AuditLeavesTable {
  tenant: string;
  /** bigint, selected as text (PGlite returns int8 as a lossy number). */
  leaf_index: string;
  event_id: string;
  /** Where readAll delivers the event (bigint, selected as text). */
  position: string;
  recorded_at: Date;
  hashes: Uint8Array;
}

/** Each municipality's tree head: its size and root, written with the leaves. */
export interface AuditTreesTable {
  tenant: string;
  size: string;
  root: Uint8Array;
}

export interface AuditLogDb {
  audit_leaves: AuditLeavesTable;
  audit_trees: AuditTreesTable;
}

export const AUDIT_LOG = 'audit-transparency-log';
