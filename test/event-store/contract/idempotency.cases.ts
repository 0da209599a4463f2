import {
  EVENT_ID_CONFLICT,
  EventIdConflictError,
  NO_STREAM,
  deterministicEventIds,
  exactly,
} from '@app/event-store';
import {
  event,
  events,
  newStream,
  newTenant,
  rejection,
  untilVisible,
  type FixtureRef,
} from './fixtures';

export function idempotencyCases(fixture: FixtureRef): void {
  const store = () => fixture().store;

  describe('idempotency', () => {
    it('answers a repeated append with the original result and writes nothing', async () => {
      const tenant = newTenant();
      const stream = newStream();
      const [a, b] = deterministicEventIds(`key-${stream}`, 2);
      const batch = [
        event('Formed', { name: 'Styrgrupp' }, { id: a }),
        event('Joined', { who: 'x' }, { id: b }),
      ];
      const original = await store().append(tenant, stream, batch, NO_STREAM);
      const later = await store().append(tenant, stream, events(2), exactly(1));
      await untilVisible(store(), later.position);
      const head = await store().head();

      const repeated = await store().append(tenant, stream, batch, NO_STREAM);

      expect(repeated).toEqual(original);
      expect(await store().readStream(tenant, stream)).toHaveLength(4);
      expect(await store().head()).toBe(head);
    });

    it('recognises a repeat regardless of metadata (a retry has a new correlation id)', async () => {
      const tenant = newTenant();
      const stream = newStream();
      const first = event('Formed', { name: 'A' });
      const original = await store().append(tenant, stream, [first], NO_STREAM);
      const retry = { ...first, metadata: { ...first.metadata, correlationId: 'another' } };
      expect(await store().append(tenant, stream, [retry], NO_STREAM)).toEqual(original);
      expect(await store().readStream(tenant, stream)).toHaveLength(1);
    });

    it('rejects the same id with other data, type or schema version', async () => {
      const tenant = newTenant();
      const stream = newStream();
      const original = event('Formed', { name: 'A' });
      await store().append(tenant, stream, [original], NO_STREAM);
      const variants = [
        { ...original, data: { name: 'B' } },
        { ...original, type: 'Renamed' },
        { ...original, schemaVersion: 2 },
      ];
      for (const variant of variants) {
        const error = await rejection(store().append(tenant, stream, [variant], NO_STREAM));
        expect(error).toBeInstanceOf(EventIdConflictError);
        expect(error).toMatchObject({
          code: EVENT_ID_CONFLICT,
          kind: 'invalid',
          eventId: original.id,
        });
      }
      expect(await store().readStream(tenant, stream)).toHaveLength(1);
    });

    it('rejects known ids at another place in the stream: a later revision, a partial batch', async () => {
      const tenant = newTenant();
      const stream = newStream();
      const batch = events(2);
      await store().append(tenant, stream, batch, NO_STREAM);
      const laterRevision = store().append(tenant, stream, batch, exactly(1));
      expect(await rejection(laterRevision)).toBeInstanceOf(EventIdConflictError);
      const partial = store().append(tenant, stream, [batch[0], event('Extra')], NO_STREAM);
      expect(await rejection(partial)).toBeInstanceOf(EventIdConflictError);
      expect(await store().readStream(tenant, stream)).toHaveLength(2);
    });
  });
}
