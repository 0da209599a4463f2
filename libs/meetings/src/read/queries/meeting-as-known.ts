import type { EventStore } from '@app/event-store';
import { meetingDecider, meetingStream, type MeetingEvent } from '../../domain';
import type { StoredMeeting } from './meeting.queries';

/**
 * A meeting as it had been recorded by `knownAt`: its own stream replayed up to then. The read
 * model keeps only the latest minutes; an auditor asking what the minutes said before a
 * correction gets the record as it stood, from the events themselves. A meeting's stream is
 * short (tens of events), so the replay costs one read. Undefined when nothing was known yet.
 */
export async function meetingAsKnownAt(
  store: EventStore,
  tenant: string,
  meetingId: string,
  knownAt: string,
): Promise<StoredMeeting | undefined> {
  const until = Date.parse(knownAt);
  const events = await store.readStream(tenant, meetingStream(meetingId));
  const state = events
    .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
    .reduce(
      (current, event) =>
        meetingDecider.evolve(current, { type: event.type, data: event.data } as MeetingEvent),
      meetingDecider.initialState,
    );
  return state.status === 'none' ? undefined : state;
}
