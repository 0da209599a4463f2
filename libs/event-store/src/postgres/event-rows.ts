import { recordedActor } from '@app/kernel';
import { sql } from 'kysely';
import type { EventMetadata, EventMetadataInput, RecordedEvent } from '../event-store.port';
import type { Upcasters } from '../upcasters';

/** 2^20: an append's events take positions transaction id * 2^20 + 0, 1, 2, ... */
export const POSITION_FACTOR = 1048576;

/**
 * The channel subscribers LISTEN on. PostgreSQL: notified after appends commit, throttled per
 * process (CommitNotifier); PGlite: inside the append's statement, so delivered on commit.
 */
export const EVENTS_CHANNEL = 'samverkan_events';

/**
 * The visibility bound for readers: positions below the oldest running transaction's id * 2^20,
 * so that no event can later commit behind a reader's checkpoint. Transaction ids are the
 * cluster's, not the database's: a transaction held open in another database of the same
 * server (another application, a test run, a benchmark) would hold every reader here back for
 * as long as it stays open, and a read model would answer as if the last commands had not
 * happened. So a running transaction is left out only when pg_stat_activity shows it at work
 * in another database: it can never write this database's events. Any doubt (a transaction
 * that ended meanwhile, a statistic the role may not see, a prepared transaction) keeps it in,
 * so the bound is never later than the one the snapshot alone gives for this database.
 * Phrased on position so that the primary key's index serves the range.
 */
export const visibleBound = sql<string>`(
  select coalesce(
           (select min(running.xid::text::bigint)
              from pg_snapshot_xip(snapshot.current) as running(xid)
             where not exists (
               select 1 from pg_stat_activity elsewhere
                where elsewhere.datname <> current_database()
                  and elsewhere.backend_xid::text = (running.xid::text::bigint % 4294967296)::text)),
           pg_snapshot_xmax(snapshot.current)::text::bigint
         ) * ${sql.lit(POSITION_FACTOR)}
    from (select pg_current_snapshot() as current) snapshot
)`;

/** Bigints and dates selected as text: PGlite returns int8 as a (lossy) number, pg as a string. */
export const eventColumns = [
  sql<string>`position::text`.as('position'),
  'tenant',
  'stream',
  sql<string>`revision::text`.as('revision'),
  sql<string>`event_id::text`.as('event_id'),
  'type',
  'schema_version',
  'data',
  'metadata',
  sql<string | null>`to_char(valid_from, 'YYYY-MM-DD')`.as('valid_from'),
  sql<string>`to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
    'recorded_at',
  ),
  'prev_hash',
  'hash',
] as const;

export interface EventRow {
  position: string;
  tenant: string;
  stream: string;
  revision: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  valid_from: string | null;
  recorded_at: string;
  prev_hash: string | null;
  hash: string;
}

/** What the metadata column holds: the writer's input minus what has a column of its own. */
export function storedMetadata(
  metadata: EventMetadataInput,
): Omit<EventMetadataInput, 'validFrom'> {
  const { validFrom: _validFrom, ...rest } = metadata;
  return rest;
}

export function toRecordedEvent(row: EventRow, upcasters: Upcasters): RecordedEvent {
  const stored = row.metadata as Omit<EventMetadataInput, 'validFrom'>;
  const metadata: EventMetadata = {
    ...stored,
    // Events recorded before names left the envelope still hold actor.name: never surface it.
    ...(stored.actor === undefined ? {} : { actor: recordedActor(stored.actor) }),
    ...(row.valid_from === null ? {} : { validFrom: row.valid_from }),
    tenant: row.tenant,
    recordedAt: row.recorded_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
  return upcasters.apply({
    id: row.event_id,
    stream: row.stream,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata,
  });
}
