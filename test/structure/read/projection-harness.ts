import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ReadStreamOptions, RecordedEvent } from '@app/event-store';
import {
  EVERY_EVENT,
  createBuild,
  useSchema,
  type Build,
  type Projection,
  type StreamReader,
} from '@app/projections';
import type { OpenTestDatabase, TestDatabase } from '../../support/test-databases';

export const TENANT = '0192';

const utc = (column: string) =>
  sql<
    string | null
  >`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A version row's four times as text, to compare rows with plain literals. */
export const bitemporalColumns = [
  sql<string>`valid_from::text`.as('valid_from'),
  sql<string | null>`valid_to::text`.as('valid_to'),
  utc('recorded_from').as('recorded_from'),
  utc('recorded_to').as('recorded_to'),
];

/** A recorded event as the store would hand it to a projection, with the record time we choose. */
export function recorded(
  stream: string,
  revision: number,
  event: { type: string; data: unknown },
  recordedAt: string,
  tenant = TENANT,
): RecordedEvent {
  return {
    id: randomUUID(),
    stream,
    revision: BigInt(revision),
    position: 0n,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      tenant,
      actor: { id: 'anna', role: 'secretary', organisation: 'NAF' },
      correlationId: randomUUID(),
      recordedAt,
      prevHash: null,
      hash: 'x',
    },
  };
}

/**
 * Events of streams written in order: each call to `append` gives the next revisions of its
 * stream, at the record time given (as a store would, for one append).
 */
export class Streams {
  private readonly revisions = new Map<string, number>();
  readonly events: RecordedEvent[] = [];

  append(
    stream: string,
    recordedAt: string,
    events: readonly { type: string; data: unknown }[],
    tenant = TENANT,
  ): RecordedEvent[] {
    const key = `${tenant}/${stream}`;
    const appended = events.map((event) => {
      const revision = this.revisions.get(key) ?? 0;
      this.revisions.set(key, revision + 1);
      return recorded(stream, revision, event, recordedAt, tenant);
    });
    this.events.push(...appended);
    return appended;
  }
}

/**
 * The store as far as a projection's prepare reads it: every event the harness was given, by
 * stream. An event given again (to test a replay) is the same event, so it is kept once.
 */
class RecordedStreams implements StreamReader {
  private readonly streams = new Map<string, Map<bigint, RecordedEvent>>();

  record(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      const key = `${event.metadata.tenant}/${event.stream}`;
      const stream = this.streams.get(key) ?? new Map<bigint, RecordedEvent>();
      stream.set(event.revision, event);
      this.streams.set(key, stream);
    }
  }

  async readStream(
    tenant: string,
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    const events = [...(this.streams.get(`${tenant}/${stream}`)?.values() ?? [])];
    return events
      .filter((event) => options.from === undefined || event.revision >= options.from)
      .filter((event) => options.to === undefined || event.revision <= options.to)
      .sort((a, b) => (a.revision < b.revision ? -1 : 1));
  }
}

/**
 * Projections applied straight to their active builds: the engine's own path (prepare, then a
 * build's schema, search_path, one transaction per batch) with the events given as the store,
 * so that record times can be chosen freely — history imported years later, or two appends in
 * one instant.
 */
export class ProjectionHarness {
  private builds = new Map<string, Build>();
  private store = new RecordedStreams();

  constructor(
    readonly database: OpenTestDatabase,
    private readonly projections: readonly Projection[],
  ) {}

  static async open(testDatabase: TestDatabase, projections: readonly Projection[]) {
    return new ProjectionHarness(await testDatabase.open(), projections);
  }

  get db() {
    return this.database.db;
  }

  /** Empties the builds, so that one (slow to open) database serves a whole file. */
  async reset(): Promise<void> {
    const { rows } = await sql<{ schema: string }>`
      select nspname as schema from pg_namespace where nspname like 'proj\\_%'
    `.execute(this.db);
    for (const { schema } of rows)
      await sql`drop schema ${sql.id(schema)} cascade`.execute(this.db);
    await sql`truncate projections`.execute(this.db);
    this.builds.clear();
    this.store = new RecordedStreams();
    for (const projection of this.projections) {
      this.builds.set(projection.name, await createBuild(this.db, projection, { active: true }));
    }
  }

  /**
   * Records the events as the store would hold them, then applies them to every projection that
   * handles them, in batches of `batchSize`.
   */
  async apply(events: readonly RecordedEvent[], batchSize = 100): Promise<void> {
    this.store.record(events);
    for (const projection of this.projections) {
      const handled = events.filter(
        (event) =>
          projection.handles.includes(event.type) || projection.handles.includes(EVERY_EVENT),
      );
      const build = this.builds.get(projection.name)!;
      for (let start = 0; start < handled.length; start += batchSize) {
        const batch = handled.slice(start, start + batchSize);
        const prepared: unknown = await projection.prepare?.(batch, this.store);
        await this.db.transaction().execute(async (tx) => {
          await useSchema(tx, build.schema);
          await projection.apply(tx.withSchema(build.schema), batch, prepared);
        });
      }
    }
  }

  close(): Promise<void> {
    return this.database.close();
  }
}
