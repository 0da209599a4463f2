import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { upsertCallerName, type CallerName } from '../actor-names';
import type { NewEvent, Position } from '../event-store.port';
import { chainBatch, recordTime } from '../hash-chain';
import type { RecordedIdentity } from '../idempotency';
import { EVENTS_CHANNEL, storedMetadata } from './event-rows';

export interface StreamHead {
  revision: bigint;
  /** The head event's id: part of the guard's lookup, so that any index serves it by full key. */
  eventId: string;
  hash: string;
}

export interface AppendState {
  head: StreamHead | null;
  /** Events of the tenant that already carry one of the batch's ids. */
  recorded: RecordedIdentity[];
}

interface StateRow {
  role: 'head' | 'recorded';
  event_id: string;
  stream: string;
  revision: string;
  position: string;
  type: string;
  schema_version: number;
  data: unknown;
  hash: string;
}

/** The stream's head and any earlier use of the batch's ids, in one round trip. */
export async function loadAppendState(
  db: Kysely<Database>,
  tenant: string,
  stream: string,
  ids: readonly string[],
): Promise<AppendState> {
  // The ids were validated as UUIDs, so an array literal needs no escaping. The ordering names
  // events.revision because a bare `revision` is the text column selected here: '9' > '10'.
  const idArray = `{${ids.join(',')}}`;
  const { rows } = await sql<StateRow>`
    (select 'head' as role, event_id::text, stream, revision::text, position::text, type,
            schema_version, null::jsonb as data, hash
       from events where tenant = ${tenant} and stream = ${stream}
       order by events.revision desc limit 1)
    union all
    (select 'recorded', event_id::text, stream, revision::text, position::text, type,
            schema_version, data, hash
       from events where tenant = ${tenant} and event_id = any(${idArray}::uuid[]))
  `.execute(db);
  const head = rows.find((row) => row.role === 'head');
  return {
    head: head
      ? { revision: BigInt(head.revision), eventId: head.event_id, hash: head.hash }
      : null,
    recorded: rows
      .filter((row) => row.role === 'recorded')
      .map((row) => ({
        id: row.event_id,
        stream: row.stream,
        revision: BigInt(row.revision),
        position: BigInt(row.position),
        type: row.type,
        schemaVersion: row.schema_version,
        data: row.data,
      })),
  };
}

export interface Inserted {
  revision: bigint;
  position: Position;
  /** The new head, for the next append's chain. */
  eventId: string;
  hash: string;
}

/**
 * Writes a prepared batch after `head` in one statement, which is its own transaction: the rows
 * go in as one JSON parameter (no limit on the number of bind parameters) and positions come
 * from the transaction id (POSITION_FACTOR).
 *
 * Two guards make `head` safe to take from a cache rather than a read: the rows go in only if
 * the event they chain onto is still stored at that revision with that hash (else null: nothing
 * written), and the unique (tenant, stream, revision) fails the statement when another writer
 * took the next revision (as does the unique (tenant, event_id) for a repeated id). Together they
 * prove the stream's head was `head` when the rows went in. The caller then reads and decides.
 *
 * `notify` puts the wake-up in the statement itself; only for PGlite, which has one connection
 * and so no concurrent commits to serialise (see CommitNotifier for PostgreSQL).
 *
 * The caller's name goes to personal_data in the same statement, so in the same transaction:
 * written only if the events are, and an event is never stored without it (nor answered with
 * an error after it was stored, because the name could not be).
 */
export async function insertAfter(
  db: Kysely<Database>,
  tenant: string,
  stream: string,
  head: StreamHead | null,
  batch: readonly NewEvent[],
  notify: boolean,
  caller?: CallerName,
): Promise<Inserted | null> {
  const first = head ? head.revision + 1n : 0n;
  const recordedAt = recordTime();
  const hashes = chainBatch(tenant, stream, head, batch, recordedAt);
  const rows = batch.map((event, index) => ({
    idx: index,
    revision: (first + BigInt(index)).toString(),
    event_id: event.id,
    type: event.type,
    schema_version: event.schemaVersion,
    data: event.data,
    metadata: storedMetadata(event.metadata),
    valid_from: event.metadata.validFrom ?? null,
    recorded_at: recordedAt,
    prev_hash: hashes[index].prevHash,
    hash: hashes[index].hash,
  }));
  // samverkan_append (migration 2026-12-03T1200) holds the statements, so that their plans are
  // kept per connection; it returns null when the guard on `head` fails.
  const wake = notify ? sql`, pg_notify(${EVENTS_CHANNEL}, '')` : sql``;
  const named = caller
    ? sql`, named as (${upsertCallerName(
        sql`select ${tenant}, 'caller', ${caller.subject}, ${caller.name}
              from appended where position is not null`,
      )})`
    : sql``;
  const { rows: result } = await sql<{ position: string | null }>`
    with appended as materialized (
      select samverkan_append(${tenant}, ${stream}, ${head ? head.revision.toString() : null}::bigint,
                              ${head?.eventId ?? null}::uuid, ${head?.hash ?? null}::text,
                              ${JSON.stringify(rows)}::jsonb) as position
    )${named}
    select position::text as position ${wake} from appended
  `.execute(db);
  const position = result[0].position;
  if (position === null) return null;
  return {
    revision: first + BigInt(batch.length - 1),
    position: BigInt(position),
    eventId: batch[batch.length - 1].id,
    hash: hashes[hashes.length - 1].hash,
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}
