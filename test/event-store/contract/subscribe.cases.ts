import { NO_STREAM, exactly, type RecordedEvent } from '@app/event-store';
import { events, newStream, newTenant, take, untilVisible, type FixtureRef } from './fixtures';

export function subscribeCases(fixture: FixtureRef): void {
  const store = () => fixture().store;

  describe('subscribe', () => {
    it('catches up from a position, then receives live events, and ends on close', async () => {
      const tenant = newTenant();
      const stream = newStream();
      const mine = (e: RecordedEvent) => e.metadata.tenant === tenant;
      const from = await store().head();
      const before = events(3);
      await store().append(tenant, stream, before, NO_STREAM);

      const subscription = store().subscribe(from);
      const iterator = subscription[Symbol.asyncIterator]();
      try {
        const caughtUp = await take(iterator, 3, mine);
        expect(caughtUp.map((e) => e.id)).toEqual(before.map((e) => e.id));

        // Nothing is pending now: the next events can only arrive as live ones.
        const pending = take(iterator, 2, mine);
        const live = events(2);
        await store().append(tenant, stream, live, exactly(2));
        const received = await pending;
        expect(received.map((e) => e.id)).toEqual(live.map((e) => e.id));
        expect(received.map((e) => e.revision)).toEqual([3n, 4n]);
      } finally {
        await subscription.close();
      }
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    });

    it('starts after the given position, skipping what came before', async () => {
      const tenant = newTenant();
      const stream = newStream();
      const earlier = await store().append(tenant, stream, events(2), NO_STREAM);
      await untilVisible(store(), earlier.position);
      const from = await store().head();
      const later = events(1);
      await store().append(tenant, stream, later, exactly(1));

      const subscription = store().subscribe(from);
      try {
        const mine = (e: RecordedEvent) => e.metadata.tenant === tenant;
        const [first] = await take(subscription[Symbol.asyncIterator](), 1, mine);
        expect(first.id).toBe(later[0].id);
      } finally {
        await subscription.close();
      }
    });

    it('ends a pending next() when closed', async () => {
      const subscription = store().subscribe(await store().head());
      const iterator = subscription[Symbol.asyncIterator]();
      const waiting = iterator.next();
      await subscription.close();
      expect(await waiting).toEqual({ done: true, value: undefined });
    });
  });
}
