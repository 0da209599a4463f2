import type { EventStore, RecordedEvent } from '@app/event-store';
import {
  validFromOfGroupEvent,
  validFromOfModelEvent,
  validFromOfOrganisationEvent,
  type GroupEvent,
  type ModelEvent,
  type OrganisationEvent,
} from '../../domain';

export interface HistoryEntry {
  revision: number;
  position: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  validFrom: string | null;
  recordedAt: string;
  actor: RecordedEvent['metadata']['actor'];
  onBehalfOf: string | null;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  hash: string;
  prevHash: string | null;
}

export type HistoryOf = 'organisation' | 'model' | 'group';

/**
 * A stream's events, oldest first, read from the event store itself (not a projection): the
 * record an auditor checks against the hash chain. `knownAt` keeps only what had been recorded
 * by then, `asOf` only the events dated by then. Returns undefined for a stream with no events (for this tenant).
 */
export async function historyOf(
  store: EventStore,
  tenant: string,
  of: HistoryOf,
  id: string,
  filter: { asOf?: string; knownAt?: string } = {},
): Promise<HistoryEntry[] | undefined> {
  const events = await store.readStream(tenant, `${of}-${id}`);
  if (events.length === 0) return undefined;
  const until = filter.knownAt === undefined ? Infinity : Date.parse(filter.knownAt);
  return events
    .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
    .map((event) => entryOf(of, event))
    .filter((entry) => filter.asOf === undefined || (entry.validFrom ?? '') <= filter.asOf);
}

function entryOf(of: HistoryOf, event: RecordedEvent): HistoryEntry {
  const { metadata } = event;
  return {
    revision: Number(event.revision),
    position: event.position.toString(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    validFrom: metadata.validFrom ?? validFromOf(of, event),
    recordedAt: metadata.recordedAt,
    actor: metadata.actor,
    onBehalfOf: metadata.onBehalfOf ?? null,
    reason: metadata.reason ?? null,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    hash: metadata.hash,
    prevHash: metadata.prevHash,
  };
}

/** Events written without metadata.validFrom still have a date: the one their data holds. */
function validFromOf(of: HistoryOf, event: RecordedEvent): string | null {
  const domainEvent = { type: event.type, data: event.data };
  const date =
    of === 'organisation'
      ? validFromOfOrganisationEvent(domainEvent as OrganisationEvent)
      : of === 'model'
        ? validFromOfModelEvent(domainEvent as ModelEvent)
        : validFromOfGroupEvent(domainEvent as GroupEvent);
  // An event type this code does not know falls through the switch as the event itself.
  return typeof date === 'string' ? date : null;
}
