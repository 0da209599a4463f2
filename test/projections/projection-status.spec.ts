import { PostgresEventStore } from '@app/event-store';
import { openDatabase, type SqlDatabase } from '@app/platform';
import { ProjectionCatalog, ProjectionEngine, readProjectionStatus } from '@app/projections';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { caughtUp } from './engine-helpers';
import { countsProjection } from './sample-counts.projection';
import { appendMany } from './sample-events';

for (const testDatabase of testDatabases) {
  describe(`projection status on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    /** Where status is read: another pool on PostgreSQL, as another process would. */
    let reader: SqlDatabase;
    let store: PostgresEventStore;

    beforeAll(async () => {
      database = await testDatabase.open();
      reader = database.url
        ? await openDatabase({ kind: 'postgres', url: database.url })
        : database;
      store = new PostgresEventStore(database, { pollIntervalMs: 200 });
    });
    afterAll(async () => {
      await store.close();
      if (reader !== database) await reader.close();
      await database.close();
    });

    const status = async () =>
      (
        await readProjectionStatus(
          reader,
          new PostgresEventStore(reader),
          new ProjectionCatalog([countsProjection()]),
        )
      ).projections[0];

    it('says running by whom while a process projects, and stopped, last seen by whom, once none does', async () => {
      const engine = new ProjectionEngine(
        { database, store, projections: [countsProjection()] },
        { runnerId: 'host-a:101', pollIntervalMs: 200, lockRetryMs: 50 },
      );
      engine.start();
      await caughtUp(database.db, 'sample-counts', await appendMany(store, 'group-1', 3));
      expect(await status()).toMatchObject({
        state: 'running',
        runner: 'host-a:101',
        lastSeen: { runner: 'host-a:101', at: expect.any(String) },
      });

      await engine.stop();
      const stopped = await status();
      expect(stopped).toMatchObject({
        state: 'stopped',
        runner: null,
        lastSeen: { runner: 'host-a:101' },
        lag: 0,
      });
      expect(Date.parse(stopped.lastSeen!.at)).toBeGreaterThan(Date.now() - 60_000);
    });
  });
}
