import { KurrentDbEventStore } from '@app/event-store';
import { describeEventStoreContract } from './event-store.contract';
import { startKurrentDbDouble } from './kurrentdb-double/kurrentdb-double';

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
if (liveUrl) {
  describeEventStoreContract(
    'kurrentdb adapter on a live server (KURRENTDB_URL)',
    async () => {
      const store = KurrentDbEventStore.connect(liveUrl);
      return { store, close: () => store.close() };
    },
    // A live server's stored events cannot be edited from outside.
    { canTamper: false },
  );
} else {
  describe.skip('EventStore contract: kurrentdb adapter on a live server', () => {
    it('is skipped because KURRENTDB_URL is unset', () => undefined);
  });
}
