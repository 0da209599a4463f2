import { sql, type Kysely } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import type { Database } from '@app/platform';
import { readModel, type Projection, type StreamReader } from '@app/projections';

/** A sample read model: events per stream type and per stream. Increments, so a double shows. */
export interface CountsDb {
  stream_type_counts: { stream_type: string; events: number; last_position: string };
  stream_counts: { tenant: string; stream: string; events: number; last_revision: string };
}

export const SAMPLE_HAPPENED = 'SampleHappened';
export const SAMPLE_CORRECTED = 'SampleCorrected';
/** Appended by tests but handled by no sample projection: it only moves checkpoints. */
export const SAMPLE_IGNORED = 'SampleIgnored';

export interface CountsOptions {
  name?: string;
  version?: number;
  /** Throws on events whose data has `poison: true`: a poison event. */
  poison?: boolean;
  /** Makes each apply take this long (to catch a query that does not wait). */
  delayMs?: number;
  /** Called with every batch applied (including the ones rolled back). */
  onApply?(events: readonly RecordedEvent[]): unknown;
  /**
   * Gives the projection a prepare, called with every batch it prepares: it reads each stream's
   * earlier events through the reader it is given, and apply refuses what was prepared for
   * other events. With `poison`, prepare is where a poisoned event fails.
   */
  onPrepare?(events: readonly RecordedEvent[]): void;
}

/** What the sample prepare makes of a batch: its event ids and each stream's earlier events. */
export interface SamplePrepared {
  ids: string[];
  earlier: Record<string, number>;
}

export function countsProjection(
  options: CountsOptions = {},
): Projection<CountsDb, SamplePrepared | undefined> {
  const onPrepare = options.onPrepare;
  return {
    ...(onPrepare && {
      async prepare(events: readonly RecordedEvent[], streams: StreamReader) {
        onPrepare(events);
        poisonIn(options, events);
        const earlier: Record<string, number> = {};
        for (const event of events) {
          const key = `${event.metadata.tenant}/${event.stream}`;
          if (key in earlier) continue;
          const before =
            event.revision === 0n
              ? []
              : await streams.readStream(event.metadata.tenant, event.stream, {
                  to: event.revision - 1n,
                });
          earlier[key] = before.length;
        }
        return { ids: events.map((event) => event.id), earlier };
      },
    }),
    name: options.name ?? 'sample-counts',
    version: options.version ?? 1,
    handles: [SAMPLE_HAPPENED, SAMPLE_CORRECTED],
    async setup(db) {
      await db.schema
        .createTable('stream_type_counts')
        .addColumn('stream_type', 'text', (column) => column.primaryKey())
        .addColumn('events', 'integer', (column) => column.notNull())
        .addColumn('last_position', 'bigint', (column) => column.notNull())
        .execute();
      // Raw SQL lands in the build's schema too (the runner sets search_path).
      await sql`
        create table stream_counts (
          tenant text not null, stream text not null, events integer not null,
          last_revision bigint not null, primary key (tenant, stream))
      `.execute(db);
    },
    async apply(tx, events, prepared) {
      await options.onApply?.(events);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (onPrepare && prepared?.ids.join() !== events.map((event) => event.id).join()) {
        throw new Error('apply was given what was prepared for other events');
      }
      poisonIn(options, events);
      const byType = new Map<string, { events: number; last: bigint }>();
      const byStream = new Map<
        string,
        { tenant: string; stream: string; events: number; last: bigint }
      >();
      for (const event of events) {
        const type = event.stream.split('-')[0];
        const typeCount = byType.get(type) ?? { events: 0, last: 0n };
        byType.set(type, { events: typeCount.events + 1, last: event.position });
        const key = `${event.metadata.tenant}/${event.stream}`;
        const streamCount = byStream.get(key) ?? {
          tenant: event.metadata.tenant,
          stream: event.stream,
          events: 0,
          last: 0n,
        };
        byStream.set(key, { ...streamCount, events: streamCount.events + 1, last: event.revision });
      }
      await tx
        .insertInto('stream_type_counts')
        .values(
          [...byType].map(([type, count]) => ({
            stream_type: type,
            events: count.events,
            last_position: count.last.toString(),
          })),
        )
        .onConflict((conflict) =>
          conflict.column('stream_type').doUpdateSet((eb) => ({
            events: eb('stream_type_counts.events', '+', eb.ref('excluded.events')),
            last_position: eb.ref('excluded.last_position'),
          })),
        )
        .execute();
      await tx
        .insertInto('stream_counts')
        .values(
          [...byStream.values()].map(({ tenant, stream, events: count, last }) => ({
            tenant,
            stream,
            events: count,
            last_revision: last.toString(),
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['tenant', 'stream']).doUpdateSet((eb) => ({
            events: eb('stream_counts.events', '+', eb.ref('excluded.events')),
            last_revision: eb.ref('excluded.last_revision'),
          })),
        )
        .execute();
    },
  };
}

function poisonIn(options: CountsOptions, events: readonly RecordedEvent[]): void {
  const poisoned =
    options.poison && events.find((event) => (event.data as { poison?: boolean })?.poison);
  if (poisoned) throw new Error(`cannot project ${poisoned.id}: it is poisoned`);
}

export const sampleCounts = countsProjection();

export interface CountRows {
  types: { stream_type: string; events: number; last_position: string }[];
  streams: { tenant: string; stream: string; events: number; last_revision: string }[];
}

/** The active build's rows, in a stable order, through the same reader API as the product's queries. */
export async function countRows(db: Kysely<Database>, name = 'sample-counts'): Promise<CountRows> {
  const counts = await readModel<CountsDb>(db, name);
  const types = await counts
    .selectFrom('stream_type_counts')
    .select(['stream_type', 'events', sql<string>`last_position::text`.as('last_position')])
    .orderBy('stream_type')
    .execute();
  const streams = await counts
    .selectFrom('stream_counts')
    .select(['tenant', 'stream', 'events', sql<string>`last_revision::text`.as('last_revision')])
    .orderBy('tenant')
    .orderBy('stream')
    .execute();
  return { types, streams };
}
