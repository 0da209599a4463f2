import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  EventIdConflictError,
  InvalidAppendError,
  NO_STREAM,
  PostgresEventStore,
  Upcasters,
  verifyChains,
} from '@app/event-store';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { event, newStream, newTenant, rejection, untilVisible } from './contract/fixtures';

/** What the contract cannot say because it needs SQL or the adapter's constructor. */
describe.each(testDatabases)('PostgresEventStore on $name', (testDatabase) => {
  let database: OpenTestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await testDatabase.open();
    store = new PostgresEventStore(database);
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  it('reads old events through upcasters, chained, while verification sees them as stored', async () => {
    const tenant = newTenant();
    const stream = newStream();
    await store.append(tenant, stream, [event('Renamed', { name: 'Styrgrupp' })], NO_STREAM);
    const upcasters = new Upcasters()
      .register('Renamed', 1, (e) => ({
        ...e,
        schemaVersion: 2,
        data: { title: (e.data as { name: string }).name },
      }))
      .register('Renamed', 2, (e) => ({
        ...e,
        schemaVersion: 3,
        data: { ...(e.data as object), lang: 'sv' },
      }));
    const upcasting = new PostgresEventStore(database, { upcasters });

    const [read] = await upcasting.readStream(tenant, stream);
    expect(read).toMatchObject({
      type: 'Renamed',
      schemaVersion: 3,
      data: { title: 'Styrgrupp', lang: 'sv' },
    });
    await untilVisible(store, read.position);
    const all = await upcasting.readAll(read.position - 1n, 1);
    expect(all[0].data).toEqual({ title: 'Styrgrupp', lang: 'sv' });
    expect(await verifyChains(store, { tenant })).toMatchObject({ ok: true, events: 1 });
  });

  it('notifies samverkan_events when an append commits', async () => {
    let notified!: () => void;
    const notification = new Promise<void>((resolve) => (notified = resolve));
    const unlisten = await database.listen('samverkan_events', () => notified());
    try {
      await store.append(newTenant(), newStream(), [event('Formed')], NO_STREAM);
      await notification;
    } finally {
      await unlisten();
    }
  });

  it('never surfaces a name an older event still stores in its metadata, and the chain holds', async () => {
    const tenant = newTenant();
    const stream = newStream();
    const appended = await store.append(
      tenant,
      stream,
      [event('Formed'), event('Joined')],
      NO_STREAM,
    );
    await untilVisible(store, appended.position);
    await sql`
      update events set metadata = jsonb_set(metadata, '{actor,name}', '"Anna Svensson"')
       where tenant = ${tenant}
    `.execute(database.db);

    const recorded = await store.readStream(tenant, stream);
    expect(recorded.map((e) => Object.keys(e.metadata.actor).sort())).toEqual([
      ['id', 'organisation', 'role'],
      ['id', 'organisation', 'role'],
    ]);
    expect(await verifyChains(store, { tenant })).toEqual({ ok: true, streams: 1, events: 2 });
  });

  it('refuses data PostgreSQL cannot store, by name, writing nothing', async () => {
    const tenant = newTenant();
    const stream = newStream();
    for (const data of [{ text: 'a\u0000b' }, { text: '\ud800' }, { ['\udc00']: 1 }]) {
      const error = await rejection(
        store.append(tenant, stream, [event('Noted', data)], NO_STREAM),
      );
      expect(error).toBeInstanceOf(InvalidAppendError);
    }
    expect(await store.readStream(tenant, stream)).toEqual([]);
  });

  it('stores what it hashed: a Date becomes its ISO string, undefined fields vanish', async () => {
    const tenant = newTenant();
    const stream = newStream();
    const data = { at: new Date('2026-03-01T10:00:00Z'), gone: undefined, n: -0 };
    const appended = await store.append(tenant, stream, [event('Noted', data)], NO_STREAM);
    await untilVisible(store, appended.position);
    const [recorded] = await store.readStream(tenant, stream);
    expect(recorded.data).toEqual({ at: '2026-03-01T10:00:00.000Z', n: 0 });
    expect(await verifyChains(store, { tenant })).toMatchObject({ ok: true });
  });

  // Stricter than the port, which promises repeats per stream only: the unique (tenant, event_id)
  // makes an id name one event of the tenant, so a key reused elsewhere cannot pass silently.
  it('rejects an id already recorded in another stream of the tenant', async () => {
    const tenant = newTenant();
    const batch = [event('Formed'), event('Joined')];
    await store.append(tenant, newStream(), batch, NO_STREAM);
    const elsewhere = newStream();
    const error = await rejection(store.append(tenant, elsewhere, batch, NO_STREAM));
    expect(error).toBeInstanceOf(EventIdConflictError);
    expect(await store.readStream(tenant, elsewhere)).toEqual([]);
    await store.append(newTenant(), elsewhere, batch, NO_STREAM); // another tenant may
  });

  it('answers a repeat that lost a race with the original result, not a conflict', async () => {
    const tenant = newTenant();
    const stream = newStream();
    const batch = [event('Formed', { id: randomUUID() })];
    const results = await Promise.all([
      store.append(tenant, stream, batch, NO_STREAM),
      store.append(tenant, stream, batch, NO_STREAM),
      store.append(tenant, stream, batch, NO_STREAM),
    ]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(await store.readStream(tenant, stream)).toHaveLength(1);
  });
});
