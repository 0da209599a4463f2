import { itemsInOrder, meetingDate, type Item, type Meeting } from '../domain';
import type { DecisionPartiesTable, DecisionsTable, PartyRole } from './read-model.tables';

type DecisionRow = Omit<DecisionsTable, 'votes'> & { votes: string };
type PartyRow = DecisionPartiesTable;

/**
 * The decision register's rows of one meeting, derived whole from its state every time it
 * changes (corrections applied, approval and notice dates filled in as they come).
 */
export function decisionRowsOf(
  tenant: string,
  meeting: Meeting,
): { decisions: DecisionRow[]; parties: PartyRow[] } {
  const decisions: DecisionRow[] = [];
  const parties: PartyRow[] = [];
  for (const item of itemsInOrder(meeting)) {
    if (item.decision === null) continue;
    const key = { tenant, meeting_id: meeting.meetingId, item_id: item.itemId };
    decisions.push({
      ...key,
      body_id: meeting.bodyId,
      body_kind: meeting.bodyKind,
      meeting_date: meetingDate(meeting),
      position: item.position,
      number: item.number,
      year: item.year,
      case_number: item.caseNumber,
      title: item.title,
      text: item.decision.text,
      form: item.decision.form,
      records: meeting.records,
      votes: JSON.stringify(item.decision.votes),
      approved_on: meeting.approval?.approvedOn ?? null,
      posted_on: meeting.notice?.postedOn ?? null,
      counter_signed_on: meeting.counterSigning?.counterSignedOn ?? null,
    });
    const seen = new Set<string>();
    for (const [organisationId, role] of partiesOf(meeting, item)) {
      const party = `${organisationId}\u0000${role}`;
      if (organisationId === null || seen.has(party)) continue;
      seen.add(party);
      parties.push({ ...key, organisation_id: organisationId, role });
    }
  }
  return { decisions, parties };
}

/**
 * Which organisations a decision concerns, and why. A head of administration asks "which
 * decisions did we take part in": the deciding body itself when it is an organisation (a board,
 * a working committee), every organisation someone attended for (a group's members sit for
 * their administrations; officials present for theirs), the organisation whose proposal was
 * decided on, and the organisations it was sent to.
 */
function partiesOf(meeting: Meeting, item: Item): [string | null, PartyRole][] {
  return [
    [meeting.bodyKind === 'group' ? null : meeting.bodyId, 'body'],
    ...(meeting.held?.attendance ?? []).map((attendee): [string | null, PartyRole] => [
      attendee.organisationId,
      'attendance',
    ]),
    [item.proposal?.organisationId ?? null, 'proposal'],
    ...item.recipients.map((r): [string | null, PartyRole] => [r.organisationId, 'recipient']),
  ];
}
