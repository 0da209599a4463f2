import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { NO_STREAM, PostgresEventStore } from '@app/event-store';
import {
  createScratchDatabase,
  dropScratchDatabase,
  postgresUrl,
  testDatabases,
  type OpenTestDatabase,
} from '../support/test-databases';
import { event, newStream, newTenant, untilVisible } from './contract/fixtures';

const postgres = testDatabases.find((candidate) => candidate.name === 'postgres');

/**
 * The reason for the xid8 ordering: a transaction that took a lower position but commits later
 * must never appear behind a reader's checkpoint. Needs two connections at once, so PostgreSQL
 * only (PGlite has one).
 */
(postgres ? describe : describe.skip)(
  `PostgresEventStore visibility ${postgresUrl ? '' : '(skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    let database: OpenTestDatabase;
    let store: PostgresEventStore;
    let slow: Client;
    beforeAll(async () => {
      database = await postgres!.open();
      store = new PostgresEventStore(database);
      slow = new Client({ connectionString: database.url });
      await slow.connect();
    });
    afterAll(async () => {
      await slow.end();
      await store.close();
      await database.close();
    });

    it('holds back later commits until an older writing transaction ends, then reads it first', async () => {
      const checkpoint = await store.head();
      // A writer that takes its position now and commits only after a later writer.
      await slow.query('begin');
      try {
        await slow.query(
          `insert into events (position, tenant, stream, revision, event_id, type, schema_version,
                             data, metadata, hash)
         values (pg_current_xact_id()::text::bigint * 1048576, $1, $2, 0, $3, 'Slow', 1,
                 '{}', '{}', 'not-chained')`,
          [newTenant(), newStream(), randomUUID()],
        );
        const later = await store.append(newTenant(), newStream(), [event('Fast')], NO_STREAM);

        expect(await store.readAll(checkpoint, 10)).toEqual([]);
        expect(await store.head()).toBe(checkpoint);

        await slow.query('commit');
        await untilVisible(store, later.position);
        const read = await store.readAll(checkpoint, 10);
        expect(read.map((e) => e.type)).toEqual(['Slow', 'Fast']);
        expect(read[1].position).toBe(later.position);
        expect(await store.head()).toBe(later.position);
      } finally {
        // Only does something when an expectation failed with the transaction still open.
        await slow.query('rollback');
      }
    });

    it('does not hold anything back for a transaction that only reads', async () => {
      const checkpoint = await store.head();
      await slow.query('begin');
      await slow.query('select count(*) from events');
      try {
        const appended = await store.append(newTenant(), newStream(), [event('Seen')], NO_STREAM);
        // Hangs (and fails by timeout) if the reading transaction held the event back.
        await untilVisible(store, appended.position);
        expect((await store.readAll(checkpoint, 10)).map((e) => e.position)).toEqual([
          appended.position,
        ]);
      } finally {
        await slow.query('commit');
      }
    });

    it('does not hold anything back for a writing transaction open in another database of the server', async () => {
      // Transaction ids are the cluster's: another database's open writer (another app, a
      // test run, a benchmark) once held every reader here back until it ended.
      const elsewhereUrl = await createScratchDatabase(postgresUrl!);
      const elsewhere = new Client({ connectionString: elsewhereUrl });
      await elsewhere.connect();
      try {
        await elsewhere.query('begin');
        await elsewhere.query('select pg_current_xact_id()');
        const checkpoint = await store.head();
        const appended = await store.append(newTenant(), newStream(), [event('Seen')], NO_STREAM);
        // Hangs (and fails by timeout) if the other database's writer held the event back.
        await untilVisible(store, appended.position);
        expect((await store.readAll(checkpoint, 10)).map((e) => e.position)).toEqual([
          appended.position,
        ]);
      } finally {
        await elsewhere.query('rollback');
        await elsewhere.end();
        await dropScratchDatabase(postgresUrl!, elsewhereUrl);
      }
    });
  },
);
