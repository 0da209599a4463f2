/**
 * What the KurrentDB adapter does beyond the shared contract: its tenant naming, what it skips
 * in $all, how it keeps the hash chain when it loses a race, and where recordedAt comes from
 * (the adapter's clock, taken before hashing, so that the hash covers it).
 */
import { randomUUID } from 'node:crypto';
import { jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { sql } from 'kysely';
import {
  ActorNames,
  ANY,
  EventIdConflictError,
  KurrentDbEventStore,
  NO_STREAM,
  WrongExpectedRevisionError,
  exactly,
  verifyChains,
} from '@app/event-store';
import { event, events, newStream, newTenant, rejection, take } from './contract/fixtures';
import { competeOnce } from './kurrentdb-double/competing-writes';
import { startKurrentDbDouble, type KurrentDbDouble } from './kurrentdb-double/kurrentdb-double';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';

/** A server clock far from the adapter's: recordedAt must not come from it. */
const CLOCK = Date.UTC(2026, 0, 1, 0, 0, 0, 123);

describe('KurrentDB adapter on the gRPC double', () => {
  let double: KurrentDbDouble;
  let store: KurrentDbEventStore;
  let raw: KurrentDBClient;

  beforeAll(async () => {
    double = await startKurrentDbDouble(() => CLOCK);
    store = KurrentDbEventStore.connect(double.connectionString);
    raw = KurrentDBClient.connectionString(double.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await raw.dispose();
    await double.stop();
  });

  it('keeps tenants apart whose names contain the separator or the escape', async () => {
    const places = [
      ['a-b', 'c'],
      ['a', 'b-c'],
      ['a%2Db', 'c'],
    ] as const;
    expect(new Set(places.map(([t, s]) => KurrentDbEventStore.streamName(t, s))).size).toBe(3);
    const from = await store.head();
    const written = [];
    for (const [tenant, stream] of places) {
      const [one] = events(1);
      await store.append(tenant, stream, [one], NO_STREAM);
      written.push({ id: one.id, tenant, stream });
    }
    for (const { id, tenant, stream } of written) {
      expect((await store.readStream(tenant, stream)).map((e) => e.id)).toEqual([id]);
    }
    const all = await store.readAll(from, 10);
    expect(all.map((e) => ({ id: e.id, tenant: e.metadata.tenant, stream: e.stream }))).toEqual(
      written,
    );
  });

  it('leaves system events, foreign streams and records without the envelope out of $all', async () => {
    const tenant = newTenant();
    const stream = newStream();
    const from = await store.head();
    const [ours, later] = events(2);
    const mine = await store.append(tenant, stream, [ours], NO_STREAM);
    const foreign = (type: string) => jsonEvent({ type, data: { foreign: true } });
    await raw.appendToStream('orders-1', foreign('OrderPlaced'));
    await raw.appendToStream('tickets-1', foreign('TicketSold'));
    await raw.appendToStream('$stats-1', foreign('$statsCollected'));

    expect((await store.readAll(from, 10)).map((e) => e.id)).toEqual([ours.id]);
    expect(await store.head()).toBe(mine.position);

    const subscription = store.subscribe(from);
    try {
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await take(iterator, 1))[0].id).toBe(ours.id);
      await store.append(tenant, stream, [later], exactly(0));
      expect((await take(iterator, 1))[0].id).toBe(later.id);
    } finally {
      await subscription.close();
    }
  });

  it('takes recordedAt before hashing (not the server clock), equal on every read path', async () => {
    const tenant = newTenant();
    const stream = newStream();
    const from = await store.head();
    const before = new Date().toISOString();
    await store.append(tenant, stream, events(1), NO_STREAM);
    const after = new Date().toISOString();
    const subscription = store.subscribe(from);
    try {
      const [live] = await take(subscription[Symbol.asyncIterator](), 1);
      const [read] = await store.readStream(tenant, stream);
      const [all] = await store.readAll(from, 1);
      const times = [read, all, live].map((e) => e.metadata.recordedAt);
      expect(new Set(times).size).toBe(1);
      expect(times[0] >= before && times[0] <= after).toBe(true);
      expect(await verifyChains(store, { tenant })).toMatchObject({ ok: true, events: 1 });
    } finally {
      await subscription.close();
    }
  });

  describe('when another writer gets in between its read and its append', () => {
    async function streamWithOne() {
      const tenant = newTenant();
      const stream = newStream();
      const [first] = events(1);
      await store.append(tenant, stream, [first], NO_STREAM);
      const [head] = await store.readStream(tenant, stream);
      return { tenant, stream, head: { revision: 0n, hash: head.metadata.hash } };
    }

    it('any: appends after the winner, chained to it', async () => {
      const { tenant, stream, head } = await streamWithOne();
      const winner = event('Won');
      competeOnce(double.log, tenant, stream, head, winner);

      const mine = event('Mine');
      const result = await store.append(tenant, stream, [mine], ANY);

      expect(result.revision).toBe(2n);
      const recorded = await store.readStream(tenant, stream);
      expect(recorded.map((e) => e.id).slice(1)).toEqual([winner.id, mine.id]);
      expect(recorded[2].metadata.prevHash).toBe(recorded[1].metadata.hash);
      expect(await verifyChains(store, { tenant })).toEqual({ ok: true, streams: 1, events: 3 });
    });

    it('exact: reports the conflict with the revision the winner made', async () => {
      const { tenant, stream, head } = await streamWithOne();
      competeOnce(double.log, tenant, stream, head, event('Won'));

      const error = await rejection(store.append(tenant, stream, events(1), exactly(0)));

      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ expected: exactly(0), actual: 1n });
      expect(await store.readStream(tenant, stream)).toHaveLength(2);
    });

    it('answers a concurrent repeat of the same event with its result', async () => {
      const { tenant, stream, head } = await streamWithOne();
      const same = event('Formed', { name: 'A' });
      competeOnce(double.log, tenant, stream, head, same);

      const result = await store.append(tenant, stream, [same], exactly(0));

      const recorded = await store.readStream(tenant, stream);
      expect(recorded).toHaveLength(2);
      expect(result).toEqual({ revision: 1n, position: recorded[1].position });
    });

    it('refuses a concurrent write of the same id with other content', async () => {
      const { tenant, stream, head } = await streamWithOne();
      const theirs = event('Formed', { name: 'A' }, { id: randomUUID() });
      competeOnce(double.log, tenant, stream, head, theirs);

      const mine = { ...theirs, data: { name: 'B' } };
      const error = await rejection(store.append(tenant, stream, [mine], exactly(0)));

      expect(error).toBeInstanceOf(EventIdConflictError);
      expect((await store.readStream(tenant, stream)).map((e) => e.data)).toEqual([
        { index: 0 },
        { name: 'A' },
      ]);
    });
  });
});

describe("KurrentDB adapter and callers' names", () => {
  let double: KurrentDbDouble;
  let database: OpenTestDatabase;
  let names: ActorNames;
  let store: KurrentDbEventStore;

  beforeAll(async () => {
    double = await startKurrentDbDouble(() => CLOCK);
    database = await testDatabases[0].open();
    names = new ActorNames(database);
    store = KurrentDbEventStore.connect(double.connectionString, { callerNames: names });
  });
  afterAll(async () => {
    await store.close();
    await database.close();
    await double.stop();
  });

  const named = (subject: string, name: string) =>
    event(
      'Noted',
      {},
      {
        metadata: {
          actor: { id: subject, name, role: 'secretary', organisation: 'NAF' } as never,
          correlationId: randomUUID(),
        },
      },
    );

  it('answers a stored event with success when its name cannot be kept, and keeps it with the next append', async () => {
    const tenant = newTenant();
    await sql`alter table personal_data rename to personal_data_away`.execute(database.db);
    let stored;
    try {
      stored = await store.append(tenant, newStream(), [named('anna', 'Anna Svensson')], NO_STREAM);
    } finally {
      await sql`alter table personal_data_away rename to personal_data`.execute(database.db);
    }
    expect(stored.revision).toBe(0n);
    expect(await names.namesOf(tenant, ['anna'])).toEqual(new Map());

    await store.append(tenant, newStream(), [named('bert', 'Bert Ek')], NO_STREAM);
    expect(await names.namesOf(tenant, ['anna', 'bert'])).toEqual(
      new Map([
        ['anna', 'Anna Svensson'],
        ['bert', 'Bert Ek'],
      ]),
    );
  });
});
