import type { IsoDate } from '../shared/calendar';
import type { OrganisationFacts } from '../shared/references';
import type { ReportForm } from './assignment.events';

/**
 * The decision item an assignment comes from, as the handler finds it in the meeting's own
 * stream (see decisionFactsOf). Null when there is no such item.
 */
export interface DecisionFacts {
  meetingId: string;
  itemId: string;
  bodyId: string;
  meetingDate: IsoDate;
  /** Whether the item carries a decision: only a decision can ask for something. */
  decided: boolean;
}

export type IssueAssignment = {
  type: 'IssueAssignment';
  data: {
    assignmentId: string;
    meetingId: string;
    itemId: string;
    source: DecisionFacts | null;
    owedBy: { organisationId: string; personId?: string | null };
    /** owedBy's organisation and person from their own streams; null: not found. */
    owedByFacts: { organisation: OrganisationFacts | null; personRegistered: boolean };
    what: string;
    issuedOn: IsoDate;
    dueOn?: IsoDate | null;
    dueNote?: string | null;
  };
};

export type ReportBack = {
  type: 'ReportBack';
  data: {
    assignmentId: string;
    deliveredOn: IsoDate;
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
