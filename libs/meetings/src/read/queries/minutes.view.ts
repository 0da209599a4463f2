import {
  appealPeriodEnd,
  approvedInTime,
  itemLabel,
  itemsInOrder,
  meetingDate,
  noticeInTime,
  renderMentions,
  type Attendee,
  type Correction,
  type Item,
} from '../../domain';
import type { StoredMeeting } from './meeting.queries';
import type { MeetingBody, PersonNamer, PersonRef } from './names';

type OrganisationRef = { id: string; name: string | null } | null;

/** What the minutes' view needs to name people, organisations and the body. */
export interface Namers {
  person: PersonNamer;
  organisation: (id: string | null) => OrganisationRef;
  body: MeetingBody;
}

/**
 * The whole minutes as data: every text with its `{{person:ID}}` mentions rendered as names,
 * every person named, the deadlines of the Local Government Act computed (never stored).
 */
export function minutesView(meeting: StoredMeeting, names: Namers) {
  const text = (value: string) => renderMentions(value, (id) => names.person(id).name);
  const optional = (value: string | null) => (value === null ? null : text(value));
  const held = meeting.held;
  const date = meetingDate(meeting);
  const attendee = (a: Attendee) => ({
    ...names.person(a.personId),
    party: a.party,
    organisation: names.organisation(a.organisationId),
    capacity: a.capacity,
    office: a.office,
    title: a.title,
    servingFor: a.servingFor === null ? null : names.person(a.servingFor),
    remote: a.remote,
    arrivingAt: a.arrivingAt,
    leavingAt: a.leavingAt,
  });
  const attendance = held?.attendance ?? [];
  const correction = (c: Correction) => ({
    itemId: c.itemId,
    field: c.field,
    motionIndex: c.motionIndex,
    previous: optional(c.previous),
    text: text(c.text),
    why: text(c.why),
    correctedOn: c.correctedOn,
  });
  const item = (i: Item) => ({
    id: i.itemId,
    number: itemLabel(i.number, i.year),
    ordinal: i.number,
    year: i.year,
    position: i.position,
    caseNumber: i.caseNumber,
    title: text(i.title),
    kind: i.kind,
    presentedBy: i.presentedBy.map(names.person),
    background: optional(i.background),
    proposal: i.proposal && {
      text: text(i.proposal.text),
      organisation: names.organisation(i.proposal.organisationId),
    },
    motions: i.motions.map((m, index) => ({
      /** Null: the source names no mover (the party may still be given). */
      by: m.personId === null ? null : names.person(m.personId),
      party: m.party,
      text: text(m.text),
      kind: m.kind,
      adopted: i.decision?.adoptedMotions.includes(index) ?? false,
    })),
    decision: i.decision && {
      text: text(i.decision.text),
      form: i.decision.form,
      votes: i.decision.votes,
      unanimous: i.decision.votes === null,
      adoptedMotions: i.decision.adoptedMotions,
      reservations: i.decision.reservations.map((r) => ({
        by: names.person(r.personId),
        party: r.party,
        text: optional(r.text),
      })),
    },
    basisDocuments: i.basisDocuments.map((d) => ({ title: text(d.title), reference: d.reference })),
    recipients: i.recipients.map((r) => ({
      name: text(r.name),
      organisation: names.organisation(r.organisationId),
    })),
    notes: optional(i.notes),
    corrections: meeting.corrections.filter((c) => c.itemId === i.itemId).map(correction),
  });
  const { approval, notice } = meeting;
  return {
    id: meeting.meetingId,
    body: names.body,
    records: meeting.records,
    status: meeting.status,
    cancelledOn: meeting.status === 'cancelled' ? meeting.cancelledOn : null,
    scheduledFor: meeting.scheduledFor,
    date,
    startedAt: held?.startedAt ?? null,
    endedAt: held?.endedAt ?? null,
    place: held ? held.place : meeting.place,
    format: held ? held.format : meeting.format,
    adjournments: held?.adjournments ?? [],
    attendance: {
      decisionMakers: attendance.filter((a) => a.capacity === 'decision-maker').map(attendee),
      servingDeputies: attendance.filter((a) => a.capacity === 'serving-deputy').map(attendee),
      others: attendance
        .filter((a) => a.capacity !== 'decision-maker' && a.capacity !== 'serving-deputy')
        .map(attendee),
      absences: (held?.absences ?? []).map((a) => ({
        ...names.person(a.personId),
        party: a.party,
        organisation: names.organisation(a.organisationId),
        office: a.office,
        reason: optional(a.reason),
      })),
    },
    presidedBy: held?.presidedBy ? names.person(held.presidedBy) : null,
    /** What the source does not say, so that no reader takes a blank for a fact. */
    unknown: unknownOf(meeting),
    items: itemsInOrder(meeting).map(item),
    approval: approval && {
      approvedOn: approval.approvedOn,
      approvedAt: approval.approvedAt,
      place: approval.place,
      chair: names.person(approval.chairId),
      adjusters: approval.adjusterIds.map(names.person),
      secretary: approval.secretaryId === null ? null : names.person(approval.secretaryId),
    },
    notice,
    counterSigning: meeting.counterSigning && {
      signedBy: names.person(meeting.counterSigning.signedBy),
      counterSignedBy: names.person(meeting.counterSigning.counterSignedBy),
      counterSignedOn: meeting.counterSigning.counterSignedOn,
    },
    deliveries: meeting.deliveries.map((d) => ({
      to: { name: text(d.to.name), organisation: names.organisation(d.to.organisationId) },
      deliveredOn: d.deliveredOn,
    })),
    corrections: meeting.corrections.map(correction),
    appealEndsOn: notice ? appealPeriodEnd(notice.postedOn) : null,
    approvedInTime: approval ? approvedInTime(date, approval.approvedOn) : null,
    noticeInTime: approval && notice ? noticeInTime(approval.approvedOn, notice.postedOn) : null,
  };
}

/** The parts of a held meeting its source leaves out: each is null in the view, and named here. */
function unknownOf(meeting: StoredMeeting): string[] {
  const held = meeting.held;
  if (!held) return [];
  const unknown: string[] = [];
  if (!held.documented) unknown.push('attendance');
  if (held.startedAt === null) unknown.push('startedAt');
  if (held.endedAt === null) unknown.push('endedAt');
  if (held.format === null) unknown.push('format');
  if (held.place === null) unknown.push('place');
  return unknown;
}

export type MinutesView = ReturnType<typeof minutesView>;
export type MinutesItem = MinutesView['items'][number];
export type MinutesAttendee = MinutesView['attendance']['decisionMakers'][number];
export type { PersonRef };
