/**
 * The envelope on KurrentDB: an event's data is the JSON event data; everything else the port
 * knows about it rides in the event's JSON metadata, record time included: the adapter takes it
 * before hashing so that the hash covers it (the server's `created` comes only after).
 */
import { recordedActor } from '@app/kernel';
import { jsonEvent, type EventData, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import type {
  EventMetadata,
  EventMetadataInput,
  NewEvent,
  RecordedEvent,
} from '../event-store.port';
import type { Upcasters } from '../upcasters';
import { decodeStreamName } from './tenant-streams';

/** Stored in the event's metadata; `tenant` duplicates the stream prefix for readers of raw events. */
export interface StoredMetadata extends EventMetadataInput {
  tenant: string;
  schemaVersion: number;
  recordedAt: string;
  prevHash: string | null;
  hash: string;
}

/** What KurrentDB hands back for a record: the client's recorded event, loosely typed. */
export type KurrentRecord = NonNullable<ResolvedEvent['event']>;

/** Servers before 22.6 send no $all position on stream reads; they send u64 max or nothing. */
const NO_POSITION = 2n ** 64n - 1n;

export function toEventData(
  tenant: string,
  event: NewEvent,
  recordedAt: string,
  hashes: { prevHash: string | null; hash: string },
): EventData {
  const metadata: StoredMetadata = {
    ...event.metadata,
    tenant,
    schemaVersion: event.schemaVersion,
    recordedAt,
    prevHash: hashes.prevHash,
    hash: hashes.hash,
  };
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: metadata as unknown as Record<string, unknown>,
  });
}

/** The envelope's metadata, or undefined when the record carries none (not a Samverkan event). */
export function storedMetadata(record: KurrentRecord): StoredMetadata | undefined {
  const metadata: unknown = record.metadata;
  const isEnvelope =
    typeof metadata === 'object' &&
    metadata !== null &&
    typeof (metadata as StoredMetadata).hash === 'string';
  return isEnvelope ? (metadata as StoredMetadata) : undefined;
}

export function isSamverkanRecord(record: KurrentRecord): boolean {
  return (
    !record.type.startsWith('$') &&
    record.isJson &&
    decodeStreamName(record.streamId) !== null &&
    storedMetadata(record) !== undefined
  );
}

export function positionOf(record: KurrentRecord): bigint {
  const commit = record.position?.commit;
  if (commit === undefined || commit === NO_POSITION) {
    throw new Error(
      `KurrentDB sent no $all position for ${record.streamId}@${record.revision}; ` +
        'the adapter needs a server of version 22.6 or later',
    );
  }
  return commit;
}

/**
 * Null for records that are not Samverkan events: system events, streams outside the tenant
 * scheme, and records without the envelope (another application's `t…-` stream, or a record
 * written around the adapter). Skipping rather than failing keeps projections running; a
 * skipped record inside a Samverkan stream still shows, as a revision gap in chain verification.
 */
export function toRecordedEvent(
  record: KurrentRecord | undefined,
  upcasters: Upcasters,
): RecordedEvent | null {
  if (!record || !isSamverkanRecord(record)) return null;
  const name = decodeStreamName(record.streamId);
  const stored = storedMetadata(record);
  if (!name || !stored) return null;
  const { schemaVersion, ...rest } = stored;
  // Events recorded before names left the envelope still hold actor.name: never surface it.
  const metadata: EventMetadata = {
    ...rest,
    ...(rest.actor === undefined ? {} : { actor: recordedActor(rest.actor) }),
    tenant: name.tenant,
  };
  return upcasters.apply({
    id: record.id,
    stream: name.stream,
    revision: record.revision,
    position: positionOf(record),
    type: record.type,
    schemaVersion,
    data: record.data,
    metadata,
  });
}
