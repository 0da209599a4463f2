import { sql, type Kysely } from 'kysely';
import { copyInto, type CopyValue } from '@app/platform';
import type { Columns, ReadIndex, ReadTable } from '@app/projections';
import type { Version } from './timeline';
import { scopeKey, type StoredVersion, type VersionChanges, type VersionKey } from './version-plan';

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
  /** Their names, in the order of the definitions. */
  columnNames: readonly string[];
  /** Those of them that hold JSON (json, jsonb): written as their JSON text. */
  jsonColumns: ReadonlySet<string>;
  /** Further indexes, as SQL statements, for the lookups the projection itself makes. */
  indexes: readonly string[];
  /** Indexes only the reads use (a list's order): made once a rebuild has caught up. */
  readIndexes?: readonly ReadIndex[];
  /**
   * The table's own columns of a version, the scope column included: a jsonb column takes the
   * value itself (copyValueOf writes it as its JSON text).
   */
  row(version: Version, scope: string): Record<string, unknown>;
}

/** A version table of a declared read table: its name and columns come from the declaration. */
export function versionTable<C extends Columns>(
  declared: ReadTable<C>,
  spec: Omit<VersionTable, 'name' | 'columns' | 'columnNames' | 'jsonColumns' | 'scopeColumn'> & {
    scopeColumn: keyof C & string;
  },
): VersionTable {
  const arrays = Object.entries(declared.columns).filter(([, column]) =>
    column.sqlType.endsWith('[]'),
  );
  // COPY takes an array in PostgreSQL's own literal, not as JSON: none is needed yet.
  if (arrays.length > 0) throw new Error(`${declared.name}: a version table has no array columns`);
  return {
    name: declared.name,
    columns: declared.columnsDdl(),
    columnNames: Object.keys(declared.columns),
    jsonColumns: new Set(
      Object.entries(declared.columns)
        .filter(([, column]) => column.sqlType === 'json' || column.sqlType === 'jsonb')
        .map(([name]) => name),
    ),
    ...spec,
  };
}

// Kysely cannot type a table chosen at run time; the column names come from VersionTable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

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
 * The versions of many streams a batch may change, in one statement: the open ones, and those
 * closed at or after `sinceMs` (the batch's first instant: a version closed earlier in that
 * instant may reopen). A batch's streams are looked up together by the tables' index on
 * (tenant, scope, …), not one query per stream. The keys travel as arrays and are joined
 * through unnest, whose row count the planner reads off the array (for a recordset of JSON it
 * assumes 100 rows, and on a small table then prefers to hash all of it: a sequential scan per
 * batch, growing with the table).
 */
export async function loadCurrentVersions(
  db: AnyDb,
  table: VersionTable,
  scopes: readonly { tenant: string; scope: string }[],
  sinceMs: number,
): Promise<Map<string, StoredVersion[]>> {
  const current = new Map<string, StoredVersion[]>();
  if (scopes.length === 0) return current;
  const { rows } = await sql<{
    tenant: string;
    scope: string;
    fingerprint: string;
    ms: number;
    closed_ms: number | null;
  }>`
    select v.tenant, v.${sql.raw(table.scopeColumn)} as scope, v.fingerprint,
           round(extract(epoch from v.recorded_from) * 1000)::float8 as ms,
           round(extract(epoch from v.recorded_to) * 1000)::float8 as closed_ms
      from unnest(${scopes.map((k) => k.tenant)}::text[], ${scopes.map((k) => k.scope)}::text[])
           as k(tenant, scope)
      join ${sql.raw(table.name)} v
        on v.tenant = k.tenant and v.${sql.raw(table.scopeColumn)} = k.scope
     where v.recorded_to is null or v.recorded_to >= ${new Date(sinceMs).toISOString()}::timestamptz`.execute(
    db,
  );
  for (const row of rows) {
    const key = scopeKey(row.tenant, row.scope);
    const list = current.get(key) ?? [];
    list.push({
      fingerprint: row.fingerprint,
      recordedMs: Number(row.ms),
      closedMs: row.closed_ms === null ? null : Number(row.closed_ms),
    });
    current.set(key, list);
  }
  return current;
}

/** Version keys as an unnest of arrays (see loadCurrentVersions), with any further columns. */
function keys(rows: readonly VersionKey[], more = sql``) {
  return sql`unnest(${rows.map((row) => row.tenant)}::text[], ${rows.map((row) => row.scope)}::text[],
                    ${rows.map((row) => row.fingerprint)}::text[]${more})`;
}

/**
 * Writes a batch's planned changes (see version-plan.ts): removals and record-time ends first,
 * so that a version closed and recorded again within the batch never meets its old row in
 * `_current`, then the new rows. One statement each, whatever the number of streams: keys travel
 * as arrays, new rows by COPY (as one JSON recordset, PostgreSQL parsed every row's text twice,
 * and inserting was most of the groups' rebuild in the database; bench/NOTES.md).
 */
export async function writeVersionChanges(
  db: AnyDb,
  table: VersionTable,
  changes: VersionChanges,
): Promise<void> {
  // Raw names (constants of the code), resolved by the build's search_path: a reference built
  // with sql.ref would be requalified by the withSchema plugin, alias and all.
  const name = sql.raw(table.name);
  const scope = sql.raw(`v.${table.scopeColumn}`);
  if (changes.deleted.length > 0) {
    await sql`
      delete from ${name} v
       using ${keys(changes.deleted)} as d(tenant, scope, fingerprint)
       where v.tenant = d.tenant and ${scope} = d.scope and v.fingerprint = d.fingerprint
         and v.recorded_to is null`.execute(db);
  }
  if (changes.ended.length > 0) {
    const { ended } = changes;
    await sql`
      update ${name} v set recorded_to = c.recorded_to
        from ${keys(ended, sql`, ${ended.map((c) => c.from)}::timestamptz[], ${ended.map((c) => c.to)}::timestamptz[]`)}
             as c(tenant, scope, fingerprint, was, recorded_to)
       where v.tenant = c.tenant and ${scope} = c.scope and v.fingerprint = c.fingerprint
         and v.recorded_to is not distinct from c.was`.execute(db);
  }
  const columns = ['tenant', ...table.columnNames, ...VERSION_COLUMNS];
  const rows = changes.inserted.map((added) => {
    const { version } = added;
    const row = table.row(version, added.scope);
    const values: CopyValue[] = [added.tenant];
    for (const column of table.columnNames) {
      values.push(copyValueOf(row[column], table.jsonColumns.has(column)));
    }
    values.push(version.validFrom, version.validTo, added.recordedFrom, added.recordedTo);
    values.push(added.fingerprint);
    return values;
  });
  await copyInto(db, table.name, columns, rows);
}

const VERSION_COLUMNS = ['valid_from', 'valid_to', 'recorded_from', 'recorded_to', 'fingerprint'];

/** A JSON column's value as its JSON text; a missing value as null, as a recordset read it. */
function copyValueOf(value: unknown, json: boolean): CopyValue {
  if (value === undefined || value === null) return null;
  return json ? JSON.stringify(value) : (value as CopyValue);
}
