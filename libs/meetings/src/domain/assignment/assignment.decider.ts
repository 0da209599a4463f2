import {
  DomainError,
  certainlyBefore,
  certainlyNotAfter,
  optionalDateAsGiven,
  requireDateAsGiven,
  type Decider,
} from '@app/kernel';
import type { IsoDate } from '../shared/calendar';
import { duplicatesOf, listOf, optionalText, requireOneOf, requireText } from '../shared/guards';
import { requireActiveOrganisation, requireRegistered } from '../shared/references';
import {
  SOURCE_KINDS,
  type AssignmentCommand,
  type ReportMeetingFacts,
  type DebtorRef,
  type IssueAssignment,
  type SourceFacts,
  type SourceRef,
} from './assignment.commands';
import {
  REPORT_FORMS,
  type AssignmentEvent,
  type AssignmentSource,
  type Debtor,
} from './assignment.events';
import {
  debtorsOf,
  evolveAssignment,
  reportedBy,
  type Assignment,
  type AssignmentState,
} from './assignment.state';

const P = 'ASSIGNMENT';

/**
 * One stream per assignment: what a decision, a plan or an agreement asked of whom, and how it
 * ended.
 */
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
      const deliveredOn = inOrder(
        assignment,
        requireDateAsGiven(P, 'deliveredOn', data.deliveredOn),
      );
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
      if (meetingId !== null) reportedIn(meetingId, itemId, deliveredOn, data.meetingFacts);
      return [
        {
          type: 'AssignmentReportedBack',
          data: {
            assignmentId,
            deliveredOn,
            organisationId: reportingDebtor(assignment, data.organisationId),
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
      const extendedOn = inOrder(assignment, requireDateAsGiven(P, 'extendedOn', data.extendedOn));
      const dueOn = requireDateAsGiven(P, 'dueOn', data.dueOn);
      if (certainlyBefore(dueOn, extendedOn)) {
        throw new DomainError(
          `${P}.DUE_BEFORE_EXTENSION`,
          'An extension gives a date on or after the day it is granted',
          'invalid',
          { dueOn, extendedOn },
        );
      }
      const previousDueOn = assignment.dues.at(-1)!.dueOn;
      if (previousDueOn !== null && certainlyNotAfter(dueOn, previousDueOn)) {
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
        requireDateAsGiven(P, 'withdrawnOn', command.data.withdrawnOn),
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
  const issuedOn = requireDateAsGiven(P, 'issuedOn', data.issuedOn);
  const source = sourceOf(data.source, data.sourceFacts, issuedOn);
  const dueOn = optionalDateAsGiven(P, 'dueOn', data.dueOn);
  if (dueOn !== null && certainlyBefore(dueOn, issuedOn)) {
    throw new DomainError(
      `${P}.DUE_BEFORE_ISSUE`,
      'An assignment falls due after it is issued',
      'invalid',
      { dueOn, issuedOn },
    );
  }
  const [owedBy, ...jointlyWith] = debtorsFrom(data, issuedOn);
  return {
    type: 'AssignmentIssued',
    data: {
      assignmentId,
      source,
      owedBy: owedBy!,
      jointlyWith,
      what: requireText(P, 'what', data.what),
      issuedOn,
      dueOn,
      dueNote: optionalText(data.dueNote),
    },
  };
}

/**
 * Owed by organisations that exist when the assignment is issued, each named once, and by
 * registered people.
 */
function debtorsFrom(data: IssueAssignment['data'], issuedOn: IsoDate): Debtor[] {
  const named = [data.owedBy, ...listOf<DebtorRef>(P, 'jointlyWith', data.jointlyWith)];
  const debtors = named.map((debtor) => ({
    organisationId: requireText(P, 'organisationId', debtor?.organisationId),
    personId: optionalText(debtor?.personId),
  }));
  const repeated = duplicatesOf(debtors.map((debtor) => debtor.organisationId));
  if (repeated.length > 0) {
    throw new DomainError(`${P}.DEBTOR_REPEATED`, 'Each debtor is named once', 'invalid', {
      organisationIds: repeated,
    });
  }
  const facts = data.owedByFacts;
  for (const { organisationId } of debtors) {
    const found = facts?.organisations?.find((o) => o.organisationId === organisationId);
    requireActiveOrganisation(P, organisationId, found, issuedOn);
  }
  const people = debtors.flatMap((debtor) => debtor.personId ?? []);
  if (people.length > 0) requireRegistered(P, people, facts?.registered);
  return debtors;
}

/** The source as the event keeps it, checked against the facts the handler read about it. */
function sourceOf(
  ref: SourceRef | undefined,
  facts: SourceFacts | null,
  issuedOn: IsoDate,
): AssignmentSource {
  const kind = requireOneOf(P, 'sourceKind', SOURCE_KINDS, ref?.kind);
  // Facts about another source than the one named are a wiring slip, not a source.
  if (!facts || facts.kind !== kind) throw sourceNotFound(ref);
  switch (facts.kind) {
    case 'decision': {
      const { meetingId, itemId } = ref as Extract<SourceRef, { kind: 'decision' }>;
      if (facts.meetingId !== meetingId || facts.itemId !== itemId) throw sourceNotFound(ref);
      if (!facts.decided) {
        throw new DomainError(
          `${P}.SOURCE_NOT_DECISION`,
          'An assignment is issued by an item that carries a decision',
          'conflict',
          { meetingId, itemId },
        );
      }
      notBefore(issuedOn, facts.meetingDate, 'BEFORE_DECISION', 'The decision was taken');
      return { kind: 'decision', meetingId, itemId, bodyId: facts.bodyId };
    }
    case 'plan': {
      const plan = ref as Extract<SourceRef, { kind: 'plan' }>;
      const bodyId = requireText(P, 'bodyId', plan.bodyId);
      const adoptedOn = requireDateAsGiven(P, 'adoptedOn', plan.adoptedOn);
      requireActiveOrganisation(P, bodyId, facts.body, adoptedOn);
      notBefore(issuedOn, adoptedOn, 'BEFORE_ADOPTION', 'The plan was adopted');
      return {
        kind: 'plan',
        bodyId,
        title: requireText(P, 'title', plan.title),
        adoptionReference: requireText(P, 'adoptionReference', plan.adoptionReference),
        adoptedOn,
      };
    }
    case 'agreement': {
      const { agreementId } = ref as Extract<SourceRef, { kind: 'agreement' }>;
      if (facts.agreementId !== agreementId) throw sourceNotFound(ref);
      if (certainlyBefore(facts.validTo, issuedOn)) {
        throw new DomainError(
          `${P}.AFTER_AGREEMENT`,
          `The agreement is valid until ${facts.validTo}`,
          'invalid',
          { issuedOn, validTo: facts.validTo },
        );
      }
      return { kind: 'agreement', agreementId, bodyId: facts.bodyId };
    }
    default: {
      const _never: never = facts;
      return _never;
    }
  }
}

function sourceNotFound(ref: SourceRef | undefined): DomainError {
  return new DomainError(`${P}.SOURCE_NOT_FOUND`, 'No such source', 'invalid', { source: ref });
}

function notBefore(issuedOn: IsoDate, from: IsoDate, code: string, what: string): void {
  if (certainlyBefore(issuedOn, from)) {
    throw new DomainError(`${P}.${code}`, `${what} on ${from}`, 'invalid', { issuedOn, from });
  }
}

/**
 * The debtor a report is for. A named one must owe the assignment and not have reported yet;
 * none named is a report for everyone who has not (refused when someone already has: then
 * each debtor reports for itself).
 */
function reportingDebtor(assignment: Assignment, organisationId: unknown): string | null {
  const named = optionalText(organisationId);
  const debtors = debtorsOf(assignment);
  const reported = reportedBy(assignment);
  if (named !== null && !debtors.includes(named)) {
    throw new DomainError(`${P}.NOT_A_DEBTOR`, 'That organisation does not owe it', 'invalid', {
      organisationId: named,
      debtors,
    });
  }
  const already = named === null ? reported : reported.filter((id) => id === named);
  if (already.length > 0) {
    throw new DomainError(
      `${P}.ALREADY_REPORTED`,
      named === null
        ? 'Some debtors have reported already: each remaining one reports for itself'
        : 'That organisation has reported already',
      'conflict',
      { organisationIds: already },
    );
  }
  return named;
}

/**
 * A report-back given in a meeting names a meeting that was held and, if it names one, an item
 * of that meeting: a report to a meeting that never sat, or to another meeting's item, is not
 * a report. Nor is one delivered before the meeting it was given in: refused when certainly
 * before its day (a report dated "2024-03" may name the meeting of 2024-03-12).
 */
function reportedIn(
  meetingId: string,
  itemId: string | null,
  deliveredOn: IsoDate,
  facts: ReportMeetingFacts | null | undefined,
): void {
  if (!facts || facts.meetingId !== meetingId) {
    throw new DomainError(`${P}.REPORT_MEETING_NOT_FOUND`, 'No such meeting', 'invalid', {
      meetingId,
    });
  }
  if (!facts.held) {
    throw new DomainError(
      `${P}.REPORT_MEETING_NOT_HELD`,
      `The meeting of ${facts.date} has not been recorded as held`,
      'invalid',
      { meetingId, date: facts.date },
    );
  }
  if (certainlyBefore(deliveredOn, facts.date)) {
    throw new DomainError(
      `${P}.REPORT_BEFORE_MEETING`,
      `The report is dated before the meeting it names, held on ${facts.date}`,
      'invalid',
      { meetingId, deliveredOn, meetingDate: facts.date },
    );
  }
  if (itemId !== null && !facts.itemIds.includes(itemId)) {
    throw new DomainError(
      `${P}.REPORT_ITEM_NOT_FOUND`,
      "The item is not one of that meeting's",
      'invalid',
      { meetingId, itemId },
    );
  }
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

/**
 * Dated acts follow one another: none is dated certainly before what it follows (a report
 * "2022" may follow an extension of 2022-03-01).
 */
function inOrder(assignment: Assignment, on: IsoDate): IsoDate {
  if (certainlyBefore(on, assignment.lastChangeOn)) {
    throw new DomainError(
      `${P}.BEFORE_LAST_CHANGE`,
      `The assignment's last change is dated ${assignment.lastChangeOn}`,
      'invalid',
      { on, lastChangeOn: assignment.lastChangeOn },
    );
  }
  return on;
}
