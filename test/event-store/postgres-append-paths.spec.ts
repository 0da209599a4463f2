import { randomUUID } from 'node:crypto';
import { sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { Client } from 'pg';
import {
  EventIdConflictError,
  NO_STREAM,
  PostgresEventStore,
  WrongExpectedRevisionError,
  exactly,
  verifyChains,
  type RecordedEvent,
} from '@app/event-store';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import {
  actor,
  event,
  events,
  newStream,
  newTenant,
  rejection,
  take,
  untilVisible,
} from './contract/fixtures';

const HOUR = 3_600_000;

/** Counts the statements an append sends, leaving out the wake-up sent after commits. */
function counting(database: OpenTestDatabase) {
  const counter = { statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const text = node.kind === 'RawNode' ? node.sqlFragments.join('') : '';
      if (!text.startsWith('select pg_notify')) counter.statements++;
      return node as RootOperationNode;
    },
    transformResult: async ({ result }) => result,
  };
  return { counter, database: { ...database, db: database.db.withPlugin(plugin) } };
}

/**
 * The two ways an append reaches the database (one guarded statement onto a head this process
 * knows, or a read first), what happens when the known head is wrong, and how subscribers are
 * woken now that the wake-up is sent after the commit rather than inside it.
 */
describe.each(testDatabases)('PostgresEventStore append paths on $name', (testDatabase) => {
  let database: OpenTestDatabase;
  const stores: PostgresEventStore[] = [];
  const open = (options: ConstructorParameters<typeof PostgresEventStore>[1] = {}) => {
    const store = new PostgresEventStore(database, options);
    stores.push(store);
    return store;
  };
  beforeAll(async () => {
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database.close();
  });

  it('appends to a head it wrote or read in one statement, without reading first', async () => {
    const { counter, database: counted } = counting(database);
    const store = new PostgresEventStore(counted);
    stores.push(store);
    const tenant = newTenant();
    const stream = newStream();

    counter.statements = 0;
    await store.append(tenant, stream, events(2), NO_STREAM);
    await store.append(tenant, stream, events(1), exactly(1));
    expect(counter.statements).toBe(2);

    // A fresh store learns the head from the read a command handler makes before it appends.
    const other = new PostgresEventStore(counted);
    stores.push(other);
    const [head] = await other.readStream(tenant, stream, { direction: 'backwards', limit: 1 });
    counter.statements = 0;
    await other.append(tenant, stream, events(1), exactly(head.revision));
    expect(counter.statements).toBe(1);
  });

  it('answers a stale known head with the proper conflict, then chains onto the real head', async () => {
    const [mine, theirs] = [open(), open()];
    const tenant = newTenant();
    const stream = newStream();
    await mine.append(tenant, stream, [event('Formed')], NO_STREAM);
    await theirs.readStream(tenant, stream);
    await theirs.append(tenant, stream, [event('Renamed')], exactly(0));

    // `mine` still knows revision 0 as the head; the database says otherwise.
    const error = await rejection(mine.append(tenant, stream, [event('Joined')], exactly(0)));
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect((error as WrongExpectedRevisionError).actual).toBe(1n);

    const last = await mine.append(tenant, stream, [event('Joined')], exactly(1));
    expect(last.revision).toBe(2n);
    await untilVisible(mine, last.position);
    const recorded = await mine.readStream(tenant, stream);
    expect(recorded.map((e) => e.type)).toEqual(['Formed', 'Renamed', 'Joined']);
    expect(recorded[2].metadata.prevHash).toBe(recorded[1].metadata.hash);
    expect(await verifyChains(mine, { tenant })).toEqual({ ok: true, streams: 1, events: 3 });
  });

  it('does not chain onto a known head that is no longer stored', async () => {
    const store = open();
    const tenant = newTenant();
    const stream = newStream();
    await store.append(tenant, stream, events(2), NO_STREAM);
    // Behind the store's back, as a test harness resetting the table would.
    await sql`delete from events where tenant = ${tenant}`.execute(database.db);

    const error = await rejection(store.append(tenant, stream, events(1), exactly(1)));
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect((error as WrongExpectedRevisionError).actual).toBeNull();
    expect(await store.readStream(tenant, stream)).toEqual([]);

    const restarted = await store.append(tenant, stream, events(1), NO_STREAM);
    expect(restarted.revision).toBe(0n);
    await untilVisible(store, restarted.position);
    expect(await verifyChains(store, { tenant })).toEqual({ ok: true, streams: 1, events: 1 });
  });

  it('refuses an id already recorded even when the known head is right, writing nothing', async () => {
    const store = open();
    const tenant = newTenant();
    const stream = newStream();
    const first = event('Formed', { name: 'Styrgrupp' });
    await store.append(tenant, stream, [first], NO_STREAM);

    const error = await rejection(store.append(tenant, stream, [first], exactly(0)));
    expect(error).toBeInstanceOf(EventIdConflictError);
    expect(await store.readStream(tenant, stream)).toHaveLength(1);
    // And the repeat at its own place is still answered with the original result.
    const again = await store.append(tenant, stream, [first], NO_STREAM);
    expect(again.revision).toBe(0n);
  });

  it("appends for a caller whose name it stored while another transaction holds that name's row", async () => {
    // PGlite has one connection, so no other transaction can hold a lock there.
    if (!database.url) return;
    const store = open();
    const tenant = newTenant();
    await store.append(tenant, newStream(), [event('Noted')], NO_STREAM);
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(
        `select 1 from personal_data
          where tenant = $1 and subject_kind = 'caller' and subject_id = $2 for update`,
        [tenant, actor.id],
      );
      // The upsert of an unchanged name waited here for the holder: one caller's appends went
      // one at a time, whatever the number of writers.
      const appended = await store.append(tenant, newStream(), [event('Noted')], NO_STREAM);
      expect(appended.revision).toBe(0n);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const renamed = { ...actor, name: 'Anna Andersson Lind' };
    await store.append(
      tenant,
      newStream(),
      [event('Noted', {}, { metadata: { ...event('Noted').metadata, actor: renamed } })],
      NO_STREAM,
    );
    const row = await database.db
      .selectFrom('personal_data')
      .select('name')
      .where('tenant', '=', tenant)
      .where('subject_id', '=', actor.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Anna Andersson Lind');
  });

  it('wakes a subscriber of another store after a burst of appends, by notification alone', async () => {
    const writer = open();
    // Polls once an hour: only wake-ups can deliver within the test's timeout.
    const reader = open({ pollIntervalMs: HOUR });
    const tenant = newTenant();
    const subscription = reader.subscribe(await reader.head());
    const iterator = subscription[Symbol.asyncIterator]();
    const mine = (e: RecordedEvent) => e.metadata.tenant === tenant;
    try {
      for (let burst = 0; burst < 3; burst++) {
        const arriving = take(iterator, 10, mine);
        await Promise.all(
          Array.from({ length: 10 }, () =>
            writer.append(tenant, newStream(), [event('Formed')], NO_STREAM),
          ),
        );
        expect(await arriving).toHaveLength(10);
      }
    } finally {
      await subscription.close();
    }
  });

  it('delivers an event whose commit was never followed by a wake-up, at the next poll', async () => {
    const writer = open();
    const reader = open({ pollIntervalMs: 100 });
    const tenant = newTenant();
    const subscription = reader.subscribe(await reader.head());
    const iterator = subscription[Symbol.asyncIterator]();
    const mine = (e: RecordedEvent) => e.metadata.tenant === tenant;
    try {
      // Once this has arrived the subscription is live and idle, waiting for a wake-up or a poll.
      await writer.append(tenant, newStream(), [event('Announced')], NO_STREAM);
      await take(iterator, 1, mine);
      // A writer that committed and died before notifying: a plain INSERT, no pg_notify.
      await sql`
        insert into events (position, tenant, stream, revision, event_id, type, schema_version,
                            data, metadata, hash)
        values (pg_current_xact_id()::text::bigint * 1048576, ${tenant}, ${newStream()}, 0,
                ${randomUUID()}::uuid, 'Unannounced', 1, '{}', '{}', 'not-chained')
      `.execute(database.db);
      const [received] = await take(iterator, 1, mine);
      expect(received.type).toBe('Unannounced');
    } finally {
      await subscription.close();
    }
  });
});
