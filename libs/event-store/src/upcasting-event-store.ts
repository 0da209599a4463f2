import type { EventStore, RecordedEvent, Subscription } from './event-store.port';
import type { Upcasters } from './upcasters';

/**
 * The store as the application reads it: every event in its newest shape. Writes, heads and
 * closing go to the store underneath, which keeps the stored form for whatever checks hashes
 * (verification and the audit package read that one: an upcasted event no longer matches its
 * hash).
 */
export function upcasting(store: EventStore, upcasters: Upcasters): EventStore {
  const read = (event: RecordedEvent) => upcasters.apply(event);
  return {
    append: (tenant, stream, events, expected) => store.append(tenant, stream, events, expected),
    readStream: async (tenant, stream, options) =>
      (await store.readStream(tenant, stream, options)).map(read),
    readAll: async (from, limit) => (await store.readAll(from, limit)).map(read),
    head: () => store.head(),
    subscribe: (from) => upcastingSubscription(store.subscribe(from), read),
    close: () => store.close(),
  };
}

function upcastingSubscription(
  subscription: Subscription,
  read: (event: RecordedEvent) => RecordedEvent,
): Subscription {
  return {
    close: () => subscription.close(),
    async *[Symbol.asyncIterator]() {
      for await (const event of subscription) yield read(event);
    },
  };
}
