import { sql } from 'kysely';
import {
  NO_STREAM,
  PostgresEventStore,
  START,
  WrongExpectedRevisionError,
  exactly,
  verifyChains,
  type RecordedEvent,
} from '@app/event-store';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { events } from './contract/fixtures';

const WRITERS = 8;
const STREAMS = 100;
const EVENTS = 2000;
const TENANT = '0192';

const postgres = testDatabases.find((candidate) => candidate.name === 'postgres');

interface Appended {
  stream: string;
  revision: bigint;
}

/** Writers that each keep their own, soon stale, idea of every stream's revision. */
async function write(store: PostgresEventStore, budget: { left: number }) {
  const known = new Map<string, bigint>();
  const appended = new Map<string, Appended>();
  const conflicts: WrongExpectedRevisionError[] = [];
  const unexpected: unknown[] = [];
  let lastPosition = 0n;
  while (budget.left > 0) {
    const size = Math.min(budget.left, 1 + Math.floor(Math.random() * 3));
    budget.left -= size;
    const stream = `group-${Math.floor(Math.random() * STREAMS)}`;
    const batch = events(size);
    for (;;) {
      const revision = known.get(stream);
      const expected = revision === undefined ? NO_STREAM : exactly(revision);
      try {
        const result = await store.append(TENANT, stream, batch, expected);
        known.set(stream, result.revision);
        if (result.position > lastPosition) lastPosition = result.position;
        batch.forEach((e, i) => {
          appended.set(e.id, { stream, revision: result.revision - BigInt(size - 1 - i) });
        });
        break;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) {
          unexpected.push(error);
          break;
        }
        conflicts.push(error);
        if (error.actual === null) known.delete(stream);
        else known.set(stream, error.actual);
      }
    }
  }
  return { appended, conflicts, unexpected, lastPosition };
}

(postgres ? describe : describe.skip)(
  `PostgresEventStore under concurrent writers${postgres ? '' : ' (skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    let database: OpenTestDatabase;
    beforeAll(async () => {
      database = await postgres!.open();
      // Commits then land out of position order: each append sleeps a random moment after its
      // rows (and so its position) exist and before it commits.
      await sql`
        create function samverkan_test_dawdle() returns trigger language plpgsql as $$
        begin perform pg_sleep(random() * 0.004); return null; end $$
      `.execute(database.db);
      await sql`
        create trigger dawdle after insert on events
        for each statement execute function samverkan_test_dawdle()
      `.execute(database.db);
    });
    afterAll(async () => {
      await database.close();
    });

    it('8 writers on 100 streams: a subscriber sees every event once, in stream order', async () => {
      const reader = new PostgresEventStore(database, { pageSize: 100 });
      const subscription = reader.subscribe(START);
      const seen: RecordedEvent[] = [];
      const stop: { at?: bigint } = {};
      const reading = (async () => {
        for await (const event of subscription) {
          seen.push(event);
          if (stop.at !== undefined && event.position >= stop.at) break;
        }
      })();

      const budget = { left: EVENTS };
      const writers = await Promise.all(
        Array.from({ length: WRITERS }, () => write(new PostgresEventStore(database), budget)),
      );
      const appended = new Map(writers.flatMap((w) => [...w.appended]));
      const conflicts = writers.flatMap((w) => w.conflicts);
      expect(writers.flatMap((w) => w.unexpected)).toEqual([]);

      // Positions are only ever read in order, so once the last one is seen, nothing below it
      // can still arrive: a missing event is a lost event, not a late one.
      const last = writers.reduce((max, w) => (w.lastPosition > max ? w.lastPosition : max), 0n);
      stop.at = last;
      if (seen.length > 0 && seen[seen.length - 1].position >= last) await subscription.close();
      await reading;
      await subscription.close();

      expect(appended.size).toBe(EVENTS);
      expect(seen.length).toBe(EVENTS);
      expect(new Set(seen.map((e) => e.id))).toEqual(new Set(appended.keys()));
      expect(seen.every((e, i) => i === 0 || seen[i - 1].position < e.position)).toBe(true);
      const next = new Map<string, bigint>();
      for (const event of seen) {
        expect(event.revision).toBe(next.get(event.stream) ?? 0n);
        expect(appended.get(event.id)).toEqual({ stream: event.stream, revision: event.revision });
        next.set(event.stream, event.revision + 1n);
      }

      // With eight writers sharing streams through stale caches, collisions are certain in
      // practice; each must report a stream that really moved past what the writer expected.
      expect(conflicts.length).toBeGreaterThan(0);
      for (const { expected, actual } of conflicts) {
        expect(actual).not.toBeNull();
        if (expected.kind === 'exact') expect(actual! > expected.revision).toBe(true);
        else expect(expected).toEqual(NO_STREAM);
      }
      expect(await verifyChains(reader, { tenant: TENANT })).toMatchObject({
        ok: true,
        events: EVENTS,
      });
    });
  },
);
