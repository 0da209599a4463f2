import { ANY, PostgresEventStore, type Position } from '@app/event-store';
import {
  createBuild,
  findBuild,
  isTransientError,
  projectNextBatch,
  type BatchContext,
  type Build,
  type Projection,
} from '@app/projections';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import {
  countRows,
  countsProjection,
  SAMPLE_CORRECTED,
  SAMPLE_IGNORED,
} from './sample-counts.projection';
import { resetDatabase } from './reset-database';
import { appendMany, sampleEvent, TENANT, untilVisible } from './sample-events';

for (const testDatabase of testDatabases) {
  describe(`projecting a batch on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    let store: PostgresEventStore;
    const context = (batchSize = 500): BatchContext => ({
      db: database.db,
      store,
      batchSize,
      isTransient: async (error) => isTransientError(error),
    });

    beforeAll(async () => {
      database = await testDatabase.open();
      store = new PostgresEventStore(database);
    });
    beforeEach(() => resetDatabase(database.db));
    afterAll(async () => {
      await store.close();
      await database.close();
    });

    async function projectUpTo(
      position: Position,
      projection: Projection,
      build: Build,
      batchSize = 500,
    ) {
      await untilVisible(store, position);
      while (build.checkpoint < position) {
        expect((await projectNextBatch(context(batchSize), projection, build)).kind).toBe(
          'advanced',
        );
        build = (await findBuild(database.db, build.name, build.build))!;
      }
      return build;
    }

    it('given events, then rows: handled types counted, other types only move the checkpoint', async () => {
      await appendMany(store, 'group-1', 3);
      await store.append(TENANT, 'meeting-1', [sampleEvent(SAMPLE_CORRECTED), sampleEvent()], ANY);
      const head = await appendMany(store, 'group-2', 1, { type: SAMPLE_IGNORED });
      const projection = countsProjection();
      const build = await projectUpTo(
        head,
        projection,
        await createBuild(database.db, projection, { active: true }),
      );

      expect(build).toMatchObject({ checkpoint: head, state: 'running', active: true });
      expect(build.schema).toBe('proj_sample_counts_v1_1');
      expect(await countRows(database.db)).toEqual({
        types: [
          { stream_type: 'group', events: 3, last_position: expect.any(String) },
          { stream_type: 'meeting', events: 2, last_position: expect.any(String) },
        ],
        streams: [
          { tenant: TENANT, stream: 'group-1', events: 3, last_revision: '2' },
          { tenant: TENANT, stream: 'meeting-1', events: 2, last_revision: '1' },
        ],
      });
    });

    it('prepares a batch before its transaction, from its handled events and the store, and applies what was prepared', async () => {
      await appendMany(store, 'group-1', 3, { perAppend: 1 });
      await store.append(TENANT, 'group-2', [sampleEvent(SAMPLE_IGNORED)], ANY);
      const head = await appendMany(store, 'group-1', 2);
      await untilVisible(store, head);
      const prepared: string[][] = [];
      const projection = countsProjection({
        onPrepare: (events) => prepared.push(events.map((event) => `${event.revision}`)),
      });
      const build = await createBuild(database.db, projection, { active: true });

      const first = await projectNextBatch(context(2), projection, build);
      expect(first).toMatchObject({ kind: 'advanced', read: 2 });
      await projectUpTo(head, projection, (await findBuild(database.db, build.name, 1))!, 2);

      // Pages of two: [0, 1], [2, ignored], [3, 4]; the ignored event is nobody's to prepare.
      expect(prepared).toEqual([['0', '1'], ['2'], ['3', '4']]);
      expect((await countRows(database.db)).streams).toEqual([
        { tenant: TENANT, stream: 'group-1', events: 5, last_revision: '4' },
      ]);
    });

    it('applies a batch once: the same batch again (from the old checkpoint) changes nothing', async () => {
      await untilVisible(store, await appendMany(store, 'group-1', 4));
      const projection = countsProjection();
      const stale = await createBuild(database.db, projection, { active: true });

      const first = await projectNextBatch(context(), projection, stale);
      const again = await projectNextBatch(context(), projection, stale);

      expect(first.kind).toBe('advanced');
      expect(again).toEqual({ kind: 'moved' });
      expect((await countRows(database.db)).streams).toEqual([
        { tenant: TENANT, stream: 'group-1', events: 4, last_revision: '3' },
      ]);
    });

    it('reads in batches: catching up while batches are full, running once one is not', async () => {
      const head = await appendMany(store, 'group-1', 5, { perAppend: 1 });
      await untilVisible(store, head);
      const projection = countsProjection();
      const build = await createBuild(database.db, projection, { active: true });

      const outcome = await projectNextBatch(context(2), projection, build);
      expect(outcome).toMatchObject({ kind: 'advanced', read: 2, caughtUp: false });
      expect((await findBuild(database.db, build.name, 1))!.state).toBe('catching-up');

      const done = await projectUpTo(
        head,
        projection,
        (await findBuild(database.db, build.name, 1))!,
        2,
      );
      expect(done.state).toBe('running');
      expect((await countRows(database.db)).streams[0].events).toBe(5);
    });

    it.each([
      ['apply', countsProjection({ poison: true })],
      ['prepare', countsProjection({ poison: true, onPrepare: () => undefined })],
      [
        'prepare, before its first await',
        throwingAtOnce(countsProjection({ onPrepare: () => undefined })),
      ],
    ])(
      'stops at a poison event (failing in %s): the events before it are committed, the checkpoint is just before it',
      async (_where, projection) => {
        const before = await appendMany(store, 'group-1', 2);
        const poison = sampleEvent(undefined, { poison: true });
        await untilVisible(
          store,
          (await store.append(TENANT, 'group-2', [poison, sampleEvent()], ANY)).position,
        );
        const build = await createBuild(database.db, projection, { active: true });

        const outcome = await projectNextBatch(context(), projection, build);

        expect(outcome).toMatchObject({
          kind: 'poison',
          checkpoint: before,
          event: { id: poison.id },
        });
        expect(String((outcome as { error: Error }).error.message)).toContain('poisoned');
        expect((await findBuild(database.db, build.name, 1))!.checkpoint).toBe(before);
        expect((await countRows(database.db)).streams).toEqual([
          { tenant: TENANT, stream: 'group-1', events: 2, last_revision: '1' },
        ]);
      },
    );
  });
}

/** A prepare that throws instead of rejecting on a poisoned event (not every prepare is async). */
function throwingAtOnce(projection: Projection): Projection {
  return {
    ...projection,
    prepare(events, streams) {
      const poisoned = events.find((event) => (event.data as { poison?: boolean })?.poison);
      if (poisoned) throw new Error(`cannot prepare ${poisoned.id}: it is poisoned`);
      return projection.prepare!(events, streams);
    },
  };
}
