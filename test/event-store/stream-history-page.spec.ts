import {
  NO_STREAM,
  PostgresEventStore,
  streamHistoryPage,
  type ActorNames,
  type EventStore,
  type HistorySources,
  type ReadStreamOptions,
} from '@app/event-store';
import { testDatabases } from '../support/test-databases';
import { event, newStream, newTenant } from './contract/fixtures';

/**
 * A history page reads its window of the stream, not the stream: the events it reads are
 * counted through the port, on every database the store runs on.
 */
describe.each(testDatabases)('a page of a stream history on $name', (testDatabase) => {
  let store: EventStore;
  let close: () => Promise<void>;
  let read: number;
  let sources: HistorySources;
  const tenant = newTenant();
  const stream = newStream();
  const names = { namesOf: async () => new Map<string, string>() } as unknown as ActorNames;
  const dateOf = () => null;

  beforeAll(async () => {
    const database = await testDatabase.open();
    const real = new PostgresEventStore(database, { pageSize: 50, pollIntervalMs: 200 });
    close = async () => {
      await real.close();
      await database.close();
    };
    // 120 events: every tenth dated 2020, the rest 2026 (what an asOf filter leaves out).
    const batch = Array.from({ length: 120 }, (_, index) => event('Noted', { index }, {})).map(
      (recorded, index) => ({
        ...recorded,
        metadata: {
          ...recorded.metadata,
          validFrom: index % 10 === 0 ? '2020-01-01' : '2026-01-15',
        },
      }),
    );
    await real.append(tenant, stream, batch, NO_STREAM);
    store = Object.assign(Object.create(real) as EventStore, {
      readStream: async (t: string, s: string, options?: ReadStreamOptions) => {
        const events = await real.readStream(t, s, options);
        read += events.length;
        return events;
      },
    });
    sources = { store, names };
  }, 60_000);
  afterAll(() => close());
  beforeEach(() => {
    read = 0;
  });

  it('reads a page and one event from the cursor on, not the stream', async () => {
    const page = await streamHistoryPage(
      sources,
      tenant,
      stream,
      dateOf,
      {},
      {
        limit: 10,
        after: 49,
      },
    );
    expect(page!.map((entry) => entry.revision)).toEqual(
      Array.from({ length: 11 }, (_, i) => 50 + i),
    );
    expect(read).toBe(11);
  });

  it('walks the stream page by page, every event once and in order', async () => {
    const revisions: number[] = [];
    let after: number | undefined;
    for (;;) {
      const page = (await streamHistoryPage(
        sources,
        tenant,
        stream,
        dateOf,
        {},
        {
          limit: 25,
          after,
        },
      ))!;
      revisions.push(...page.slice(0, 25).map((entry) => entry.revision));
      if (page.length <= 25) break;
      after = page[24].revision;
    }
    expect(revisions).toEqual(Array.from({ length: 120 }, (_, i) => i));
    // Five pages of 26 events at most (the last shorter): never the whole stream per page.
    expect(read).toBeLessThanOrEqual(5 * 26);
  });

  it('reads on in windows while a filter leaves the page short, and stops once it is full', async () => {
    const page = (await streamHistoryPage(
      sources,
      tenant,
      stream,
      dateOf,
      { asOf: '2020-12-31' },
      {
        limit: 3,
      },
    ))!;
    expect(page.map((entry) => entry.revision)).toEqual([0, 10, 20, 30]);
    // Windows of four events until the fourth kept one (revision 30): 32 events, not 120.
    expect(read).toBe(32);
  });

  it('answers undefined for a stream with no events, and an empty page past the end', async () => {
    expect(
      await streamHistoryPage(sources, tenant, newStream(), dateOf, {}, { limit: 5 }),
    ).toBeUndefined();
    expect(
      await streamHistoryPage(sources, tenant, stream, dateOf, {}, { limit: 5, after: 119 }),
    ).toEqual([]);
  });
});
