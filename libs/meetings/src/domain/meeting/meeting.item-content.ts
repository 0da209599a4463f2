import { DomainError } from '@app/kernel';
import { yearOf } from '../shared/calendar';
import {
  duplicatesOf,
  listOf,
  optionalText,
  requireCount,
  requireOneOf,
  requireText,
} from '../shared/guards';
import type { DecisionInput, ItemInput } from './meeting.commands';
import {
  DECISION_FORMS,
  ITEM_KINDS,
  MOTION_KINDS,
  type BasisDocument,
  type Decision,
  type Item,
  type Motion,
  type Recipient,
} from './meeting.events';
import type { Meeting } from './meeting.state';

const P = 'ITEM';

/** An item as it will be stored: every field present, blanks as null, lists as lists. */
export function itemOf(itemId: string, input: ItemInput, meeting: Meeting, position: number): Item {
  const { number, year } = numbering(input, meeting);
  const motions = listOf<NonNullable<ItemInput['motions']>[number]>(
    P,
    'motions',
    input.motions,
  ).map((motion): Motion => ({
    personId: optionalText(motion.personId),
    party: optionalText(motion.party),
    text: requireText(P, 'motionText', motion.text),
    kind: requireOneOf(P, 'motionKind', MOTION_KINDS, motion.kind ?? 'motion'),
  }));
  const decision = input.decision ? decisionOf(input.decision, motions) : null;
  // What was moved and decided is only known once the meeting has sat; the agenda comes before.
  if ((motions.length > 0 || decision !== null) && !meeting.held) {
    throw new DomainError(
      `${P}.BEFORE_HELD`,
      'Motions and decisions are recorded once the meeting is recorded as held',
      'conflict',
      { itemId },
    );
  }
  const presentedBy = listOf<string>(P, 'presentedBy', input.presentedBy).map((id) =>
    requireText(P, 'presentedBy', id),
  );
  const twice = duplicatesOf(presentedBy);
  if (twice.length > 0) {
    throw new DomainError(`${P}.PRESENTER_TWICE`, 'Each presenter is named once', 'invalid', {
      personIds: twice,
    });
  }
  return {
    itemId,
    number,
    year,
    position,
    caseNumber: optionalText(input.caseNumber),
    title: requireText(P, 'title', input.title),
    kind: requireOneOf(P, 'kind', ITEM_KINDS, input.kind),
    presentedBy,
    background: optionalText(input.background),
    proposal: input.proposal
      ? {
          text: requireText(P, 'proposalText', input.proposal.text),
          organisationId: optionalText(input.proposal.organisationId),
        }
      : null,
    motions,
    decision,
    basisDocuments: listOf<BasisDocument>(P, 'basisDocuments', input.basisDocuments).map(
      (document) => ({
        title: requireText(P, 'documentTitle', document.title),
        reference: optionalText(document.reference),
      }),
    ),
    recipients: listOf<Recipient>(P, 'recipients', input.recipients).map((recipient) => ({
      name: requireText(P, 'recipientName', recipient.name),
      organisationId: optionalText(recipient.organisationId),
    })),
    notes: optionalText(input.notes),
  };
}

/**
 * Minutes number items per body and calendar year: § 42/23 belongs to a meeting in 2023. Notes
 * number them within the meeting: the number has no year.
 */
function numbering(input: ItemInput, meeting: Meeting): Pick<Item, 'number' | 'year'> {
  const number = input.number ?? null;
  const year = input.year ?? null;
  if (number === null) {
    if (year !== null) {
      throw new DomainError(`${P}.YEAR_WITHOUT_NUMBER`, 'A year goes with a number', 'invalid', {
        year,
      });
    }
    return { number, year };
  }
  if (!Number.isInteger(number) || number < 1) {
    throw new DomainError(
      `${P}.INVALID_NUMBER`,
      'An item number is a whole number from 1',
      'invalid',
      {
        number,
      },
    );
  }
  // Notes number their items within the meeting (if at all): no register per body and year.
  if (meeting.records === 'notes') {
    if (year !== null) {
      throw new DomainError(
        `${P}.YEAR_IN_NOTES`,
        'Notes number their items within the meeting, not per year',
        'invalid',
        { year },
      );
    }
    return { number, year: null };
  }
  const meetingYear = yearOf(meeting.scheduledFor.date);
  if (year !== null && year !== meetingYear) {
    throw new DomainError(
      `${P}.YEAR_MISMATCH`,
      `Items of a meeting in ${meetingYear} are numbered in ${meetingYear}`,
      'invalid',
      { year, meetingYear },
    );
  }
  return { number, year: meetingYear };
}

function decisionOf(input: DecisionInput, motions: readonly Motion[]): Decision {
  const votes = input.votes ?? null;
  if (votes !== null) {
    const counted = {
      yes: requireCount(P, 'yes', votes.yes),
      no: requireCount(P, 'no', votes.no),
      abstained: requireCount(P, 'abstained', votes.abstained),
    };
    if (counted.yes + counted.no === 0) {
      throw new DomainError(`${P}.VOTES_EMPTY`, 'A vote has at least one yes or no', 'invalid', {
        votes: counted,
      });
    }
  }
  return {
    text: requireText(P, 'decisionText', input.text),
    form: requireOneOf(P, 'decisionForm', DECISION_FORMS, input.form ?? 'decision'),
    votes: votes === null ? null : { yes: votes.yes, no: votes.no, abstained: votes.abstained },
    reservations: listOf<NonNullable<DecisionInput['reservations']>[number]>(
      P,
      'reservations',
      input.reservations,
    ).map((reservation) => ({
      personId: requireText(P, 'reservationPersonId', reservation.personId),
      party: optionalText(reservation.party),
      text: optionalText(reservation.text),
    })),
    adoptedMotions: adoptedOf(input.adoptedMotions, motions),
  };
}

/** The motions a decision adopted: each one of the item's, named once. */
function adoptedOf(input: unknown, motions: readonly Motion[]): number[] {
  const adopted = listOf<number>(P, 'adoptedMotions', input);
  const unknown = adopted.filter(
    (index) => !Number.isInteger(index) || index < 0 || index >= motions.length,
  );
  if (unknown.length > 0) {
    throw new DomainError(
      `${P}.ADOPTED_MOTION_NOT_FOUND`,
      `A decision adopts motions of its item (0 to ${motions.length - 1})`,
      'invalid',
      { adoptedMotions: unknown, motions: motions.length },
    );
  }
  const twice = duplicatesOf(adopted.map(String));
  if (twice.length > 0) {
    throw new DomainError(`${P}.ADOPTED_MOTION_TWICE`, 'Each motion is adopted once', 'invalid', {
      adoptedMotions: twice.map(Number),
    });
  }
  return [...adopted].sort((a, b) => a - b);
}
