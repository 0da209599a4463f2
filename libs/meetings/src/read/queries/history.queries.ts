import type { EventStore, RecordedEvent } from '@app/event-store';
import type { HistoryEntry } from '@app/structure';
import { meetingStream, validFromOfMeetingEvent, type MeetingEvent } from '../../domain';

/**
 * A meeting's events, oldest first, from the event store itself (not a projection): the record
 * an auditor checks against the hash chain. An amended or corrected item shows every version,
 * each event carrying the whole item (ItemAmended) or the text it replaced (ItemCorrected).
 * Undefined for a stream with no events for this tenant.
 */
export async function meetingHistory(
  store: EventStore,
  tenant: string,
  meetingId: string,
  filter: { asOf?: string; knownAt?: string } = {},
): Promise<HistoryEntry[] | undefined> {
  const events = await store.readStream(tenant, meetingStream(meetingId));
  if (events.length === 0) return undefined;
  const until = filter.knownAt === undefined ? Infinity : Date.parse(filter.knownAt);
  return events
    .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
    .map(entryOf)
    .filter((entry) => filter.asOf === undefined || (entry.validFrom ?? '') <= filter.asOf);
}

function entryOf(event: RecordedEvent): HistoryEntry {
  const { metadata } = event;
  const dated = validFromOfMeetingEvent({ type: event.type, data: event.data } as MeetingEvent);
  return {
    revision: Number(event.revision),
    position: event.position.toString(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    // An event type this code does not know falls through the switch as the event itself.
    validFrom: metadata.validFrom ?? (typeof dated === 'string' ? dated : null),
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
