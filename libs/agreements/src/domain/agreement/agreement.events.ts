import type { DateAsGiven } from '@app/kernel';
import type {
  AgreementAssignment,
  AgreementContent,
  DecisionRef,
  EconomyLine,
  FollowUpPlanRow,
  Goal,
  Party,
  ReportForm,
  Section,
} from './agreement.content';

export type AgreementDrafted = {
  type: 'AgreementDrafted';
  data: {
    agreementId: string;
    parties: Party[];
    draftedOn: DateAsGiven;
    content: Pick<AgreementContent, 'title' | 'validFrom' | 'validTo' | 'scope' | 'sections'>;
  };
};

/** Parts added while drafting: they belong to the first version. */
export type AgreementAssignmentAdded = {
  type: 'AgreementAssignmentAdded';
  data: { agreementId: string; assignment: AgreementAssignment };
};

export type AgreementEconomySet = {
  type: 'AgreementEconomySet';
  data: { agreementId: string; economy: EconomyLine[]; economicFollowUps: FollowUpPlanRow[] };
};

export type AgreementGoalAdded = {
  type: 'AgreementGoalAdded';
  data: { agreementId: string; goal: Goal };
};

export type AgreementAdopted = {
  type: 'AgreementAdopted';
  data: { agreementId: string; adoptedOn: DateAsGiven; decision: DecisionRef };
};

/** What a revision may change; what it leaves out stays as the previous version had it. */
export interface RevisionChanges {
  validTo?: DateAsGiven;
  scope?: string[];
  /** Sections replaced by heading, or added. */
  sections?: Section[];
  /** Assignments' parts and follow-up plans replaced, by assignment id. */
  assignments?: Pick<AgreementAssignment, 'assignmentId' | 'parts' | 'followUps'>[];
  economy?: EconomyLine[];
  economicFollowUps?: FollowUpPlanRow[];
  goals?: Goal[];
}

export type AgreementRevised = {
  type: 'AgreementRevised';
  data: {
    agreementId: string;
    /** 2 for the first revision: version 1 is the adopted agreement. */
    version: number;
    effectiveFrom: DateAsGiven;
    /** Why, e.g. a minuted political decision on direction or scope. */
    reason: string;
    decision: DecisionRef | null;
    changes: RevisionChanges;
  };
};

export const FOLLOW_UP_OUTCOMES = ['delivered', 'missed'] as const;

/** A scheduled follow-up as it went: delivered (on, form, where, what) or missed. */
export type FollowUpRecorded = {
  type: 'FollowUpRecorded';
  data: {
    agreementId: string;
    /** The assignment followed up; null: an economic follow-up. */
    assignmentId: string | null;
    dueOn: DateAsGiven;
    outcome: (typeof FOLLOW_UP_OUTCOMES)[number];
    /** The day it was delivered, or the day it was found missed. */
    on: DateAsGiven;
    form: ReportForm | null;
    meetingId: string | null;
    itemId: string | null;
    documentReference: string | null;
    summary: string | null;
  };
};

export type AgreementTerminated = {
  type: 'AgreementTerminated';
  data: { agreementId: string; terminatedOn: DateAsGiven; why: string };
};

export type AgreementEvent =
  | AgreementDrafted
  | AgreementAssignmentAdded
  | AgreementEconomySet
  | AgreementGoalAdded
  | AgreementAdopted
  | AgreementRevised
  | FollowUpRecorded
  | AgreementTerminated;

export const agreementStream = (agreementId: string): string => `agreement-${agreementId}`;

export const AGREEMENT_EVENT_VERSIONS: Record<AgreementEvent['type'], number> = {
  AgreementDrafted: 1,
  AgreementAssignmentAdded: 1,
  AgreementEconomySet: 1,
  AgreementGoalAdded: 1,
  AgreementAdopted: 1,
  AgreementRevised: 1,
  FollowUpRecorded: 1,
  AgreementTerminated: 1,
};

/** Drafting parts hold from the agreement's start; the rest from their own dates. */
export function validFromOfAgreementEvent(event: AgreementEvent): DateAsGiven | undefined {
  switch (event.type) {
    case 'AgreementDrafted':
      return event.data.draftedOn;
    case 'AgreementAdopted':
      return event.data.adoptedOn;
    case 'AgreementRevised':
      return event.data.effectiveFrom;
    case 'FollowUpRecorded':
      return event.data.on;
    case 'AgreementTerminated':
      return event.data.terminatedOn;
    case 'AgreementAssignmentAdded':
    case 'AgreementEconomySet':
    case 'AgreementGoalAdded':
      return undefined;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}
