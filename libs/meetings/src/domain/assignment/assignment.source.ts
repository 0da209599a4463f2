import type { MeetingState } from '../meeting/meeting.state';
import type { DecisionFacts, ReportMeetingFacts } from './assignment.commands';

/**
 * The facts IssueAssignment needs, read from the meeting's own stream folded by the meeting
 * decider (not from a projection, which may not yet show a decision just recorded).
 */
export function decisionFactsOf(meeting: MeetingState, itemId: string): DecisionFacts | null {
  if (meeting.status === 'none') return null;
  const item = meeting.items[itemId];
  if (!item) return null;
  return {
    kind: 'decision',
    meetingId: meeting.meetingId,
    itemId,
    bodyId: meeting.bodyId,
    meetingDate: meeting.held?.date ?? meeting.scheduledFor.date,
    decided: item.decision !== null && meeting.status !== 'cancelled',
  };
}

/** The facts a report-back naming a meeting needs, from the meeting's own stream; null: none. */
export function reportMeetingFactsOf(meeting: MeetingState): ReportMeetingFacts | null {
  if (meeting.status === 'none') return null;
  return {
    meetingId: meeting.meetingId,
    held: meeting.status === 'held',
    date: meeting.held?.date ?? meeting.scheduledFor.date,
    itemIds: Object.keys(meeting.items),
  };
}
