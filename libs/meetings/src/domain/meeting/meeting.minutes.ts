import { DomainError } from '@app/kernel';
import {
  duplicatesOf,
  listOf,
  optionalDate,
  optionalText,
  optionalTime,
  requireDate,
  requireOneOf,
  requireText,
} from '../shared/guards';
import type { ApproveMinutes, CorrectItem, PostNotice } from './meeting.commands';
import {
  CORRECTABLE_FIELDS,
  type ItemCorrected,
  type MinutesApproved,
  type NoticePosted,
} from './meeting.events';
import { held, keepsMinutes, requireItem, type OpenMeeting } from './meeting.rules';
import { attended, correctableText, itemsInOrder, sealedOn } from './meeting.state';

/**
 * Approval (justering) makes the minutes a public record, signed by people who were there:
 * the chair, at least one adjuster and, when named, the secretary. Its timeliness is shown on
 * reads (approvedInTime) rather than enforced, so that late approvals can still be recorded.
 */
export function decideApproval(command: ApproveMinutes, meeting: OpenMeeting): MinutesApproved {
  const P = 'MINUTES';
  const data = command.data;
  keepsMinutes(meeting, 'Approval (justering)');
  const sat = held(meeting, `${P}.MEETING_NOT_HELD`, 'Approving the minutes');
  const approvedOn = requireDate(P, 'approvedOn', data.approvedOn);
  if (approvedOn < sat.held.date) {
    throw new DomainError(
      `${P}.BEFORE_MEETING`,
      `Minutes are approved after the meeting of ${sat.held.date}`,
      'invalid',
      { approvedOn, meetingDate: sat.held.date },
    );
  }
  const chairId = requireText(P, 'chairId', data.chairId);
  const adjusterIds = listOf<string>(P, 'adjusterIds', data.adjusterIds).map((id) =>
    requireText(P, 'adjusterIds', id),
  );
  if (adjusterIds.length === 0) {
    throw new DomainError(`${P}.ADJUSTER_MISSING`, 'At least one adjuster approves', 'invalid');
  }
  const twice = duplicatesOf([chairId, ...adjusterIds]);
  if (twice.length > 0) {
    throw new DomainError(
      `${P}.APPROVER_TWICE`,
      'The chair and each adjuster sign once, as different people',
      'invalid',
      { personIds: twice },
    );
  }
  const secretaryId = optionalText(data.secretaryId);
  // A sitting the source does not document cannot say who attended: the signatures stand alone.
  const absent = [chairId, ...adjusterIds, ...(secretaryId ? [secretaryId] : [])].filter(
    (personId) => sat.held.documented && !attended(sat, personId),
  );
  if (absent.length > 0) {
    throw new DomainError(
      `${P}.APPROVER_ABSENT`,
      'Whoever approves the minutes attended the meeting',
      'invalid',
      { personIds: absent },
    );
  }
  everyDecisionRecorded(sat);
  return {
    type: 'MinutesApproved',
    data: {
      meetingId: meeting.meetingId,
      approvedOn,
      approvedAt: optionalTime(P, 'approvedAt', data.approvedAt),
      place: optionalText(data.place),
      chairId,
      adjusterIds,
      secretaryId,
    },
  };
}

/** A decision item carries its decision before the record is sealed (approved or counter-signed). */
export function everyDecisionRecorded(meeting: OpenMeeting): void {
  const undecided = itemsInOrder(meeting).filter(
    (item) => item.kind === 'decision' && !item.decision,
  );
  if (undecided.length > 0) {
    throw new DomainError(
      'ITEM.DECISION_MISSING',
      'Every decision item carries its decision before the record is approved or counter-signed',
      'conflict',
      { itemIds: undecided.map((item) => item.itemId) },
    );
  }
}

/** The notice (anslag) that approved minutes exist; the appeal period runs from it. */
export function decideNotice(command: PostNotice, meeting: OpenMeeting): NoticePosted {
  const P = 'NOTICE';
  const data = command.data;
  keepsMinutes(meeting, 'A notice (anslag)');
  const postedOn = requireDate(P, 'postedOn', data.postedOn);
  if (!meeting.approval) {
    throw new DomainError(
      `${P}.BEFORE_APPROVAL`,
      'A notice is posted once the minutes are approved',
      'conflict',
    );
  }
  if (postedOn < meeting.approval.approvedOn) {
    throw new DomainError(
      `${P}.BEFORE_APPROVAL`,
      `The minutes were approved on ${meeting.approval.approvedOn}`,
      'invalid',
      { postedOn, approvedOn: meeting.approval.approvedOn },
    );
  }
  if (meeting.notice) {
    throw new DomainError(
      `${P}.ALREADY_POSTED`,
      `The notice was posted on ${meeting.notice.postedOn}`,
      'conflict',
      { postedOn: meeting.notice.postedOn },
    );
  }
  const takenDownOn = optionalDate(P, 'takenDownOn', data.takenDownOn);
  if (takenDownOn !== null && takenDownOn <= postedOn) {
    throw new DomainError(
      `${P}.TAKEN_DOWN_BEFORE_POSTED`,
      'A notice comes down after it goes up',
      'invalid',
      { postedOn, takenDownOn },
    );
  }
  return {
    type: 'NoticePosted',
    data: {
      meetingId: meeting.meetingId,
      postedOn,
      takenDownOn,
      minutesKeptAt: requireText(P, 'minutesKeptAt', data.minutesKeptAt),
    },
  };
}

/**
 * After approval an item changes only by a correction that names the text it replaces and
 * why; the approved version stays in the events before it.
 */
export function decideCorrection(command: CorrectItem, meeting: OpenMeeting): ItemCorrected {
  const P = 'ITEM';
  const data = command.data;
  const sealed = sealedOn(meeting);
  if (sealed === null) {
    throw new DomainError(
      meeting.records === 'notes' ? 'NOTES.NOT_COUNTER_SIGNED' : 'MINUTES.NOT_APPROVED',
      meeting.records === 'notes'
        ? 'Until the notes are counter-signed, amend the item instead'
        : 'Until the minutes are approved, amend the item instead',
      'conflict',
    );
  }
  const item = requireItem(meeting, data.itemId);
  const field = requireOneOf(P, 'field', CORRECTABLE_FIELDS, data.field);
  const motionIndex = field === 'motion' ? (data.motionIndex ?? null) : null;
  const previous = correctableText(item, field, motionIndex);
  if (previous === undefined) {
    throw new DomainError(
      `${P}.CORRECTION_TARGET_MISSING`,
      `The item has no ${field} to correct`,
      'invalid',
      { itemId: item.itemId, field, motionIndex },
    );
  }
  const text = requireText(P, 'text', data.text);
  if (text === previous) {
    throw new DomainError(
      `${P}.CORRECTION_UNCHANGED`,
      'The correction changes nothing',
      'invalid',
      {
        itemId: item.itemId,
        field,
      },
    );
  }
  const correctedOn = requireDate(P, 'correctedOn', data.correctedOn);
  if (correctedOn < sealed) {
    throw new DomainError(
      `${P}.CORRECTED_BEFORE_APPROVAL`,
      `The record was approved or counter-signed on ${sealed}`,
      'invalid',
      { correctedOn, approvedOn: sealed },
    );
  }
  return {
    type: 'ItemCorrected',
    data: {
      meetingId: meeting.meetingId,
      itemId: item.itemId,
      field,
      motionIndex,
      previous,
      text,
      why: requireText(P, 'why', data.why),
      correctedOn,
    },
  };
}
