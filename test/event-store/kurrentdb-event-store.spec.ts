import { KurrentDbEventStore } from '@app/event-store';
import { describeEventStoreContract } from './event-store.contract';
import { startKurrentDbDouble } from './kurrentdb-double/kurrentdb-double';

// The assertions are the shared contract's (event-store.contract.ts and contract/*.cases.ts):
// this file only says which stores it runs on.

describeEventStoreContract('kurrentdb adapter on the in-process gRPC double', async () => {
  const double = await startKurrentDbDouble();
  const store = KurrentDbEventStore.connect(double.connectionString);
  return {
    store,
    async tamper(tenant, stream, revision) {
      double.log.tamper(KurrentDbEventStore.streamName(tenant, stream), revision, (data) => ({
        ...(data as object),
        tampered: true,
      }));
    },
    async close() {
      await store.close();
      await double.stop();
    },
  };
});

const liveUrl = process.env.KURRENTDB_URL;
describeEventStoreContract(
  'kurrentdb adapter on a live server (KURRENTDB_URL)',
  async () => {
    const store = KurrentDbEventStore.connect(liveUrl!);
    return { store, close: () => store.close() };
  },
  {
    // A live server's stored events cannot be edited from outside.
    canTamper: false,
    skipped: liveUrl ? undefined : 'KURRENTDB_URL is unset, so there is no server to run against',
  },
);
