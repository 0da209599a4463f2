import { sql, type Kysely } from 'kysely';
import { fingerprintOf, type Version } from './timeline';

/**
 * A bitemporal table: each row is one version of an entity, valid over [valid_from, valid_to)
 * in business time and recorded over [recorded_from, recorded_to) in record time. Null ends
 * are open: valid until further notice, and current knowledge.
 */
export interface VersionTable {
  name: string;
  /** The column naming the stream a row comes from (group_id for groups and their memberships). */
  scopeColumn: string;
  /** The table's own columns, as SQL column definitions. */
  columns: string;
  /** Further indexes, as SQL statements, for the lookups the queries make. */
  indexes: readonly string[];
  /** The table's own columns of a version, the scope column included. */
  row(version: Version, scope: string): Record<string, unknown>;
}

// Kysely cannot type a table chosen at run time; the column names come from VersionTable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const INSERT_CHUNK = 500;

export async function createVersionTable(db: AnyDb, table: VersionTable): Promise<void> {
  const name = sql.raw(table.name);
  await sql`
    create table ${name} (
      tenant text not null,
      ${sql.raw(table.columns)},
      valid_from date not null,
      valid_to date,
      recorded_from timestamptz not null,
      recorded_to timestamptz,
      fingerprint text not null,
      check (valid_to is null or valid_to > valid_from),
      check (recorded_to is null or recorded_to > recorded_from)
    )`.execute(db);
  // What the projection looks up on every change: the current versions of one stream.
  await sql`
    create unique index ${sql.raw(`${table.name}_current`)}
      on ${name} (tenant, ${sql.raw(table.scopeColumn)}, fingerprint) where recorded_to is null
  `.execute(db);
  // Time slices ("as of D, known at T") over a whole table, e.g. every organisation on a date.
  await sql`
    create index ${sql.raw(`${table.name}_slice`)} on ${name}
      using gist (daterange(valid_from, valid_to), tstzrange(recorded_from, recorded_to))
  `.execute(db);
  for (const statement of table.indexes) await sql.raw(statement).execute(db);
}

/**
 * Makes the table's current versions of one stream equal `versions`, as learnt at `at`:
 * versions no longer true are closed (recorded_to = at), new ones are inserted from `at`, and
 * the ones still true are left as they are, so their record time keeps saying since when they
 * have been known. Applying the same versions again changes nothing.
 */
export async function reconcileVersions(
  db: AnyDb,
  table: VersionTable,
  tenant: string,
  scope: string,
  versions: readonly Version[],
  at: string,
): Promise<void> {
  const wanted = new Map(versions.map((version) => [fingerprintOf(version), version]));
  const current = await db
    .selectFrom(table.name)
    .select('fingerprint')
    .where('tenant', '=', tenant)
    .where(table.scopeColumn, '=', scope)
    .where('recorded_to', 'is', null)
    .execute();
  const have = new Set(current.map((row) => row.fingerprint as string));
  const stale = [...have].filter((fingerprint) => !wanted.has(fingerprint));
  if (stale.length > 0) {
    // A version that came and went within one instant of record time was never visible to
    // anyone (several events of one append): it leaves no trace rather than an empty period.
    await db
      .deleteFrom(table.name)
      .where('tenant', '=', tenant)
      .where(table.scopeColumn, '=', scope)
      .where('recorded_to', 'is', null)
      .where('fingerprint', 'in', stale)
      .where('recorded_from', '>=', at)
      .execute();
    await db
      .updateTable(table.name)
      .set({ recorded_to: at })
      .where('tenant', '=', tenant)
      .where(table.scopeColumn, '=', scope)
      .where('recorded_to', 'is', null)
      .where('fingerprint', 'in', stale)
      .execute();
  }
  const added = [...wanted].filter(([fingerprint]) => !have.has(fingerprint));
  for (let start = 0; start < added.length; start += INSERT_CHUNK) {
    const rows = added.slice(start, start + INSERT_CHUNK).map(([fingerprint, version]) => ({
      tenant,
      ...table.row(version, scope),
      valid_from: version.validFrom,
      valid_to: version.validTo,
      recorded_from: at,
      recorded_to: null,
      fingerprint,
    }));
    await db.insertInto(table.name).values(rows).execute();
  }
}
