import {
  streamHistoryPage,
  type HistoryEntry,
  type HistoryFilter,
  type HistorySources,
} from '@app/event-store';
import {
  assignmentStream,
  meetingStream,
  validFromOfAssignmentEvent,
  validFromOfMeetingEvent,
  type AssignmentEvent,
  type MeetingEvent,
} from '../../domain';

/**
 * A page of a meeting's events, oldest first, from the event store itself (limit + 1 entries,
 * see streamHistoryPage): an amended or corrected item shows every version, each event carrying
 * the whole item (ItemAmended) or the text it replaced (ItemCorrected). Undefined for a stream
 * with no events for this tenant.
 */
export function meetingHistory(
  sources: HistorySources,
  tenant: string,
  meetingId: string,
  filter: HistoryFilter,
  page: { limit: number; after?: number },
): Promise<HistoryEntry[] | undefined> {
  return streamHistoryPage(
    sources,
    tenant,
    meetingStream(meetingId),
    (event) => {
      const dated = validFromOfMeetingEvent({ type: event.type, data: event.data } as MeetingEvent);
      // An event type this code does not know falls through the switch as the event itself.
      return typeof dated === 'string' ? dated : null;
    },
    filter,
    page,
  );
}

/** A page of an assignment's events, oldest first: issue, extensions, reports, withdrawal. */
export function assignmentHistory(
  sources: HistorySources,
  tenant: string,
  assignmentId: string,
  filter: HistoryFilter,
  page: { limit: number; after?: number },
): Promise<HistoryEntry[] | undefined> {
  return streamHistoryPage(
    sources,
    tenant,
    assignmentStream(assignmentId),
    (event) => {
      const dated = validFromOfAssignmentEvent({
        type: event.type,
        data: event.data,
      } as AssignmentEvent);
      return typeof dated === 'string' ? dated : null;
    },
    filter,
    page,
  );
}
