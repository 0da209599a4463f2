import type { DateAsGiven } from '@app/kernel';

export const REPORT_FORMS = ['oral', 'written'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** A party and the role of whoever represents it ("nämndens sakkunniga tjänsteperson"). */
export const PARTY_ROLES = ['principal', 'provider'] as const;
export interface Party {
  organisationId: string;
  /** principal: orders the work and gives the assignments (the board); provider: carries it out. */
  role: (typeof PARTY_ROLES)[number];
  representative: string;
}

/** What a section of the agreement is about, so that readers can find e.g. every data-protection clause. */
export const SECTION_KINDS = [
  'responsibilities',
  'changed-conditions',
  'insight-and-supervision',
  'data-protection',
  'governing-documents',
  'child-rights',
  'gender-equality',
  'customer-focus',
  'other',
] as const;
export interface Section {
  kind: (typeof SECTION_KINDS)[number];
  heading: string;
  text: string;
}

/** A headed part of an assignment: "Syfte med uppdraget", "Målgrupp", "Insatsernas längd". */
export interface Part {
  heading: string;
  text: string;
}

/**
 * One row of a follow-up plan: what is reported, on which dates and how, to whom, and when the
 * material is due ("skriftliga underlag till sakkunnig tre veckor innan sammanträdet").
 */
export interface FollowUpPlanRow {
  what: string;
  to: string;
  dates: { on: DateAsGiven; form: ReportForm; note: string | null }[];
  material: { daysBefore: number; to: string } | null;
}

export const ASSIGNMENT_KINDS = ['base', 'special'] as const;
export interface AgreementAssignment {
  /** The assignment's own id in the one register of assignments. */
  assignmentId: string;
  kind: (typeof ASSIGNMENT_KINDS)[number];
  /** The agreement's numbering, e.g. "2.1". */
  number: string | null;
  title: string;
  parts: Part[];
  /** The organisations that owe it: the first, then those owing it jointly. */
  owedBy: string[];
  followUps: FollowUpPlanRow[];
}

export const SETTLEMENT_PERIODS = ['monthly', 'tertial', 'quarterly', 'yearly', 'once'] as const;
export const SETTLEMENT_BASES = ['allocation', 'actual-cost', 'per-unit', 'other'] as const;

/** Per activity: volume, unit price and compensation in tkr, and how it is settled. */
export interface EconomyLine {
  activity: string;
  year: number;
  volume: number | null;
  unitPrice: number | null;
  compensation: number;
  settlement: {
    period: (typeof SETTLEMENT_PERIODS)[number];
    basis: (typeof SETTLEMENT_BASES)[number];
    note: string | null;
  };
}

export const GOAL_LEVELS = ['council', 'board'] as const;
export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A desired result, and what counts as reaching it where it can be measured. */
export interface DesiredResult {
  text: string;
  direction: Direction | null;
  target: number | null;
}

export interface Goal {
  /** The agreement's own key for the goal, e.g. "kf-1". */
  goalId: string;
  level: (typeof GOAL_LEVELS)[number];
  /** The council or board that set it. */
  setBy: string;
  text: string;
  period: { fromYear: number; toYear: number };
  reportedTo: string | null;
  desiredResults: DesiredResult[];
}

/** What one version of an agreement says. A revision makes a new version from a date. */
export interface AgreementContent {
  title: string;
  validFrom: DateAsGiven;
  validTo: DateAsGiven;
  scope: string[];
  sections: Section[];
  assignments: AgreementAssignment[];
  economy: EconomyLine[];
  /** Economic follow-ups on their own dates ("muntlig rapport över ekonomiskt utfall"). */
  economicFollowUps: FollowUpPlanRow[];
  goals: Goal[];
}

/** The reference of the decision behind an adoption or a revision ("KAN 2023-12-13 § 98"). */
export interface DecisionRef {
  reference: string;
  meetingId: string | null;
  itemId: string | null;
}
