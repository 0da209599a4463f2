import { KurrentDBClient } from '@kurrent/kurrentdb-client';
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
import { callerOf, type ActorNames } from '../actor-names';
import { Upcasters } from '../upcasters';
import { DEFAULT_REPEAT_WINDOW, appendToKurrent } from './kurrentdb-append';
import { kurrentHead, readKurrentAll, readKurrentStream } from './kurrentdb-reads';
import { subscribeToKurrent } from './kurrentdb-subscription';
import { encodeStreamName } from './tenant-streams';

export interface KurrentDbEventStoreOptions {
  /** Applied on read; leave empty for chain verification, which needs the stored form. */
  upcasters?: Upcasters;
  /** How many of a stream's last events an append searches for repeated ids. */
  repeatWindow?: number;
  /** Where callers' names go after an append (KurrentDB shares no transaction with them). */
  callerNames?: ActorNames;
}

/**
 * The event store on KurrentDB through @kurrent/kurrentdb-client. Streams are per tenant by
 * name (see tenant-streams.ts), the envelope rides in event metadata (kurrentdb-envelope.ts),
 * positions are $all commit positions.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly upcasters: Upcasters;
  private readonly repeatWindow: number;
  private readonly callerNames: ActorNames | undefined;
  private readonly subscriptions = new Set<Subscription>();

  /** The client stays the caller's: close() ends subscriptions but leaves the client open. */
  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
    private readonly ownsClient = false,
  ) {
    this.upcasters = options.upcasters ?? new Upcasters();
    this.repeatWindow = options.repeatWindow ?? DEFAULT_REPEAT_WINDOW;
    this.callerNames = options.callerNames;
  }

  /** A store with a client of its own (`kurrentdb://host:2113?tls=false`), disposed on close(). */
  static connect(
    connectionString: string,
    options: KurrentDbEventStoreOptions = {},
  ): KurrentDbEventStore {
    return new KurrentDbEventStore(
      KurrentDBClient.connectionString(connectionString),
      options,
      true,
    );
  }

  /** The KurrentDB stream that holds a tenant's stream: for operators and test doubles. */
  static streamName(tenant: string, stream: string): string {
    return encodeStreamName(tenant, stream);
  }

  /**
   * The caller's name is kept after the events are stored and never fails the append: the
   * events are the record (see ActorNames.recordAfter).
   */
  async append(
    tenant: string,
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const caller = callerOf(events);
    const result = await appendToKurrent(
      this.client,
      tenant,
      stream,
      events,
      expected,
      this.repeatWindow,
    );
    await this.callerNames?.recordAfter(tenant, caller);
    return result;
  }

  readStream(
    tenant: string,
    stream: string,
    options?: ReadStreamOptions,
  ): Promise<RecordedEvent[]> {
    return readKurrentStream(this.client, this.upcasters, tenant, stream, options);
  }

  readAll(from: Position, limit: number): Promise<RecordedEvent[]> {
    return readKurrentAll(this.client, this.upcasters, from, limit);
  }

  head(): Promise<Position> {
    return kurrentHead(this.client);
  }

  subscribe(from: Position): Subscription {
    const subscription = subscribeToKurrent(this.client, this.upcasters, from);
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.subscriptions.clear();
    if (this.ownsClient) await this.client.dispose();
  }
}
