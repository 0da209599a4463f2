import { CompiledQuery, type Kysely } from 'kysely';

/** A value of one column as COPY's text format takes it (a json column takes its JSON text). */
export type CopyValue = string | number | bigint | boolean | null;

/**
 * Rows in COPY's text format, bound as the only parameter of a `copy … from stdin` statement:
 * the engines' clients (copy-clients.ts) send it as COPY data, which Kysely cannot.
 */
export class CopyRows {
  private constructor(
    readonly text: string,
    readonly count: number,
  ) {}

  /** Encoded ahead of the transaction (a projection's prepare), or by copyInto. */
  static of(rows: readonly (readonly CopyValue[])[]): CopyRows {
    return new CopyRows(copyText(rows), rows.length);
  }
}

/** The CopyRows a query carries, if it is a COPY through copyInto. */
export function copyRowsOf(values: unknown): CopyRows | undefined {
  return Array.isArray(values) && values.length === 1 && values[0] instanceof CopyRows
    ? values[0]
    : undefined;
}

/**
 * Loads rows into a table with COPY, in the caller's transaction: the fastest way rows go into
 * PostgreSQL. A batch of 20,000 trail rows went in in 67 ms where `insert … select from
 * json_to_recordset` took 470 ms, since nothing is parsed but the values themselves
 * (bench/NOTES.md). No ON CONFLICT: for rows that are written exactly once (a projection's,
 * under its checkpoint). The table name is resolved by the search_path (a build's schema).
 */
export async function copyInto(
  // Any database: the tables are a projection's, named at run time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  table: string,
  columns: readonly string[],
  rows: CopyRows | readonly (readonly CopyValue[])[],
): Promise<void> {
  const copy = rows instanceof CopyRows ? rows : CopyRows.of(rows);
  if (copy.count === 0) return;
  const target = `${quote(table)} (${columns.map(quote).join(', ')})`;
  await db.executeQuery(CompiledQuery.raw(`copy ${target} from stdin`, [copy]));
}

/** COPY's text format: a line per row, tab between columns, \N for null. */
export function copyText(rows: readonly (readonly CopyValue[])[]): string {
  let text = '';
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) {
      if (column > 0) text += '\t';
      text += copyField(row[column]);
    }
    text += '\n';
  }
  return text;
}

const SPECIAL = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value !== 'string') return String(value);
  // Most values have nothing to escape: tested once, not replaced.
  return SPECIAL.test(value) ? value.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : value;
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
