import { NO_STREAM, type RecordedEvent } from '@app/event-store';
import { event, events, newStream, newTenant, untilVisible, type FixtureRef } from './fixtures';

const revisions = (recorded: RecordedEvent[]) => recorded.map((e) => Number(e.revision));

export function readCases(fixture: FixtureRef): void {
  const store = () => fixture().store;

  describe('readStream', () => {
    const tenant = newTenant();
    const stream = newStream();
    beforeAll(async () => {
      await fixture().store.append(tenant, stream, events(12), NO_STREAM);
    });

    it.each([
      ['everything forwards', {}, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
      ['everything backwards', { direction: 'backwards' }, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
      ['a range forwards', { from: 3n, to: 6n }, [3, 4, 5, 6]],
      ['a range backwards', { from: 6n, to: 3n, direction: 'backwards' }, [6, 5, 4, 3]],
      ['from a revision', { from: 9n }, [9, 10, 11]],
      ['backwards from a revision', { from: 2n, direction: 'backwards' }, [2, 1, 0]],
      ['up to a revision', { to: 1n }, [0, 1]],
      ['a limit forwards', { from: 5n, limit: 2 }, [5, 6]],
      ['a limit backwards', { direction: 'backwards', limit: 3 }, [11, 10, 9]],
      ['a range across a power of ten', { from: 8n, to: 11n }, [8, 9, 10, 11]],
      ['past the end', { from: 12n }, []],
      ['an empty range', { from: 6n, to: 3n }, []],
    ] as const)('reads %s', async (_name, options, expected) => {
      expect(revisions(await store().readStream(tenant, stream, options))).toEqual(expected);
    });

    it('reads a missing stream as empty', async () => {
      expect(await store().readStream(tenant, newStream())).toEqual([]);
    });
  });

  describe('readAll', () => {
    it('reads every append in commit order, page by page, across streams and tenants', async () => {
      const from = await store().head();
      const tenants = [newTenant(), newTenant()];
      const streams = [newStream(), newStream()];
      const appended: string[] = [];
      let last = from;
      for (let round = 0; round < 3; round++) {
        for (const tenant of tenants) {
          for (const stream of streams) {
            const batch = [event('A', { round }), event('B', { round })];
            last = (await store().append(tenant, stream, batch, { kind: 'any' })).position;
            appended.push(...batch.map((e) => e.id));
          }
        }
      }

      await untilVisible(store(), last);
      const read: RecordedEvent[] = [];
      for (let checkpoint = from; ;) {
        const page = await store().readAll(checkpoint, 5);
        expect(page.length).toBeLessThanOrEqual(5);
        if (page.length === 0) break;
        read.push(...page);
        checkpoint = page[page.length - 1].position;
      }

      // Earlier tests' events may show up too: one that committed before `from` was taken can
      // still have been held back then (an older transaction anywhere on the server was running).
      const mine = read.filter((e) => tenants.includes(e.metadata.tenant));
      expect(mine.map((e) => e.id)).toEqual(appended);
      expect(read.every((e, i) => i === 0 || read[i - 1].position < e.position)).toBe(true);
      expect(read[read.length - 1].position).toBe(last);
      expect(await store().head()).toBe(last);
    });
  });

  describe('tenants', () => {
    it('keep streams of the same name apart', async () => {
      const [north, south] = [newTenant(), newTenant()];
      const stream = newStream();
      const formed = { name: 'Styrgrupp' };
      await store().append(north, stream, [event('Formed', formed)], NO_STREAM);
      await store().append(south, stream, [event('Formed', formed)], NO_STREAM);
      await store().append(south, stream, [event('Renamed', { name: 'Ledning' })], {
        kind: 'exact',
        revision: 0n,
      });

      const northEvents = await store().readStream(north, stream);
      const southEvents = await store().readStream(south, stream);
      expect(northEvents.map((e) => [e.revision, e.type])).toEqual([[0n, 'Formed']]);
      expect(southEvents.map((e) => [e.revision, e.type])).toEqual([
        [0n, 'Formed'],
        [1n, 'Renamed'],
      ]);
      expect(northEvents[0].metadata.tenant).toBe(north);
      // The tenant is part of what is hashed, so identical first events in two tenants differ.
      expect(northEvents[0].metadata.hash).not.toBe(southEvents[0].metadata.hash);
      expect(await store().readStream(newTenant(), stream)).toEqual([]);
    });
  });
}
