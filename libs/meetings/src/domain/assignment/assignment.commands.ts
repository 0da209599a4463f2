import type { IsoDate } from '../shared/calendar';
import type { OrganisationFacts } from '../shared/references';
import type { ReportForm } from './assignment.events';

/**
 * What issues an assignment, as the command names it: a decision item of a meeting, a board's
 * plan (a document adopted on a date under a reference such as "KF 2023-06-12 § 80"), or an
 * agreement between a board and an administration.
 */
export type SourceRef =
  | { kind: 'decision'; meetingId: string; itemId: string }
  | { kind: 'plan'; bodyId: string; title: string; adoptionReference: string; adoptedOn: IsoDate }
  | { kind: 'agreement'; agreementId: string };

export const SOURCE_KINDS = ['decision', 'plan', 'agreement'] as const;

/**
 * The decision item an assignment comes from, as the handler finds it in the meeting's own
 * stream (see decisionFactsOf).
 */
export interface DecisionFacts {
  kind: 'decision';
  meetingId: string;
  itemId: string;
  bodyId: string;
  meetingDate: IsoDate;
  /** Whether the item carries a decision: only a decision can ask for something. */
  decided: boolean;
}

/** The board that adopted a plan, from its own stream; null when there is no such organisation. */
export interface PlanFacts {
  kind: 'plan';
  body: OrganisationFacts | null;
}

/** The agreement, from its own stream: who gives its assignments, and for which period. */
export interface AgreementFacts {
  kind: 'agreement';
  agreementId: string;
  /** The party that gives the agreement's assignments (the board, or the ordering party). */
  bodyId: string;
  validFrom: IsoDate;
  validTo: IsoDate;
}

/** The facts the handler read about the source; null when there is no such source. */
export type SourceFacts = DecisionFacts | PlanFacts | AgreementFacts;

/** An organisation that owes an assignment, and possibly a person there. */
export interface DebtorRef {
  organisationId: string;
  personId?: string | null;
}

/** What the handler found of the debtors in their own streams: the rest are not found. */
export interface DebtorFacts {
  organisations: OrganisationFacts[];
  /** The people named who are registered. */
  registered: string[];
}

export type IssueAssignment = {
  type: 'IssueAssignment';
  data: {
    assignmentId: string;
    source: SourceRef;
    sourceFacts: SourceFacts | null;
    owedBy: DebtorRef;
    /** Organisations that owe it together with owedBy ("DSO och DU ska tillsammans …"). */
    jointlyWith?: DebtorRef[];
    owedByFacts: DebtorFacts;
    what: string;
    issuedOn: IsoDate;
    dueOn?: IsoDate | null;
    dueNote?: string | null;
  };
};

/**
 * The meeting a report-back names, as the handler found it in the meeting's own stream: whether
 * it was held, its date and the ids of its items. Null: no such meeting.
 */
export interface ReportMeetingFacts {
  meetingId: string;
  held: boolean;
  date: IsoDate;
  itemIds: string[];
}

export type ReportBack = {
  type: 'ReportBack';
  data: {
    assignmentId: string;
    deliveredOn: IsoDate;
    /** Looked up whenever meetingId is given; see ReportMeetingFacts. */
    meetingFacts?: ReportMeetingFacts | null;
    /**
     * The debtor reporting, when several owe it and each reports its part. Left out or null:
     * one report for every debtor that has not reported yet (a joint report, or the only one).
     */
    organisationId?: string | null;
    meetingId?: string | null;
    itemId?: string | null;
    form: ReportForm;
    summary: string;
  };
};

export type ExtendAssignment = {
  type: 'ExtendAssignment';
  data: { assignmentId: string; dueOn: IsoDate; why: string; extendedOn: IsoDate };
};

export type WithdrawAssignment = {
  type: 'WithdrawAssignment';
  data: { assignmentId: string; withdrawnOn: IsoDate; why?: string | null };
};

export type AssignmentCommand =
  IssueAssignment | ReportBack | ExtendAssignment | WithdrawAssignment;
