import { PostgresEventStore } from '@app/event-store';
import { sql } from 'kysely';
import {
  activeSchemaOf,
  createBuild,
  listBuilds,
  ProjectionEngine,
  rebuildProjection,
  type Build,
} from '@app/projections';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { caughtUp } from './engine-helpers';
import { resetDatabase } from './reset-database';
import { countRows, countsProjection } from './sample-counts.projection';
import { appendMany, expectedStreamCounts, untilVisible } from './sample-events';

for (const testDatabase of testDatabases) {
  describe(`rebuilding a projection on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    let store: PostgresEventStore;
    let engine: ProjectionEngine | undefined;

    beforeAll(async () => {
      database = await testDatabase.open();
      store = new PostgresEventStore(database, { pollIntervalMs: 200 });
    });
    beforeEach(() => resetDatabase(database.db));
    afterEach(() => engine?.stop());
    afterAll(async () => {
      await store.close();
      await database.close();
    });

    const total = async () =>
      (await countRows(database.db)).types.reduce((sum, row) => sum + row.events, 0);
    const activeSchema = async () =>
      (await listBuilds(database.db, 'sample-counts')).find((build) => build.active)?.schema;

    it('answers reads from the old build while writes go on, switches once caught up, and equals a clean rebuild', async () => {
      const streams = ['group-1', 'group-2', 'meeting-1'];
      // Positions come in commit order, so the last append's is the highest. (store.head() is
      // not: it stops below transactions still running anywhere on the server.)
      let last = 0n;
      for (const stream of streams) last = await appendMany(store, stream, 200, { perAppend: 50 });
      engine = new ProjectionEngine(
        { database, store, projections: [countsProjection()] },
        { pollIntervalMs: 200, dropGraceMs: 10 },
      );
      engine.start();
      await caughtUp(database.db, 'sample-counts', last);
      const oldSchema = await activeSchema();

      // Writes go on through the rebuild: one stream per round, so each round has a known count.
      const written = new Map(streams.map((stream) => [stream, 200]));
      let writing = true;
      const writer = (async () => {
        for (let round = 0; writing; round++) {
          const stream = streams[round % streams.length];
          last = await appendMany(store, stream, 3);
          written.set(stream, written.get(stream)! + 3);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();

      const seen: { schema: string; total: number }[] = [];
      const result = await rebuildProjection({ database, store }, countsProjection(), {
        batchSize: 50,
        dropGraceMs: 10,
        // Between the rebuild's batches: what does a query read now?
        onProgress: async () => {
          seen.push({
            schema: (await activeSchemaOf(database.db, 'sample-counts'))!,
            total: await total(),
          });
        },
      });
      writing = false;
      await writer;

      expect(seen.length).toBeGreaterThan(10);
      expect(seen.every((read) => read.schema === oldSchema)).toBe(true);
      // The old build only grows: a half-built copy would have shown fewer events.
      seen.forEach((read, index) =>
        expect(read.total).toBeGreaterThanOrEqual(seen[index - 1]?.total ?? 600),
      );
      expect(result).toMatchObject({ name: 'sample-counts', build: 2, dropped: [oldSchema] });
      expect(await activeSchema()).toBe(result.schema);

      // The engine carries on with the new build: it reaches the last write and holds every event once.
      const head = last;
      await caughtUp(database.db, 'sample-counts', head);
      const live = await countRows(database.db);
      expect(live.streams).toEqual(
        streams.map((stream) => expect.objectContaining({ stream, events: written.get(stream) })),
      );

      await engine.stop();
      const clean = await rebuildProjection({ database, store }, countsProjection(), {
        dropGraceMs: 0,
      });
      expect(clean.checkpoint).toBe(head);
      expect(await countRows(database.db)).toEqual(live);
      const builds = await listBuilds(database.db);
      expect(builds.map((build: Build) => [build.build, build.active])).toEqual([[3, true]]);
    });

    it('refuses a second rebuild of the same projection at the same time', async () => {
      // Visible first: another transaction open on the server would otherwise hold them back.
      await untilVisible(store, await appendMany(store, 'group-1', 100, { perAppend: 100 }));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = rebuildProjection({ database, store }, countsProjection(), {
        batchSize: 10,
        onProgress: () => held,
      });
      // Wait until the first has committed a batch (and so holds the rebuild lock).
      await new Promise<void>((resolve) => {
        const check = async () =>
          (await listBuilds(database.db)).some((build) => build.checkpoint > 0n)
            ? resolve()
            : setTimeout(check, 10);
        void check();
      });

      await expect(rebuildProjection({ database, store }, countsProjection())).rejects.toThrow(
        'A rebuild of sample-counts is already running',
      );
      release();
      await expect(first).resolves.toMatchObject({ build: 1 });
      expect((await countRows(database.db)).streams).toEqual(
        expectedStreamCounts(['group-1'], 100),
      );
    });

    it("gives a first build its read indexes with its tables, and a rebuild's build only once it has caught up", async () => {
      const withIndex = {
        ...countsProjection(),
        readIndexes: [{ name: 'stream_counts_by_events', on: 'stream_counts (events)' }],
      };
      const indexesOf = async (schema: string) =>
        (
          await sql<{ indexname: string }>`
            select indexname from pg_indexes where schemaname = ${schema} order by indexname`.execute(
            database.db,
          )
        ).rows.map((row) => row.indexname);
      await untilVisible(store, await appendMany(store, 'group-1', 100, { perAppend: 100 }));
      const first = await createBuild(database.db, withIndex, { active: true });
      expect(await indexesOf(first.schema)).toContain('stream_counts_by_events');

      const whileRebuilding: string[][] = [];
      const result = await rebuildProjection({ database, store }, withIndex, {
        batchSize: 10,
        dropGraceMs: 0,
        onProgress: async ({ build }) => {
          const schema = (await listBuilds(database.db, 'sample-counts')).find(
            (candidate) => candidate.build === build,
          )!.schema;
          whileRebuilding.push(await indexesOf(schema));
        },
      });

      expect(whileRebuilding.length).toBeGreaterThan(5);
      expect(whileRebuilding.flat()).not.toContain('stream_counts_by_events');
      expect(await indexesOf(result.schema)).toContain('stream_counts_by_events');
    });
  });
}
