import * as fs from 'node:fs/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { Client, Pool } from 'pg';
import { CopyingClient, CopyingPGlite } from './copy-clients';
import type { DatabaseConfig } from '../config/app-config';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import type { Database } from './schema';

export type Unlisten = () => Promise<void>;

/**
 * One Kysely<Database> over either engine, plus the two things Kysely does not give:
 * LISTEN (for subscribers' wake-ups) and a clean close.
 */
export interface SqlDatabase {
  readonly engine: 'pglite' | 'postgres';
  readonly db: Kysely<Database>;
  listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite on disk: the lock on its directory, which a server describes itself in. */
  readonly lock?: DataDirLock;
}

/** PGlite keeps its files under dataDir, or only in memory when dataDir is `memory://`. */
export const IN_MEMORY = 'memory://';

export async function openDatabase(config: DatabaseConfig): Promise<SqlDatabase> {
  if (config.kind === 'postgres') return openPostgres(config.url);
  if (config.dataDir === IN_MEMORY) return openPglite(new CopyingPGlite(config.dataDir));
  await fs.mkdir(config.dataDir, { recursive: true });
  // Taken before PGlite touches the files, and held until it has closed them.
  const lock = lockDataDir(config.dataDir);
  try {
    return await openPglite(new CopyingPGlite(config.dataDir), lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPglite(pglite: CopyingPGlite, lock?: DataDirLock): Promise<SqlDatabase> {
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    engine: 'pglite',
    db,
    lock,
    async listen(channel, onNotify) {
      const unsubscribe = await pglite.listen(channel, onNotify);
      return async () => unsubscribe();
    },
    ping: () => ping(db),
    // The dialect closes PGlite with the driver.
    close: once(() => db.destroy().finally(() => lock?.release())),
  };
}

async function openPostgres(url: string): Promise<SqlDatabase> {
  // CopyingClient: copyInto's COPY goes through Kysely to the transaction's own connection.
  const pool = new Pool({ connectionString: url, max: 10, Client: CopyingClient });
  // An idle client that dies (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<Client>();
  return {
    engine: 'postgres',
    db,
    async listen(channel, onNotify) {
      const client = new Client({ connectionString: url });
      client.on('error', () => undefined);
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      });
      await client.connect();
      await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
    ping: () => ping(db),
    close: once(async () => {
      await Promise.all([...listeners].map((client) => client.end().catch(() => undefined)));
      await db.destroy();
    }),
  };
}

/** Closing twice (a health test, then shutdown) must not fail. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
