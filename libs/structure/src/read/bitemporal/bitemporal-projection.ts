import { sql, type Kysely } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { IsoDate } from '../../domain';
import type { Fact, Version } from './timeline';
import { createVersionTable, reconcileVersions, type VersionTable } from './version-table';

/**
 * A projection whose rows are derived, stream by stream, from all the facts of the stream: each
 * change recomputes the stream's valid-time history and records the difference in record time.
 * Recomputing from the facts (rather than patching rows event by event) is what lets a fact
 * recorded late land at its date, and makes applying an event twice change nothing.
 */
export interface BitemporalStreams<E> {
  name: string;
  version: number;
  handles: readonly string[];
  tables: readonly VersionTable[];
  /** The id of the entity the stream is about, from any of its events. */
  scopeOf(event: E): string;
  validFromOf(event: E): IsoDate;
  /** Every table's versions (by table name) from the stream's facts known so far. */
  derive(facts: readonly Fact<E>[]): Record<string, Version[]>;
}

// The facts table and the version tables are named at run time; see version-table.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

interface StoredFact<E> extends Fact<E> {
  recordedMs: number;
}

export function bitemporalProjection<E extends { type: string }>(
  spec: BitemporalStreams<E>,
): Projection {
  return {
    name: spec.name,
    version: spec.version,
    handles: spec.handles,
    async setup(db: AnyDb) {
      // The projection's own copy of each stream's facts: apply gets only the new events, and
      // the history of a stream must be recomputed from all of them.
      await sql`
        create table facts (
          tenant text not null,
          stream text not null,
          revision integer not null,
          type text not null,
          data jsonb not null,
          valid_from date not null,
          recorded_at timestamptz not null,
          primary key (tenant, stream, revision)
        )`.execute(db);
      for (const table of spec.tables) await createVersionTable(db, table);
    },
    async apply(tx: AnyDb, events: readonly RecordedEvent[]) {
      for (const streamEvents of byStream(events)) await applyStream(tx, spec, streamEvents);
    },
  };
}

async function applyStream<E extends { type: string }>(
  tx: AnyDb,
  spec: BitemporalStreams<E>,
  events: readonly RecordedEvent[],
): Promise<void> {
  const { tenant } = events[0].metadata;
  const stream = events[0].stream;
  const known = await loadFacts<E>(tx, tenant, stream);
  const seen = new Set(known.map((fact) => fact.revision));
  // Sorted by revision rather than trusted to arrive so: the stream's order is its revisions.
  const fresh = uniqueByRevision(events.filter((event) => !seen.has(Number(event.revision))));
  if (fresh.length === 0) return;
  // Record time never runs backwards within a stream, even if two writers' clocks disagree:
  // a version must not be closed before it was opened.
  let lastMs = Math.max(0, ...known.map((fact) => fact.recordedMs));
  const added: StoredFact<E>[] = fresh.map((event) => {
    const domainEvent = { type: event.type, data: event.data } as unknown as E;
    lastMs = Math.max(lastMs, Date.parse(event.metadata.recordedAt));
    return {
      revision: Number(event.revision),
      validFrom: spec.validFromOf(domainEvent),
      event: domainEvent,
      recordedMs: lastMs,
    };
  });
  await tx
    .insertInto('facts')
    .values(
      added.map((fact) => ({
        tenant,
        stream,
        revision: fact.revision,
        type: fact.event.type,
        data: JSON.stringify((fact.event as unknown as { data: unknown }).data),
        valid_from: fact.validFrom,
        recorded_at: new Date(fact.recordedMs).toISOString(),
      })),
    )
    .execute();
  const scope = spec.scopeOf(added[0].event);
  // One recomputation per instant of record time: the events of one append land together.
  for (let index = 0; index < added.length;) {
    const at = added[index].recordedMs;
    while (index < added.length && added[index].recordedMs === at) known.push(added[index++]);
    const versions = spec.derive(known);
    for (const table of spec.tables) {
      const rows = versions[table.name] ?? [];
      await reconcileVersions(tx, table, tenant, scope, rows, new Date(at).toISOString());
    }
  }
}

async function loadFacts<E>(tx: AnyDb, tenant: string, stream: string): Promise<StoredFact<E>[]> {
  const rows = await tx
    .selectFrom('facts')
    .select([
      'revision',
      'type',
      'data',
      sql<string>`valid_from::text`.as('valid_from'),
      sql<number>`round(extract(epoch from recorded_at) * 1000)::float8`.as('recorded_ms'),
    ])
    .where('tenant', '=', tenant)
    .where('stream', '=', stream)
    .orderBy('revision')
    .execute();
  return rows.map((row) => ({
    revision: Number(row.revision),
    validFrom: row.valid_from,
    event: { type: row.type, data: row.data } as E,
    recordedMs: Number(row.recorded_ms),
  }));
}

function byStream(events: readonly RecordedEvent[]): RecordedEvent[][] {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const key = `${event.metadata.tenant}\u0000${event.stream}`;
    const list = streams.get(key);
    if (list) list.push(event);
    else streams.set(key, [event]);
  }
  return [...streams.values()];
}

function uniqueByRevision(events: readonly RecordedEvent[]): RecordedEvent[] {
  const unique = new Map(events.map((event) => [event.revision, event]));
  return [...unique.values()].sort((a, b) => (a.revision < b.revision ? -1 : 1));
}
