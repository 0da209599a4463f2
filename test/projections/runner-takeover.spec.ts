import { PostgresEventStore } from '@app/event-store';
import { openDatabase, type SqlDatabase } from '@app/platform';
import { listBuilds, ProjectionEngine, type Build } from '@app/projections';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { caughtUp } from './engine-helpers';
import { countRows, countsProjection } from './sample-counts.projection';
import { appendMany } from './sample-events';

for (const testDatabase of testDatabases) {
  describe(`two runners for one projection on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    let second: SqlDatabase;
    const stores: PostgresEventStore[] = [];
    const engines: ProjectionEngine[] = [];

    beforeAll(async () => {
      database = await testDatabase.open();
      // Two processes would each have their own pool (and session locks); PGlite is one process.
      second = database.url
        ? await openDatabase({ kind: 'postgres', url: database.url })
        : database;
    });
    afterAll(async () => {
      await Promise.all(engines.map((engine) => engine.stop()));
      await Promise.all(stores.map((store) => store.close()));
      if (second !== database) await second.close();
      await database.close();
    });

    function engine(on: SqlDatabase, runnerId: string) {
      const store = new PostgresEventStore(on, { pollIntervalMs: 200 });
      stores.push(store);
      const started = new ProjectionEngine(
        { database: on, store, projections: [countsProjection()] },
        { runnerId, pollIntervalMs: 200, lockRetryMs: 50, retryInitialMs: 10 },
      );
      engines.push(started);
      return started;
    }

    it('lets only one project; when it stops, the other takes over where it left off', async () => {
      const a = engine(database, 'runner-a');
      const b = engine(second, 'runner-b');
      const committedBy = { a: 0, b: 0 };
      a.onProgress(() => committedBy.a++);
      b.onProgress(() => committedBy.b++);
      const writer = new PostgresEventStore(database);
      stores.push(writer);

      a.start();
      await caughtUp(database.db, 'sample-counts', await appendMany(writer, 'group-1', 10));
      b.start();
      let head = await appendMany(writer, 'group-1', 10, { perAppend: 2 });
      await caughtUp(database.db, 'sample-counts', head);

      expect(committedBy.a).toBeGreaterThan(0);
      expect(committedBy.b).toBe(0);
      expect(await listBuilds(database.db, 'sample-counts')).toEqual([
        expect.objectContaining<Partial<Build>>({ runner: 'runner-a', checkpoint: head }),
      ]);

      await a.stop();
      head = await appendMany(writer, 'group-1', 10, { perAppend: 5 });
      await caughtUp(database.db, 'sample-counts', head);

      expect(committedBy.b).toBeGreaterThan(0);
      expect(await listBuilds(database.db, 'sample-counts')).toEqual([
        expect.objectContaining<Partial<Build>>({ runner: 'runner-b', checkpoint: head }),
      ]);
      expect((await countRows(database.db)).streams).toEqual([
        { tenant: '0192', stream: 'group-1', events: 30, last_revision: '29' },
      ]);
    });
  });
}
