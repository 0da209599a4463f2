/**
 * The one port every governance act is written through. Adapters: postgres (pg and PGlite)
 * and kurrentdb. A contract suite in test/event-store runs the same cases against each.
 */
import type { RecordedActor } from '@app/kernel';

/** A global position in commit order: readers never see a lower one appear after a higher one. */
export type Position = bigint;
export const START: Position = 0n;

export type ExpectedRevision =
  | { kind: 'any' }
  | { kind: 'no-stream' }
  | { kind: 'stream-exists' }
  | { kind: 'exact'; revision: bigint };

export const ANY: ExpectedRevision = { kind: 'any' };
export const NO_STREAM: ExpectedRevision = { kind: 'no-stream' };
export const STREAM_EXISTS: ExpectedRevision = { kind: 'stream-exists' };
export const exactly = (revision: bigint | number): ExpectedRevision => ({
  kind: 'exact',
  revision: BigInt(revision),
});

/** What a writer supplies. The store adds revision, position, recordedAt and the hashes. */
export interface EventMetadataInput {
  /** Who recorded it, without a name: a writer may pass a whole Actor; the store keeps this. */
  actor: RecordedActor;
  /** The organisation or person on whose behalf the act was recorded, when not the actor's own. */
  onBehalfOf?: string;
  correlationId: string;
  causationId?: string;
  reason?: string;
  /** The date (YYYY-MM-DD) the fact holds from: valid time. */
  validFrom?: string;
}

export interface NewEvent<T extends string = string, D = unknown> {
  id: string;
  type: T;
  schemaVersion: number;
  data: D;
  metadata: EventMetadataInput;
}

export interface EventMetadata extends EventMetadataInput {
  tenant: string;
  /** Record time, set by the store. ISO 8601. */
  recordedAt: string;
  prevHash: string | null;
  hash: string;
}

export interface RecordedEvent<T extends string = string, D = unknown> {
  id: string;
  stream: string;
  revision: bigint;
  position: Position;
  type: T;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
  /** Personal data an upcaster took out of an older event's data (see EventShape). */
  personalData?: Readonly<Record<string, string>>;
}

export interface AppendResult {
  /** The stream's revision after the append: the revision of its last event. */
  revision: bigint;
  /** The global position of the append's last event. */
  position: Position;
}

export interface ReadStreamOptions {
  /** Inclusive; default: the first (forwards) or the last (backwards) revision. */
  from?: bigint;
  /** Inclusive. */
  to?: bigint;
  direction?: 'forwards' | 'backwards';
  limit?: number;
}

export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** All streams are scoped to a tenant (a municipality's SCB code): no tenant reads another's events. */
export interface EventStore {
  /**
   * Appends atomically. Throws WrongExpectedRevisionError (the stream is elsewhere),
   * EventIdConflictError (an id already names other content or another place) or
   * InvalidAppendError (a malformed batch). Appending a batch whose ids are already recorded at
   * the place `expected` puts them answers the original result and writes nothing.
   */
  append(
    tenant: string,
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  readStream(tenant: string, stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Events of every tenant after `from`, in commit order: for projections. An event that has
   * committed may stay out of readAll for a moment (until every older writer has finished), so
   * that nothing can later appear behind a reader's checkpoint.
   */
  readAll(from: Position, limit: number): Promise<RecordedEvent[]>;
  /** The position of the last event readAll can see, or START. */
  head(): Promise<Position>;
  /** Catches up from `from`, then stays live. */
  subscribe(from: Position): Subscription;
  close(): Promise<void>;
}
