import { DomainError, type Decider } from '@app/kernel';
import type { IsoDate } from '../shared/calendar';
import {
  optionalDate,
  optionalText,
  requireDate,
  requireOneOf,
  requireText,
} from '../shared/guards';
import { requireActiveOrganisation, requireRegistered } from '../shared/references';
import type { AssignmentCommand, IssueAssignment } from './assignment.commands';
import { REPORT_FORMS, type AssignmentEvent } from './assignment.events';
import { evolveAssignment, type Assignment, type AssignmentState } from './assignment.state';

const P = 'ASSIGNMENT';

/** One stream per assignment: what a decision asked of whom, and how it ended. */
export const assignmentDecider: Decider<AssignmentCommand, AssignmentEvent, AssignmentState> = {
  initialState: { status: 'none' },
  evolve: evolveAssignment,
  decide,
};

function decide(command: AssignmentCommand, state: AssignmentState): AssignmentEvent[] {
  if (command.type === 'IssueAssignment') return [issue(command, state)];
  const assignment = openAssignment(state, command.data.assignmentId);
  const assignmentId = assignment.assignmentId;
  switch (command.type) {
    case 'ReportBack': {
      const data = command.data;
      const deliveredOn = inOrder(assignment, requireDate(P, 'deliveredOn', data.deliveredOn));
      const meetingId = optionalText(data.meetingId);
      const itemId = optionalText(data.itemId);
      if (itemId !== null && meetingId === null) {
        throw new DomainError(
          `${P}.ITEM_WITHOUT_MEETING`,
          'An item is named together with its meeting',
          'invalid',
          { itemId },
        );
      }
      return [
        {
          type: 'AssignmentReportedBack',
          data: {
            assignmentId,
            deliveredOn,
            meetingId,
            itemId,
            form: requireOneOf(P, 'form', REPORT_FORMS, data.form),
            summary: requireText(P, 'summary', data.summary),
          },
        },
      ];
    }
    case 'ExtendAssignment': {
      const data = command.data;
      const extendedOn = inOrder(assignment, requireDate(P, 'extendedOn', data.extendedOn));
      const dueOn = requireDate(P, 'dueOn', data.dueOn);
      if (dueOn < extendedOn) {
        throw new DomainError(
          `${P}.DUE_BEFORE_EXTENSION`,
          'An extension gives a date on or after the day it is granted',
          'invalid',
          { dueOn, extendedOn },
        );
      }
      const previousDueOn = assignment.dues.at(-1)!.dueOn;
      if (previousDueOn !== null && dueOn <= previousDueOn) {
        throw new DomainError(
          `${P}.EXTENSION_NOT_LATER`,
          `An extension moves the due date past ${previousDueOn}`,
          'invalid',
          { dueOn, previousDueOn },
        );
      }
      const why = requireText(P, 'why', data.why);
      return [
        {
          type: 'AssignmentExtended',
          data: { assignmentId, previousDueOn, dueOn, why, extendedOn },
        },
      ];
    }
    case 'WithdrawAssignment': {
      const withdrawnOn = inOrder(
        assignment,
        requireDate(P, 'withdrawnOn', command.data.withdrawnOn),
      );
      return [
        {
          type: 'AssignmentWithdrawn',
          data: { assignmentId, withdrawnOn, why: optionalText(command.data.why) },
        },
      ];
    }
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function issue(command: IssueAssignment, state: AssignmentState): AssignmentEvent {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(`${P}.ALREADY_ISSUED`, 'The assignment is already issued', 'conflict', {
      assignmentId: state.assignmentId,
    });
  }
  const assignmentId = requireText(P, 'assignmentId', data.assignmentId);
  const meetingId = requireText(P, 'meetingId', data.meetingId);
  const itemId = requireText(P, 'itemId', data.itemId);
  const source = data.source;
  // Facts about another item than the one named are a wiring slip, not a decision.
  if (!source || source.meetingId !== meetingId || source.itemId !== itemId) {
    throw new DomainError(`${P}.SOURCE_NOT_FOUND`, 'No such item in that meeting', 'invalid', {
      meetingId,
      itemId,
    });
  }
  if (!source.decided) {
    throw new DomainError(
      `${P}.SOURCE_NOT_DECISION`,
      'An assignment is issued by an item that carries a decision',
      'conflict',
      { meetingId, itemId },
    );
  }
  const issuedOn = requireDate(P, 'issuedOn', data.issuedOn);
  if (issuedOn < source.meetingDate) {
    throw new DomainError(
      `${P}.BEFORE_DECISION`,
      `The decision was taken on ${source.meetingDate}`,
      'invalid',
      { issuedOn, meetingDate: source.meetingDate },
    );
  }
  const dueOn = optionalDate(P, 'dueOn', data.dueOn);
  if (dueOn !== null && dueOn < issuedOn) {
    throw new DomainError(
      `${P}.DUE_BEFORE_ISSUE`,
      'An assignment falls due after it is issued',
      'invalid',
      {
        dueOn,
        issuedOn,
      },
    );
  }
  // Owed by an organisation that exists when the assignment is issued, and a registered person.
  const organisationId = requireText(P, 'organisationId', data.owedBy?.organisationId);
  const personId = optionalText(data.owedBy?.personId);
  requireActiveOrganisation(P, organisationId, data.owedByFacts?.organisation, issuedOn);
  if (personId !== null) {
    requireRegistered(P, [personId], data.owedByFacts?.personRegistered ? [personId] : []);
  }
  return {
    type: 'AssignmentIssued',
    data: {
      assignmentId,
      meetingId,
      itemId,
      bodyId: source.bodyId,
      owedBy: { organisationId, personId },
      what: requireText(P, 'what', data.what),
      issuedOn,
      dueOn,
      dueNote: optionalText(data.dueNote),
    },
  };
}

/** Only an open assignment is reported on, extended or withdrawn. */
function openAssignment(state: AssignmentState, assignmentId: string): Assignment {
  if (state.status === 'none') {
    throw new DomainError(`${P}.NOT_FOUND`, 'No such assignment', 'not-found', { assignmentId });
  }
  if (state.status !== 'open') {
    throw new DomainError(
      `${P}.NOT_OPEN`,
      `The assignment is already ${state.status}`,
      'conflict',
      {
        status: state.status,
      },
    );
  }
  return state;
}

/** Dated acts follow one another: none is dated before what it follows. */
function inOrder(assignment: Assignment, on: IsoDate): IsoDate {
  if (on < assignment.lastChangeOn) {
    throw new DomainError(
      `${P}.BEFORE_LAST_CHANGE`,
      `The assignment's last change is dated ${assignment.lastChangeOn}`,
      'invalid',
      { on, lastChangeOn: assignment.lastChangeOn },
    );
  }
  return on;
}
