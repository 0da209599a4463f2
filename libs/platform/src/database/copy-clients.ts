import { finished } from 'node:stream/promises';
import { PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRowsOf, type CopyRows } from './copy-rows';

/**
 * The engines' clients, each with one more kind of query: a `copy … from stdin` whose only
 * parameter is CopyRows (copyInto). Kysely sends every query as text and parameters, so the
 * COPY travels that way to the client of the transaction's own connection, which sends it as the
 * protocol wants; every other query goes through untouched.
 */
export class CopyingClient extends Client {
  // The overloads of Client.query stay as they are: only a COPY of CopyRows is taken here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const rows = copyRowsOf(args[1]);
    if (!rows) return (Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    return this.copy(args[0] as string, rows);
  }

  private async copy(statement: string, rows: CopyRows) {
    const stream = (Client.prototype.query as (q: unknown) => ReturnType<typeof copyFrom>).call(
      this,
      copyFrom(statement),
    );
    stream.end(rows.text);
    await finished(stream);
    return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
  }
}

/** PGlite reads COPY data from a blob it is handed, as the file `/dev/blob`. */
export class CopyingPGlite extends PGlite {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query<T>(query: string, params?: any[], options?: QueryOptions) {
    const rows = copyRowsOf(params);
    if (!rows) return super.query<T>(query, params, options);
    const fromBlob = query.replace(/from stdin$/, "from '/dev/blob'");
    return super.query<T>(fromBlob, [], { ...options, blob: new Blob([rows.text]) }) as Promise<
      Results<T>
    >;
  }
}
