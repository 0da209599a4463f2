import { sql } from 'kysely';
import { PostgresEventStore } from '@app/event-store';
import { testDatabases } from '../support/test-databases';
import { describeEventStoreContract } from './event-store.contract';

// The assertions are the shared contract's (event-store.contract.ts and contract/*.cases.ts):
// this file only says which databases it runs on and how to tamper with a stored event there.

for (const testDatabase of testDatabases) {
  describeEventStoreContract(`postgres adapter on ${testDatabase.name}`, async () => {
    const database = await testDatabase.open();
    // A short poll bounds what a wake-up hidden by another database's transaction costs the live
    // case; the wake-ups themselves are tested on their own.
    const store = new PostgresEventStore(database, { pageSize: 50, pollIntervalMs: 200 });
    return {
      store,
      async tamper(tenant, stream, revision) {
        await sql`
          update events set data = jsonb_set(data, '{tampered}', 'true')
           where tenant = ${tenant} and stream = ${stream} and revision = ${revision.toString()}::bigint
        `.execute(database.db);
      },
      async close() {
        await store.close();
        await database.close();
      },
    };
  });
}
