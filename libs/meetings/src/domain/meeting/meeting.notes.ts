import { DomainError } from '@app/kernel';
import { optionalText, requireDate, requireText } from '../shared/guards';
import { requireActiveOrganisation, requireRegistered } from '../shared/references';
import type { CounterSignNotes, DeliverNotes } from './meeting.commands';
import type { NotesCounterSigned, NotesDelivered } from './meeting.events';
import { everyDecisionRecorded } from './meeting.minutes';
import { held, keepsNotes, type OpenMeeting } from './meeting.rules';

const P = 'NOTES';

/**
 * Notes (minnesanteckningar) are signed by the chair and counter-signed by another member on or
 * after the meeting; from then on they are the record, and only corrections change them. Both
 * signers are registered people; when the sitting is documented, both attended it and the
 * counter-signer sat in it (not a guest).
 */
export function decideCounterSigning(
  command: CounterSignNotes,
  meeting: OpenMeeting,
): NotesCounterSigned {
  const data = command.data;
  keepsNotes(meeting, 'Counter-signing');
  const sat = held(meeting, `${P}.MEETING_NOT_HELD`, 'Counter-signing the notes');
  const counterSignedOn = requireDate(P, 'counterSignedOn', data.counterSignedOn);
  if (counterSignedOn < sat.held.date) {
    throw new DomainError(
      `${P}.BEFORE_MEETING`,
      `Notes are counter-signed on or after the meeting of ${sat.held.date}`,
      'invalid',
      { counterSignedOn, meetingDate: sat.held.date },
    );
  }
  const signedBy = requireText(P, 'signedBy', data.signedBy);
  const counterSignedBy = requireText(P, 'counterSignedBy', data.counterSignedBy);
  if (signedBy === counterSignedBy) {
    throw new DomainError(
      `${P}.SIGNER_TWICE`,
      'Notes are counter-signed by another member than the one who signed them',
      'invalid',
      { personId: signedBy },
    );
  }
  requireRegistered(P, [signedBy, counterSignedBy], data.registered);
  if (sat.held.documented) {
    const present = (personId: string) =>
      sat.held.attendance.find((attendee) => attendee.personId === personId);
    const absent = [signedBy, counterSignedBy].filter((personId) => !present(personId));
    if (absent.length > 0) {
      throw new DomainError(
        `${P}.SIGNER_ABSENT`,
        'Whoever signs or counter-signs the notes attended the meeting',
        'invalid',
        { personIds: absent },
      );
    }
    if (present(counterSignedBy)?.capacity === 'guest') {
      throw new DomainError(
        `${P}.COUNTER_SIGNER_NOT_MEMBER`,
        'A guest does not counter-sign the notes',
        'invalid',
        { personId: counterSignedBy },
      );
    }
  }
  everyDecisionRecorded(sat);
  return {
    type: 'NotesCounterSigned',
    data: { meetingId: meeting.meetingId, signedBy, counterSignedBy, counterSignedOn },
  };
}

/**
 * "Delges kommunstyrelsen": on or after the meeting, once to each recipient. A recipient named by
 * organisation is one that exists on the day of delivery, so that the record names a real body.
 */
export function decideDelivery(command: DeliverNotes, meeting: OpenMeeting): NotesDelivered {
  const data = command.data;
  keepsNotes(meeting, 'Delivering notes');
  const sat = held(meeting, `${P}.MEETING_NOT_HELD`, 'Delivering the notes');
  const deliveredOn = requireDate(P, 'deliveredOn', data.deliveredOn);
  if (deliveredOn < sat.held.date) {
    throw new DomainError(
      `${P}.BEFORE_MEETING`,
      `Notes are delivered on or after the meeting of ${sat.held.date}`,
      'invalid',
      { deliveredOn, meetingDate: sat.held.date },
    );
  }
  const to = {
    name: requireText(P, 'recipientName', data.to?.name),
    organisationId: optionalText(data.to?.organisationId),
  };
  if (to.organisationId !== null) {
    requireActiveOrganisation(P, to.organisationId, data.recipient, deliveredOn);
  }
  const again = meeting.deliveries.find((delivery) =>
    to.organisationId !== null
      ? delivery.to.organisationId === to.organisationId
      : delivery.to.name === to.name,
  );
  if (again) {
    throw new DomainError(
      `${P}.ALREADY_DELIVERED`,
      `The notes were delivered to ${again.to.name} on ${again.deliveredOn}`,
      'conflict',
      { deliveredOn: again.deliveredOn },
    );
  }
  return { type: 'NotesDelivered', data: { meetingId: meeting.meetingId, to, deliveredOn } };
}
