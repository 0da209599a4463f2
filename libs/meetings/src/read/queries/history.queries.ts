import {
  streamHistoryPage,
  type HistoryEntry,
  type HistoryFilter,
  type HistorySources,
  type RecordedEvent,
} from '@app/event-store';
import {
  assignmentStream,
  meetingStream,
  validFromOfAssignmentEvent,
  validFromOfMeetingEvent,
  type AssignmentEvent,
  type MeetingEvent,
} from '../../domain';

export type HistoryOf = 'meeting' | 'assignment';

/** Each history's stream, and its events' dates from the decider where metadata has none. */
const STREAMS: Record<
  HistoryOf,
  { streamOf: (id: string) => string; dateOf: (event: RecordedEvent) => unknown }
> = {
  meeting: {
    streamOf: meetingStream,
    dateOf: (event) =>
      validFromOfMeetingEvent({ type: event.type, data: event.data } as MeetingEvent),
  },
  assignment: {
    streamOf: assignmentStream,
    dateOf: (event) =>
      validFromOfAssignmentEvent({ type: event.type, data: event.data } as AssignmentEvent),
  },
};

/**
 * A page of a meeting's or an assignment's events, oldest first, from the event store itself
 * (limit + 1 entries, see streamHistoryPage): an amended or corrected item shows every version,
 * each event carrying the whole item (ItemAmended) or the text it replaced (ItemCorrected); an
 * assignment's issue, extensions, reports and withdrawal. Undefined for a stream with no events
 * for this tenant.
 */
export function historyOf(
  sources: HistorySources,
  tenant: string,
  of: HistoryOf,
  id: string,
  filter: HistoryFilter,
  page: { limit: number; after?: number },
): Promise<HistoryEntry[] | undefined> {
  const { streamOf, dateOf } = STREAMS[of];
  return streamHistoryPage(
    sources,
    tenant,
    streamOf(id),
    (event) => {
      const dated = dateOf(event);
      // An event type this code does not know falls through the switch as the event itself.
      return typeof dated === 'string' ? dated : null;
    },
    filter,
    page,
  );
}
