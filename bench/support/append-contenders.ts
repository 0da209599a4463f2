import { randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { exactly, NO_STREAM, PostgresEventStore, type NewEvent } from '@app/event-store';
import { createScratchDatabase, dropScratchDatabase, openBenchDatabase } from './databases';
import { governancePayload, newEvent, TENANT } from './events';

/** One way of appending: each keeps its own streams' revisions, on a database of its own. */
export interface AppendContender {
  name: string;
  /** Appends `count` events to stream `stream` at the revision this contender last wrote. */
  append(stream: number, count: number): Promise<void>;
  close(): Promise<void>;
}

const eventsFor = (stream: number, first: number, count: number): NewEvent[] =>
  Array.from({ length: count }, (_, index) =>
    newEvent('MemberAdded', governancePayload(stream, first + index), '2024-01-15'),
  );

/** Our store; every append states the exact revision it expects, as a command handler does. */
export async function ours(
  kind: 'postgres' | 'pglite',
  adminUrl: string,
): Promise<AppendContender> {
  const database = await openBenchDatabase(kind, adminUrl);
  const store = new PostgresEventStore(database);
  const written = new Map<number, number>();
  return {
    name: kind === 'pglite' ? 'ours (PGlite)' : 'ours',
    async append(stream, count) {
      const before = written.get(stream) ?? 0;
      written.set(stream, before + count);
      await store.append(
        TENANT,
        `group-g-${stream}`,
        eventsFor(stream, before, count),
        before === 0 ? NO_STREAM : exactly(before - 1),
      );
    },
    async close() {
      await store.close();
      await database.close();
    },
  };
}

/** Emmett's PostgreSQL event store, with its expected stream version (events so far). */
export async function emmett(adminUrl: string): Promise<AppendContender> {
  const url = await createScratchDatabase(adminUrl);
  // Our own pool, ended on close: Emmett's shared pool counts its users and can outlive close(),
  // and an idle client killed by the database's drop must not crash the run.
  const pool = benchPool(url);
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  const written = new Map<number, number>();
  return {
    name: 'Emmett',
    async append(stream, count) {
      const before = written.get(stream) ?? 0;
      written.set(stream, before + count);
      const events = eventsFor(stream, before, count).map((event) => ({
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: { ...event.metadata, eventId: event.id },
      }));
      await store.appendToStream(`group-g-${stream}`, events, {
        expectedStreamVersion: before === 0 ? 'STREAM_DOES_NOT_EXIST' : BigInt(before),
      });
    },
    async close() {
      await store.close();
      await pool.end();
      await dropScratchDatabase(adminUrl, url);
    },
  };
}

/**
 * The floor: the same rows (same columns, same JSON, a hash-sized text) as plain INSERTs into a
 * table with no unique constraint but its key, no read of the stream's head, no hashing.
 */
export async function insertLimit(
  adminUrl: string,
  options: { notify?: boolean } = {},
): Promise<AppendContender> {
  const url = await createScratchDatabase(adminUrl);
  const pool = benchPool(url);
  await pool.query(`
    create table events (
      position bigserial primary key, tenant text not null, stream text not null,
      revision bigint not null, event_id uuid not null, type text not null,
      schema_version integer not null, data jsonb not null, metadata jsonb not null,
      valid_from date, recorded_at timestamptz not null default now(), prev_hash text,
      hash text not null)`);
  const written = new Map<number, number>();
  const hash = randomUUID().replace(/-/g, '').repeat(2);
  return {
    name: options.notify ? 'INSERT + NOTIFY' : 'INSERT limit',
    async append(stream, count) {
      const before = written.get(stream) ?? 0;
      written.set(stream, before + count);
      const params: unknown[] = [];
      const rows = eventsFor(stream, before, count).map((event, index) => {
        const base = params.length;
        params.push(
          TENANT,
          `group-g-${stream}`,
          before + index,
          event.id,
          event.type,
          event.schemaVersion,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          event.metadata.validFrom ?? null,
          hash,
          hash,
        );
        return `(${Array.from({ length: 11 }, (_, i) => `$${base + i + 1}`).join(',')})`;
      });
      const insert = `insert into events (tenant, stream, revision, event_id, type,
        schema_version, data, metadata, valid_from, prev_hash, hash) values ${rows.join(',')}`;
      // The variant notifies in the same transaction, as our append does, to price the NOTIFY.
      await pool.query(
        options.notify ? `with inserted as (${insert}) select pg_notify('bench', '')` : insert,
        params,
      );
    },
    async close() {
      await pool.end();
      await dropScratchDatabase(adminUrl, url);
    },
  };
}

/** Ten connections, as our store's pool has; idle clients that die are replaced, not fatal. */
function benchPool(url: string): Pool {
  const pool = new Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  return pool;
}
