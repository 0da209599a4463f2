import { sql, type Kysely } from 'kysely';
import { ANY, PostgresEventStore, type EventStore } from '@app/event-store';
import type { Database } from '@app/platform';
import {
  activeSchemaOf,
  listBuilds,
  PoisonedRebuild,
  ProjectionEngine,
  rebuildProjections,
} from '@app/projections';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { caughtUp, preparedMeanwhile } from './engine-helpers';
import { resetDatabase } from './reset-database';
import { countRows, countsProjection } from './sample-counts.projection';
import { appendMany, expectedStreamCounts, sampleEvent, untilVisible } from './sample-events';

/** The store, counting its readAll calls. */
function countingReads(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const counting = Object.create(store) as EventStore;
  counting.readAll = (from, limit) => {
    reads++;
    return store.readAll(from, limit);
  };
  return { store: counting, reads: () => reads };
}

/** Rows the planner believes the build's table holds: -1 (or 0) until someone analyses it. */
async function plannerRows(db: Kysely<Database>, name: string, table: string): Promise<number> {
  const schema = (await activeSchemaOf(db, name))!;
  const { rows } = await sql<{ rows: number }>`
    select c.reltuples::float8 as rows from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = ${schema} and c.relname = ${table}`.execute(db);
  return Number(rows[0].rows);
}

for (const testDatabase of testDatabases) {
  describe(`rebuilding several projections with one reader on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    let store: PostgresEventStore;

    beforeAll(async () => {
      database = await testDatabase.open();
      store = new PostgresEventStore(database, { pollIntervalMs: 200 });
    });
    beforeEach(() => resetDatabase(database.db));
    afterAll(async () => {
      await store.close();
      await database.close();
    });

    const names = ['counts-a', 'counts-b', 'counts-c'];

    it('reads each page once for all builds, and each build holds every event once', async () => {
      const streams = ['group-1', 'group-2', 'meeting-1'];
      let last = 0n;
      for (const stream of streams) last = await appendMany(store, stream, 100, { perAppend: 25 });
      await untilVisible(store, last);
      const counting = countingReads(store);
      const results = await rebuildProjections(
        { database, store: counting.store },
        names.map((name) => countsProjection({ name })),
        { batchSize: 40, dropGraceMs: 0 },
      );
      // 300 events in pages of 40: 8 reads, the last one short. One reader each would make 24.
      expect(counting.reads()).toBe(8);
      expect(results.map((result) => [result.name, result.checkpoint, result.events])).toEqual(
        names.map((name) => [name, last, 300]),
      );
      for (const name of names) {
        expect((await countRows(database.db, name)).streams).toEqual(
          expectedStreamCounts(streams, 100),
        );
      }
      // Reads go to the new builds from the switch on: the planner knows their size by then.
      expect(await plannerRows(database.db, 'counts-a', 'stream_counts')).toBe(3);
    });

    // On PGlite the one connection is the batch's until it commits, so the next page can only be
    // read after it: there is nothing to overlap.
    const onPostgres = testDatabase.name === 'pglite' ? it.skip : it;
    onPostgres('prepares the next page while the current one is being written', async () => {
      const last = await appendMany(store, 'group-1', 200, { perAppend: 50 });
      await untilVisible(store, last);
      const prepared = new Set<bigint>();
      const sawNextPrepared: boolean[] = [];
      const projection = countsProjection({
        name: 'counts-a',
        onPrepare: (events) => prepared.add(events[0].revision),
        // Inside page N's transaction: waits (boundedly) until page N + 1 has been prepared.
        async onApply(events) {
          const next = events[events.length - 1].revision + 1n;
          if (next === 200n) return;
          sawNextPrepared.push(await preparedMeanwhile(prepared, next));
        },
      });

      await rebuildProjections({ database, store }, [projection], {
        batchSize: 50,
        dropGraceMs: 0,
      });

      expect(sawNextPrepared).toEqual([true, true, true]);
      expect((await countRows(database.db, 'counts-a')).streams).toEqual(
        expectedStreamCounts(['group-1'], 200),
      );
    });

    it('stops them all at a poison event, and the poisoned build stays to say why', async () => {
      await appendMany(store, 'group-1', 50);
      const { position } = await store.append(
        '0192',
        'group-1',
        [sampleEvent(undefined, { poison: true })],
        ANY,
      );
      await appendMany(store, 'group-1', 50);
      await untilVisible(store, position);
      const projections = [
        countsProjection({ name: 'counts-a' }),
        countsProjection({ name: 'counts-b', poison: true }),
      ];
      await expect(
        rebuildProjections({ database, store }, projections, { batchSize: 20, dropGraceMs: 0 }),
      ).rejects.toBeInstanceOf(PoisonedRebuild);
      const builds = await listBuilds(database.db);
      expect(builds.map((build) => [build.name, build.state, build.failingPosition])).toEqual([
        ['counts-b', 'stopped-error', position],
      ]);
    });

    it('analyses a build that catches up on a long history, so reads are planned on its size', async () => {
      const last = await appendMany(store, 'group-1', 2500, { perAppend: 500 });
      await untilVisible(store, last);
      const engine = new ProjectionEngine(
        { database, store, projections: [countsProjection()] },
        { batchSize: 250, pollIntervalMs: 100 },
      );
      engine.start();
      try {
        await caughtUp(database.db, 'sample-counts', last);
      } finally {
        await engine.stop();
      }
      // Analysed after 1,000 and 2,000 events applied: the row is known (unanalysed: -1 or 0).
      expect(await plannerRows(database.db, 'sample-counts', 'stream_counts')).toBe(1);
      expect(await plannerRows(database.db, 'sample-counts', 'stream_type_counts')).toBe(1);
    });
  });
}
