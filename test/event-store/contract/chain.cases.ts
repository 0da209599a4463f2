import { NO_STREAM, STREAM_EXISTS, verifyChains } from '@app/event-store';
import { event, events, newStream, newTenant, untilVisible, type FixtureRef } from './fixtures';

export function chainCases(fixture: FixtureRef, canTamper: boolean): void {
  const store = () => fixture().store;

  describe('hash chain', () => {
    it('verifies every stream of a tenant and counts what it checked', async () => {
      const tenant = newTenant();
      const [one, two] = [newStream(), newStream()];
      await store().append(tenant, one, events(3), NO_STREAM);
      await store().append(tenant, two, events(2), NO_STREAM);
      const late = event('Late', { n: 1.5, list: [true, null, 'å'] });
      const last = await store().append(tenant, one, [late], STREAM_EXISTS);
      await untilVisible(store(), last.position);

      const report = await verifyChains(store(), { tenant, pageSize: 2 });

      expect(report).toEqual({ ok: true, streams: 2, events: 6 });
    });

    // Skipped only for an adapter whose storage cannot be edited from outside.
    (canTamper ? it : it.skip)(
      'reports data changed behind the store at the revision that was changed',
      async () => {
        const tamper = fixture().tamper;
        if (!tamper) throw new Error('The fixture claims it can tamper but has no tamper()');
        const tenant = newTenant();
        const [intact, tampered] = [newStream(), newStream()];
        await store().append(tenant, intact, events(4), NO_STREAM);
        await store().append(tenant, tampered, events(5), NO_STREAM);
        const other = newTenant();
        const last = await store().append(other, tampered, events(5), NO_STREAM);
        await untilVisible(store(), last.position);
        await tamper(tenant, tampered, 2n);

        const report = await verifyChains(store(), { tenant });

        expect(report.ok).toBe(false);
        expect(report).toMatchObject({
          broken: { tenant, stream: tampered, revision: 2n, problem: 'hash' },
        });
        if (!report.ok) {
          const [stored] = await store().readStream(tenant, tampered, { from: 2n, limit: 1 });
          expect(report.broken.actual).toBe(stored.metadata.hash);
          expect(report.broken.expected).not.toBe(stored.metadata.hash);
        }
        expect(await verifyChains(store(), { tenant: other })).toEqual({
          ok: true,
          streams: 1,
          events: 5,
        });
      },
    );
  });
}
