import type { IsoDate } from '../shared/calendar';

export const REPORT_FORMS = ['oral', 'written'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** An organisation owes the assignment; a person there may be named as well. */
export interface Debtor {
  organisationId: string;
  personId: string | null;
}

/**
 * Where an assignment comes from. Every source names the body that gives it: the deciding body,
 * the board that adopted the plan, or the agreement's ordering party.
 */
export type AssignmentSource =
  | { kind: 'decision'; meetingId: string; itemId: string; bodyId: string }
  | { kind: 'plan'; bodyId: string; title: string; adoptionReference: string; adoptedOn: IsoDate }
  | { kind: 'agreement'; agreementId: string; bodyId: string };

export type AssignmentIssued = {
  type: 'AssignmentIssued';
  data: {
    assignmentId: string;
    source: AssignmentSource;
    owedBy: Debtor;
    /** Further organisations owing it together with owedBy; each may report back its part. */
    jointlyWith: Debtor[];
    what: string;
    issuedOn: IsoDate;
    /** Null when the decision sets no date, only an occasion: see dueNote. */
    dueOn: IsoDate | null;
    /** The occasion as the decision words it: "inför utskick till nämnden". */
    dueNote: string | null;
  };
};

export type AssignmentReportedBack = {
  type: 'AssignmentReportedBack';
  data: {
    assignmentId: string;
    deliveredOn: IsoDate;
    /** The debtor that reported; null: a report for every debtor that had not yet reported. */
    organisationId: string | null;
    /** The meeting (and item) it was reported in; null when it was not reported in a meeting. */
    meetingId: string | null;
    itemId: string | null;
    form: ReportForm;
    summary: string;
  };
};

export type AssignmentExtended = {
  type: 'AssignmentExtended';
  data: {
    assignmentId: string;
    previousDueOn: IsoDate | null;
    dueOn: IsoDate;
    why: string;
    extendedOn: IsoDate;
  };
};

export type AssignmentWithdrawn = {
  type: 'AssignmentWithdrawn';
  data: { assignmentId: string; withdrawnOn: IsoDate; why: string | null };
};

export type AssignmentEvent =
  AssignmentIssued | AssignmentReportedBack | AssignmentExtended | AssignmentWithdrawn;

export const assignmentStream = (assignmentId: string): string => `assignment-${assignmentId}`;

export function validFromOfAssignmentEvent(event: AssignmentEvent): IsoDate {
  switch (event.type) {
    case 'AssignmentIssued':
      return event.data.issuedOn;
    case 'AssignmentReportedBack':
      return event.data.deliveredOn;
    case 'AssignmentExtended':
      return event.data.extendedOn;
    case 'AssignmentWithdrawn':
      return event.data.withdrawnOn;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const ASSIGNMENT_EVENT_VERSIONS: Record<AssignmentEvent['type'], number> = {
  AssignmentIssued: 1,
  AssignmentReportedBack: 1,
  AssignmentExtended: 1,
  AssignmentWithdrawn: 1,
};
