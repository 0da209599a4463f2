import { sql, type Kysely } from 'kysely';
import type { AuditDb } from './checkpoint.tables';

/** A kept checkpoint: the signed note and what it says. */
export interface StoredCheckpoint {
  tenant: string;
  treeSize: number;
  rootHash: string;
  issuedAt: string;
  /** The C2SP signed note: the text an auditor keeps. */
  note: string;
}

const columns = [
  'tenant',
  sql<string>`tree_size::text`.as('tree_size'),
  'root',
  'note',
  sql<string>`to_char(issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
    'issued_at',
  ),
] as const;

/** The column, not the text selected under its name ('9' sorts after '10'). */
const bySize = sql`audit_checkpoints.tree_size`;

type Row = { tenant: string; tree_size: string; root: Uint8Array; note: string; issued_at: string };

function toCheckpoint(row: Row): StoredCheckpoint {
  return {
    tenant: row.tenant,
    treeSize: Number(row.tree_size),
    rootHash: Buffer.from(row.root).toString('hex'),
    issuedAt: row.issued_at,
    note: row.note,
  };
}

export async function latestCheckpoint(
  db: Kysely<AuditDb>,
  tenant: string,
): Promise<StoredCheckpoint | undefined> {
  const row = await db
    .selectFrom('audit_checkpoints')
    .select(columns)
    .where('tenant', '=', tenant)
    .orderBy(bySize, 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toCheckpoint(row);
}

export async function checkpointOfSize(
  db: Kysely<AuditDb>,
  tenant: string,
  treeSize: number,
): Promise<StoredCheckpoint | undefined> {
  const row = await db
    .selectFrom('audit_checkpoints')
    .select(columns)
    .where('tenant', '=', tenant)
    .where('tree_size', '=', String(treeSize) as never)
    .executeTakeFirst();
  return row && toCheckpoint(row);
}

export interface CheckpointQuery {
  /** Issued at or after (ISO date or time). */
  from?: string;
  /** Issued before. */
  to?: string;
  /** Only checkpoints smaller than this tree size: the next page after a page's last size. */
  before?: number;
  limit: number;
}

/** The history of checkpoints, newest first. */
export async function listCheckpoints(
  db: Kysely<AuditDb>,
  tenant: string,
  query: CheckpointQuery,
): Promise<StoredCheckpoint[]> {
  let select = db.selectFrom('audit_checkpoints').select(columns).where('tenant', '=', tenant);
  if (query.from) select = select.where(sql<boolean>`issued_at >= ${query.from}::timestamptz`);
  if (query.to) select = select.where(sql<boolean>`issued_at < ${query.to}::timestamptz`);
  if (query.before !== undefined) {
    select = select.where(sql<boolean>`tree_size < ${query.before}`);
  }
  const rows = await select.orderBy(bySize, 'desc').limit(query.limit).execute();
  return rows.map(toCheckpoint);
}

/** Every checkpoint of the municipality (or of all), smallest first: what verification checks. */
export async function allCheckpoints(
  db: Kysely<AuditDb>,
  tenant?: string,
): Promise<StoredCheckpoint[]> {
  let select = db.selectFrom('audit_checkpoints').select(columns);
  if (tenant !== undefined) select = select.where('tenant', '=', tenant);
  const rows = await select.orderBy('tenant').orderBy(bySize).execute();
  return rows.map(toCheckpoint);
}

/** Keeps a checkpoint; a second one of the same size (another process was first) is dropped. */
export async function keepCheckpoint(
  db: Kysely<AuditDb>,
  checkpoint: { tenant: string; treeSize: number; root: Buffer; note: string },
): Promise<void> {
  await db
    .insertInto('audit_checkpoints')
    .values({
      tenant: checkpoint.tenant,
      tree_size: checkpoint.treeSize,
      root: checkpoint.root,
      note: checkpoint.note,
    })
    .onConflict((conflict) => conflict.columns(['tenant', 'tree_size']).doNothing())
    .execute();
}
