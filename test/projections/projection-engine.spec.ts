import { sql } from 'kysely';
import { ANY, PostgresEventStore, type EventStore } from '@app/event-store';
import {
  listBuilds,
  ProjectionEngine,
  readProjectionStatus,
  ProjectionCatalog,
  type Projection,
  type ProjectionEngineOptions,
} from '@app/projections';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { buildWhere, caughtUp, preparedMeanwhile } from './engine-helpers';
import { resetDatabase } from './reset-database';
import { countRows, countsProjection } from './sample-counts.projection';
import { appendMany, sampleEvent, TENANT, untilVisible } from './sample-events';

for (const testDatabase of testDatabases) {
  describe(`the projection engine on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    let store: PostgresEventStore;
    const engines: ProjectionEngine[] = [];

    function startEngine(
      projections: Projection[],
      options: ProjectionEngineOptions = {},
      eventStore: EventStore = store,
    ) {
      const engine = new ProjectionEngine(
        { database, store: eventStore, projections },
        {
          pollIntervalMs: 200,
          lockRetryMs: 50,
          retryInitialMs: 10,
          retryMaxMs: 100,
          dropGraceMs: 10,
          ...options,
        },
      );
      engines.push(engine);
      engine.start();
      return engine;
    }

    beforeAll(async () => {
      database = await testDatabase.open();
      store = new PostgresEventStore(database, { pollIntervalMs: 200 });
    });
    beforeEach(() => resetDatabase(database.db));
    afterEach(async () => {
      await Promise.all(engines.splice(0).map((engine) => engine.stop()));
    });
    afterAll(async () => {
      await store.close();
      await database.close();
    });

    // On PGlite the one connection is the batch's until it commits: nothing to overlap.
    const onPostgres = testDatabase.name === 'pglite' ? it.skip : it;
    onPostgres(
      'catching up, prepares the next batch while the current one is written',
      async () => {
        const seeded = await appendMany(store, 'group-1', 40, { perAppend: 10 });
        // All visible before the engine starts: a batch short for that reason reads nothing ahead.
        await untilVisible(store, seeded);
        const prepared = new Set<bigint>();
        const sawNextPrepared: boolean[] = [];
        startEngine(
          [
            countsProjection({
              onPrepare: (events) => prepared.add(events[0].revision),
              // Inside batch N's transaction: waits (boundedly) until batch N + 1 was prepared.
              async onApply(events) {
                const next = events[events.length - 1].revision + 1n;
                if (next === 40n) return;
                sawNextPrepared.push(await preparedMeanwhile(prepared, next));
              },
            }),
          ],
          { batchSize: 10 },
        );
        await caughtUp(database.db, 'sample-counts', seeded);

        expect(sawNextPrepared).toEqual([true, true, true]);
        expect((await countRows(database.db)).streams[0].events).toBe(40);
      },
    );

    it('catches up, then projects new events as they are appended (woken, not polled)', async () => {
      const seeded = await appendMany(store, 'group-1', 30, { perAppend: 10 });
      // A poll this long would outlast the test: only a wake-up can bring the later events.
      const engine = startEngine([countsProjection()], { pollIntervalMs: 120_000 });
      await caughtUp(database.db, 'sample-counts', seeded);

      const head = await appendMany(store, 'group-2', 5);
      await caughtUp(database.db, 'sample-counts', head);

      expect((await countRows(database.db)).streams.map((row) => [row.stream, row.events])).toEqual(
        [
          ['group-1', 30],
          ['group-2', 5],
        ],
      );
      expect(await listBuilds(database.db, 'sample-counts')).toEqual([
        expect.objectContaining({
          build: 1,
          active: true,
          state: 'running',
          runner: engine.runnerId,
          checkpoint: head,
        }),
      ]);
    });

    it('stops a projection at a poison event, reports it, and keeps the others going, without spinning', async () => {
      let poisonedCalls = 0;
      const poisoned = countsProjection({
        name: 'poisoned-counts',
        poison: true,
        onApply: () => poisonedCalls++,
      });
      const before = await appendMany(store, 'group-1', 3);
      const poison = sampleEvent(undefined, { poison: true });
      await store.append(TENANT, 'group-2', [poison], ANY);
      let head = await appendMany(store, 'group-3', 2);
      startEngine([countsProjection(), poisoned]);

      await caughtUp(database.db, 'sample-counts', head);
      const stopped = await buildWhere(
        database.db,
        'poisoned-counts',
        (build) => build.state === 'stopped-error',
      );
      expect(stopped).toMatchObject({ checkpoint: before, failingEventId: poison.id });
      expect(stopped.lastError).toMatch(/poisoned/);
      expect((await countRows(database.db, 'poisoned-counts')).streams).toEqual([
        { tenant: TENANT, stream: 'group-1', events: 3, last_revision: '2' },
      ]);
      const status = await readProjectionStatus(
        database,
        store,
        new ProjectionCatalog([countsProjection(), poisoned]),
      );
      expect(status.projections).toEqual([
        expect.objectContaining({
          name: 'poisoned-counts',
          state: 'stopped-error',
          lag: 3,
          error: {
            message: expect.stringMatching(/poisoned/),
            eventId: poison.id,
            position: expect.any(BigInt),
          },
        }),
        expect.objectContaining({ name: 'sample-counts', state: 'running', lag: 0, error: null }),
      ]);

      // New events wake every runner; the stopped one must not try again.
      const calls = poisonedCalls;
      head = await appendMany(store, 'group-4', 2);
      await caughtUp(database.db, 'sample-counts', head);
      expect(poisonedCalls).toBe(calls);
      expect((await listBuilds(database.db, 'poisoned-counts'))[0].state).toBe('stopped-error');
    });

    it('retries a stopped projection once when a process takes it over, and stops again on the same event', async () => {
      let calls = 0;
      const poisoned = () =>
        countsProjection({ name: 'poisoned-counts', poison: true, onApply: () => calls++ });
      const poison = sampleEvent(undefined, { poison: true });
      await store.append(TENANT, 'group-1', [poison], ANY);
      const first = startEngine([poisoned()]);
      await buildWhere(database.db, 'poisoned-counts', (build) => build.state === 'stopped-error');
      await first.stop();
      const callsBefore = calls;

      startEngine([poisoned()]);
      await buildWhere(database.db, 'poisoned-counts', () => calls > callsBefore);
      const again = await buildWhere(
        database.db,
        'poisoned-counts',
        (build) => build.state === 'stopped-error',
      );
      expect(again.failingEventId).toBe(poison.id);
    });

    it('backs off and retries while the store is unreachable, then catches up', async () => {
      let failures = 3;
      const flaky: EventStore = Object.assign(Object.create(store) as EventStore, {
        readAll: async (from: bigint, limit: number) => {
          if (failures-- > 0)
            throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
              code: 'ECONNREFUSED',
            });
          return store.readAll(from, limit);
        },
      });
      const head = await appendMany(store, 'group-1', 4);
      startEngine([countsProjection()], {}, flaky);

      await caughtUp(database.db, 'sample-counts', head);
      expect(failures).toBeLessThan(0);
      expect((await countRows(database.db)).streams[0].events).toBe(4);
    });

    it('retries an apply that lost its connection instead of stopping the projection', async () => {
      let lost = 1;
      const projection = countsProjection();
      const unlucky: Projection = {
        ...projection,
        async apply(tx, events, prepared) {
          if (lost-- > 0)
            throw Object.assign(new Error('Connection terminated unexpectedly'), { code: '08006' });
          return projection.apply(tx, events, prepared);
        },
      };
      const head = await appendMany(store, 'group-1', 2);
      startEngine([unlucky]);

      await caughtUp(database.db, 'sample-counts', head);
      expect(lost).toBeLessThan(0);
      expect((await listBuilds(database.db, 'sample-counts'))[0]).toMatchObject({
        state: 'running',
        lastError: null,
      });
      expect((await countRows(database.db)).streams[0].events).toBe(2);
    });

    it('builds a new version beside the old one, switches reads when caught up, and drops the old schema', async () => {
      const head = await appendMany(store, 'group-1', 40, { perAppend: 10 });
      const v1 = startEngine([countsProjection()]);
      await caughtUp(database.db, 'sample-counts', head);
      await v1.stop();

      startEngine([countsProjection({ version: 2 })], { batchSize: 7 });
      const switched = await buildWhere(
        database.db,
        'sample-counts',
        (build) => build.version === 2 && build.active,
      );

      expect(switched).toMatchObject({
        build: 2,
        schema: 'proj_sample_counts_v2_2',
        checkpoint: head,
      });
      expect((await countRows(database.db)).streams[0].events).toBe(40);
      // The old build's row and schema go after the grace period.
      await buildWhere(database.db, 'sample-counts', () => true);
      for (;;) {
        const { rows } = await sql<{ schema: string }>`
          select nspname as schema from pg_namespace where nspname like 'proj_sample_counts%' order by 1
        `.execute(database.db);
        const registered = await database.db
          .selectFrom('projections')
          .select('schema_name')
          .execute();
        if (rows.length === 1 && registered.length === 1) {
          expect([rows[0].schema, registered[0].schema_name]).toEqual([
            'proj_sample_counts_v2_2',
            'proj_sample_counts_v2_2',
          ]);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
  });
}
