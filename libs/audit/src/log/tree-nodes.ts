import { sql, type Kysely } from 'kysely';
import { HASH_BYTES, type NodeId } from '../merkle/merkle';
import type { AuditLogDb } from './log.tables';

/** The leaf whose row keeps node (l, i): the last leaf under it. */
export function rowOf(node: NodeId): number {
  return (node.index + 1) * 2 ** node.level - 1;
}

/**
 * The hashes of `nodes`, in the same order, in one query (through the query builder, so that
 * a read model's schema applies). Throws when the tree does not hold
 * one (a node past its size): callers ask only for nodes of a tree they know the size of.
 */
export async function readNodes(
  db: Kysely<AuditLogDb>,
  tenant: string,
  nodes: readonly NodeId[],
): Promise<Buffer[]> {
  if (nodes.length === 0) return [];
  const rows = [...new Set(nodes.map(rowOf))];
  const found = await db
    .selectFrom('audit_leaves')
    .select([sql<string>`leaf_index::text`.as('leaf_index'), 'hashes'])
    .where('tenant', '=', tenant)
    .where('leaf_index', 'in', rows.map(String))
    .execute();
  const byRow = new Map(found.map((row) => [Number(row.leaf_index), Buffer.from(row.hashes)]));
  return nodes.map((node) => {
    const hashes = byRow.get(rowOf(node));
    const start = node.level * HASH_BYTES;
    if (!hashes || hashes.length < start + HASH_BYTES) {
      throw new Error(
        `The transparency log of ${tenant} holds no node (${node.level}, ${node.index})`,
      );
    }
    return hashes.subarray(start, start + HASH_BYTES);
  });
}
