import { sql } from 'kysely';
import type { SqlDatabase } from '@app/platform';
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
import {
  insertBatch,
  isUniqueViolation,
  loadAppendState,
  type StreamHead,
} from './postgres-append';

export interface PostgresEventStoreOptions {
  /** Applied on read; leave empty for chain verification, which needs the stored form. */
  upcasters?: Upcasters;
  /** Events per page for subscriptions. */
  pageSize?: number;
  pollIntervalMs?: number;
  /** How often an `any` append retries when other writers keep taking the next revision. */
  maxAttempts?: number;
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

  constructor(
    private readonly database: SqlDatabase,
    options: PostgresEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new Upcasters();
    this.pageSize = options.pageSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxAttempts = options.maxAttempts ?? 10;
  }

  async append(
    tenant: string,
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    assertValidExpected(expected);
    const batch = prepareBatch(events);
    const ids = batch.map((event) => event.id);
    let head: StreamHead | null = null;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const state = await loadAppendState(this.database.db, tenant, stream, ids);
      head = state.head;
      const repeated = findRecordedBatch(stream, batch, state.recorded, expected);
      if (repeated) return repeated;
      checkExpected(tenant, stream, expected, head?.revision ?? null);
      try {
        return await insertBatch(this.database.db, tenant, stream, head, batch);
      } catch (error) {
        // Another writer took the revision (or an id) first: the next round reports a conflict,
        // recognises a repeat that raced us, or, for `any`, appends after the new head.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new WrongExpectedRevisionError(tenant, stream, expected, head?.revision ?? null);
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
    return rows.map((row) => toRecordedEvent(row, this.upcasters));
  }

  async readAll(from: Position, limit: number): Promise<RecordedEvent[]> {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new InvalidAppendError(`A read limit must be a positive integer, not ${limit}`);
    }
    const rows = await this.database.db
      .selectFrom('events')
      .select(eventColumns)
      .where('position', '>', from.toString())
      .where('position', '<', visibleBound)
      .orderBy('events.position')
      .limit(limit)
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
      listen: (onWake) => this.database.listen(EVENTS_CHANNEL, onWake),
      pageSize: this.pageSize,
      pollIntervalMs: this.pollIntervalMs,
      onClose: (closed) => this.subscriptions.delete(closed),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
  }
}
