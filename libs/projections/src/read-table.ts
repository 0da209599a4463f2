import { sql, type AliasedRawBuilder, type ColumnType } from 'kysely';

/**
 * One declaration per read table: its columns, from which the DDL (`ddl()`), the Kysely table
 * type (`TableOf`) and the select list with the API's names (`select()`, `RowOf`) all come, so
 * that a column added here reaches the three of them and the type checker leads to the rest.
 *
 *   export const groupVersionsTable = readTable('group_versions', {
 *     group_id: text(), parent_id: text().nullable(), cadence: jsonb<Cadence>().nullable(),
 *     formed_on: date(),
 *   });
 *   interface GroupsDb { group_versions: TableOf<typeof groupVersionsTable> }
 *   db.selectFrom('group_versions').select(groupVersionsTable.select({ group_id: 'id' }))
 *
 * Every read table is per tenant: `tenant text not null` comes first, without being declared.
 */

/**
 * A column: its SQL type, whether it may be null, and in types what a read answers (R) and a
 * write takes (W). The phantom fields carry the types only; they hold nothing at run time.
 */
export class Column<R = unknown, W = R> {
  declare readonly read: R;
  declare readonly write: W;
  constructor(
    readonly sqlType: string,
    readonly isNullable = false,
    /** Read back as text: a date (the drivers would make a local-time Date of it). */
    readonly asText = false,
  ) {}

  nullable(): Column<R | null, W | null> {
    return new Column(this.sqlType, true, this.asText);
  }
}

export const text = <T extends string = string>() => new Column<T>('text');
export const integer = () => new Column<number>('integer');
export const double = () => new Column<number>('double precision');
/** A bigint reads back as a string (it may not fit a number). */
export const bigint = () => new Column<string, string | number>('bigint');
/** A calendar date, `YYYY-MM-DD` both ways. */
export const date = () => new Column<string>('date', false, true);
/**
 * A valid-time date as the source gave it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (text, so that
 * "2020" stays "2020"; such texts order by their first possible day).
 */
export const dateAsGiven = () => new Column<string>('text');
/** An instant, written as ISO text; it reads back as the driver gives it (a Date) unless cast. */
export const timestamptz = <R = Date>() => new Column<R, string>('timestamptz');
export const textArray = () => new Column<string[]>('text[]');
export const uuid = () => new Column<string>('uuid');
export const bytea = () => new Column<Uint8Array>('bytea');
/** JSON: written as JSON text, read back parsed. */
export const jsonb = <T>() => new Column<T, string>('jsonb');
/**
 * JSON kept as the text written (the same value read back): cheaper to write than jsonb, which
 * PostgreSQL parses into its own form, and as good for a copy read whole or a field at a time.
 */
export const json = <T>() => new Column<T, string>('json');

export type Columns = Record<string, Column<unknown, unknown>>;

type Tenant = { tenant: Column<string> };

/** What the types below read of a declaration. */
interface Declared {
  readonly columns: Columns;
}

/** The Kysely table type: the tenant and each declared column, read and write types apart. */
export type TableOf<T extends Declared> = {
  [K in keyof (Tenant & T['columns'])]: (Tenant & T['columns'])[K] extends Column<infer R, infer W>
    ? Same<R, W> extends true
      ? R
      : ColumnType<R, W, W>
    : never;
};

// A plain type where reads and writes agree, so that a row built in code is assignable to it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** Columns named otherwise than the camelCase of their SQL name: `{ group_id: 'id' }`. */
export type Renames<C extends Columns> = { readonly [K in keyof C & string]?: string };

type ApiName<K extends string, N> = K extends keyof N
  ? N[K] extends string
    ? N[K]
    : never
  : CamelCase<K>;

type Selected<C extends Columns, N> = {
  [K in keyof C & string]: AliasedRawBuilder<C[K]['read'], ApiName<K, N>>;
}[keyof C & string];

/** A row as `select(renames)` answers it. */
export type RowOf<T extends Declared, N extends Renames<T['columns']> = object> = {
  [K in keyof T['columns'] & string as ApiName<K, N>]: T['columns'][K]['read'];
};

export interface ReadTableOptions<C extends Columns> {
  primaryKey?: readonly ('tenant' | (keyof C & string))[];
}

export interface ReadTable<C extends Columns> {
  readonly name: string;
  readonly columns: C;
  /** `create table …`: the tenant, the columns in their declared order, the primary key. */
  ddl(): string;
  /** The declared columns as SQL column definitions (the bitemporal tables add their own). */
  columnsDdl(): string;
  /** The table's columns in the order of its DDL, the tenant first: a COPY's column list. */
  readonly columnNames: readonly string[];
  /** Every declared column under its API name, dates as `YYYY-MM-DD` text. */
  select<N extends Renames<C> = object>(renames?: N): Selected<C, N>[];
}

export function readTable<C extends Columns>(
  name: string,
  columns: C,
  options: ReadTableOptions<C> = {},
): ReadTable<C> {
  const definitions = Object.entries(columns).map(
    ([column, spec]) => `${column} ${spec.sqlType}${spec.isNullable ? '' : ' not null'}`,
  );
  const columnsDdl = () => definitions.join(',\n  ');
  return {
    name,
    columns,
    columnsDdl,
    columnNames: ['tenant', ...Object.keys(columns)],
    ddl() {
      const key = options.primaryKey ? [`primary key (${options.primaryKey.join(', ')})`] : [];
      const lines = ['tenant text not null', ...definitions, ...key];
      return `create table ${name} (\n  ${lines.join(',\n  ')}\n)`;
    },
    select<N extends Renames<C>>(renames?: N) {
      return Object.entries(columns).map(([column, spec]) => {
        const alias = renames?.[column] ?? camelCase(column);
        const value = spec.asText ? sql`${sql.ref(column)}::text` : sql`${sql.ref(column)}`;
        return value.as(alias);
      }) as Selected<C, N>[];
    },
  };
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
