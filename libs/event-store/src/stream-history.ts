import type { RecordedActor } from '@app/kernel';
import type { ActorNames } from './actor-names';
import type { EventStore, RecordedEvent } from './event-store.port';

/** One event of a stream as an auditor reads it: what happened, when, by whom, and its link. */
export interface HistoryEntry {
  revision: number;
  position: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  validFrom: string | null;
  recordedAt: string;
  /** The name joined from personal_data ("[name erased]" once erased; null if never stored). */
  actor: RecordedActor & { name: string | null };
  onBehalfOf: string | null;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  hash: string;
  prevHash: string | null;
}

/**
 * A stream's events, oldest first, read from the event store itself (not a projection): the
 * record an auditor checks against the hash chain. `knownAt` keeps only what had been recorded
 * by then, `asOf` only the events dated by then. `dateOf` dates an event written without
 * metadata.validFrom from its data. Undefined for a stream with no events for this tenant.
 */
export async function streamHistory(
  { store, names }: HistorySources,
  tenant: string,
  stream: string,
  dateOf: (event: RecordedEvent) => string | null,
  filter: { asOf?: string; knownAt?: string } = {},
): Promise<HistoryEntry[] | undefined> {
  const events = await store.readStream(tenant, stream);
  if (events.length === 0) return undefined;
  const until = filter.knownAt === undefined ? Infinity : Date.parse(filter.knownAt);
  const kept = events.filter((event) => Date.parse(event.metadata.recordedAt) <= until);
  const named = await names.namesOf(
    tenant,
    kept.map((event) => event.metadata.actor.id),
  );
  return kept
    .map((event) => entryOf(event, dateOf, named.get(event.metadata.actor.id) ?? null))
    .filter((entry) => filter.asOf === undefined || (entry.validFrom ?? '') <= filter.asOf);
}

/** Where a history is read from: the events, and the names kept outside them. */
export interface HistorySources {
  store: EventStore;
  names: ActorNames;
}

function entryOf(
  event: RecordedEvent,
  dateOf: (event: RecordedEvent) => string | null,
  name: string | null,
): HistoryEntry {
  const { metadata } = event;
  return {
    revision: Number(event.revision),
    position: event.position.toString(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    validFrom: metadata.validFrom ?? dateOf(event),
    recordedAt: metadata.recordedAt,
    actor: { ...metadata.actor, name },
    onBehalfOf: metadata.onBehalfOf ?? null,
    reason: metadata.reason ?? null,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    hash: metadata.hash,
    prevHash: metadata.prevHash,
  };
}
