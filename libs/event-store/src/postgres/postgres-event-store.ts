import { sql } from 'kysely';
import type { SqlDatabase } from '@app/platform';
import { callerOf, StoredNames, type CallerName } from '../actor-names';
import { assertValidExpected, checkExpected, prepareBatch } from '../append-batch';
import { CatchUpSubscription } from '../catch-up-subscription';
import { InvalidAppendError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
} from '../event-store.port';
import { findRecordedBatch } from '../idempotency';
import { Upcasters } from '../upcasters';
import { EVENTS_CHANNEL, eventColumns, toRecordedEvent, visibleBound } from './event-rows';
import { CommitNotifier } from './commit-notifier';
import {
  insertAfter,
  isUniqueViolation,
  loadAppendState,
  type Inserted,
  type StreamHead,
} from './postgres-append';
import { StreamHeads } from './stream-heads';

export interface PostgresEventStoreOptions {
  /** Applied on read; leave empty for chain verification, which needs the stored form. */
  upcasters?: Upcasters;
  /** Events per page for subscriptions. */
  pageSize?: number;
  pollIntervalMs?: number;
  /** How often an `any` append retries when other writers keep taking the next revision. */
  maxAttempts?: number;
  /** Streams whose head (revision, hash) is kept to append without a read; 0 turns it off. */
  knownHeads?: number;
  /**
   * PostgreSQL: how long the wake-up for other processes' subscribers waits to gather commits
   * (see CommitNotifier); subscribers of this store are woken at once regardless.
   */
  wakeDelayMs?: number;
}

/**
 * The event store on PostgreSQL or PGlite, through Kysely. It does not own the database: the
 * caller opens and closes it; close() here ends the store's subscriptions.
 */
export class PostgresEventStore implements EventStore {
  private readonly upcasters: Upcasters;
  private readonly subscriptions = new Set<Subscription>();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly heads: StreamHeads;
  private readonly storedNames = new StoredNames();
  /** This process's subscriptions, woken directly when an append here commits. */
  private readonly localWakes = new Set<() => void>();
  /** PostgreSQL only: PGlite notifies inside the append's statement (see insertAfter). */
  private readonly notifier: CommitNotifier | undefined;

  constructor(
    private readonly database: SqlDatabase,
    options: PostgresEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new Upcasters();
    this.pageSize = options.pageSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.heads = new StreamHeads(options.knownHeads ?? 10_000);
    this.notifier =
      database.engine === 'postgres'
        ? new CommitNotifier(
            () => sql`select pg_notify(${EVENTS_CHANNEL}, '')`.execute(database.db),
            () => this.localWakes.forEach((wake) => wake()),
            options.wakeDelayMs ?? 5,
          )
        : undefined;
  }

  async append(
    tenant: string,
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    assertValidExpected(expected);
    const caller = callerOf(events);
    const batch = prepareBatch(events);
    const outcome =
      (await this.appendToKnownHead(tenant, stream, batch, expected, caller)) ??
      (await this.appendAfterReading(tenant, stream, batch, expected, caller));
    if ('repeated' in outcome) return outcome.repeated;
    const { revision, position, eventId, hash } = outcome;
    this.heads.remember(tenant, stream, { revision, eventId, hash });
    this.notifier?.committed();
    return { revision, position };
  }

  /**
   * One round trip, no read: chains onto the head this process last saw (or onto nothing, for
   * no-stream). Undefined when there is no usable hint or the database refused it (the stream
   * moved, or an id is already recorded): the caller then reads, which yields the proper
   * conflict, the original result of a repeat, or a retry for `any`.
   */
  private async appendToKnownHead(
    tenant: string,
    stream: string,
    batch: readonly NewEvent[],
    expected: ExpectedRevision,
    caller: CallerName | undefined,
  ): Promise<Inserted | undefined> {
    const head = expected.kind === 'no-stream' ? null : this.heads.get(tenant, stream);
    if (head === undefined) return undefined;
    if (expected.kind === 'exact' && head?.revision !== expected.revision) return undefined;
    try {
      const inserted = await this.insert(tenant, stream, head, batch, caller);
      if (!inserted) this.heads.forget(tenant, stream);
      return inserted ?? undefined;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return undefined;
    }
  }

  /** Reads the head and earlier uses of the ids, decides, inserts; retries a lost race. */
  private async appendAfterReading(
    tenant: string,
    stream: string,
    batch: readonly NewEvent[],
    expected: ExpectedRevision,
    caller: CallerName | undefined,
  ): Promise<Inserted | { repeated: AppendResult }> {
    const ids = batch.map((event) => event.id);
    let head: StreamHead | null = null;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const state = await loadAppendState(this.database.db, tenant, stream, ids);
      head = state.head;
      if (head) this.heads.remember(tenant, stream, head);
      const repeated = findRecordedBatch(stream, batch, state.recorded, expected);
      if (repeated) return { repeated };
      checkExpected(tenant, stream, expected, head?.revision ?? null);
      try {
        const inserted = await this.insert(tenant, stream, head, batch, caller);
        if (inserted) return inserted;
        // Null: the head just read is gone (only a test empties the table); read again.
      } catch (error) {
        // Another writer took the revision (or an id) first: the next round reports a conflict,
        // recognises a repeat that raced us, or, for `any`, appends after the new head.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new WrongExpectedRevisionError(tenant, stream, expected, head?.revision ?? null);
  }

  /**
   * The upsert of a caller's name locks that caller's personal_data row until the append
   * commits, even when the name is unchanged (ON CONFLICT DO UPDATE locks the row whatever its
   * WHERE says), so one caller's concurrent appends would commit one at a time. A name this
   * process has already stored goes in with no upsert; leaving it out never loses anything, as a
   * stored row keeps the name, and an erased one stays erased either way.
   */
  private async insert(
    tenant: string,
    stream: string,
    head: StreamHead | null,
    batch: readonly NewEvent[],
    caller: CallerName | undefined,
  ): Promise<Inserted | null> {
    const unstored = caller && !this.storedNames.has(tenant, caller) ? caller : undefined;
    const { db } = this.database;
    const inserted = await insertAfter(db, tenant, stream, head, batch, !this.notifier, unstored);
    if (inserted && unstored) this.storedNames.remember(tenant, unstored);
    return inserted;
  }

  async readStream(
    tenant: string,
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 0)) {
      throw new InvalidAppendError(
        `A read limit must be a non-negative integer, not ${options.limit}`,
      );
    }
    if (options.limit === 0) return [];
    let query = this.database.db
      .selectFrom('events')
      .select(eventColumns)
      .where('tenant', '=', tenant)
      .where('stream', '=', stream);
    if (options.from !== undefined)
      query = query.where('revision', backwards ? '<=' : '>=', options.from.toString());
    if (options.to !== undefined)
      query = query.where('revision', backwards ? '>=' : '<=', options.to.toString());
    // Qualified: a bare name would sort by the selected text alias, putting revision 10 before 2.
    query = query.orderBy('events.revision', backwards ? 'desc' : 'asc');
    if (options.limit !== undefined) query = query.limit(options.limit);
    const rows = await query.execute();
    // A read that reaches the end of the stream has seen its head: remember it, so that the
    // append a command handler makes next needs no read of its own.
    const head = backwards ? rows[0] : rows[rows.length - 1];
    const reachedEnd = backwards
      ? options.from === undefined
      : options.to === undefined && (options.limit === undefined || rows.length < options.limit);
    if (head && reachedEnd) {
      this.heads.remember(tenant, stream, {
        revision: BigInt(head.revision),
        eventId: head.event_id,
        hash: head.hash,
      });
    }
    return rows.map((row) => toRecordedEvent(row, this.upcasters));
  }

  async readAll(from: Position, limit: number): Promise<RecordedEvent[]> {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new InvalidAppendError(`A read limit must be a positive integer, not ${limit}`);
    }
    // The first `limit` events after `from`, then only the visible ones: rows at or above the
    // bound come after every visible row in position order, so this is the visible prefix. With
    // the bound inside, a planner without statistics on `events` (autovacuum off, or a bulk
    // load) takes the two-sided range for a few rows and sorts all events after `from` for
    // every page; one-sided, it walks the primary key in order and stops at `limit`.
    const rows = await this.database.db
      .selectFrom((db) =>
        db
          .selectFrom('events')
          .selectAll()
          .where('position', '>', from.toString())
          .orderBy('position')
          .limit(limit)
          .as('events'),
      )
      .select(eventColumns)
      .where('position', '<', visibleBound)
      .orderBy('events.position')
      .execute();
    return rows.map((row) => toRecordedEvent(row, this.upcasters));
  }

  async head(): Promise<Position> {
    const row = await this.database.db
      .selectFrom('events')
      .select(sql<string>`coalesce(max(position), 0)::text`.as('head'))
      .where('position', '<', visibleBound)
      .executeTakeFirstOrThrow();
    return BigInt(row.head);
  }

  subscribe(from: Position): Subscription {
    const subscription = new CatchUpSubscription({
      from,
      readPage: (after, limit) => this.readAll(after, limit),
      listen: async (onWake) => {
        this.localWakes.add(onWake);
        try {
          const unlisten = await this.database.listen(EVENTS_CHANNEL, onWake);
          return async () => {
            this.localWakes.delete(onWake);
            await unlisten();
          };
        } catch (error) {
          this.localWakes.delete(onWake);
          throw error;
        }
      },
      pageSize: this.pageSize,
      pollIntervalMs: this.pollIntervalMs,
      onClose: (closed) => this.subscriptions.delete(closed),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Ends the subscriptions and waits for a wake-up still being sent, so the caller may close. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.notifier?.settled();
  }
}
