import { addDays, type IsoDate } from '../shared/calendar';
import type { AgreementContent, DecisionRef, Party } from './agreement.content';
import type { AgreementEvent, FollowUpRecorded } from './agreement.events';
import { revisedContent } from './revision';

export interface Version {
  version: number;
  effectiveFrom: IsoDate;
  reason: string | null;
  decision: DecisionRef | null;
  content: AgreementContent;
}

export type FollowUpRecord = Omit<FollowUpRecorded['data'], 'agreementId'>;

export interface Agreement {
  agreementId: string;
  parties: Party[];
  draftedOn: IsoDate;
  adoption: { adoptedOn: IsoDate; decision: DecisionRef } | null;
  termination: { terminatedOn: IsoDate; why: string } | null;
  /** Version 1 is the agreement as drafted and adopted; each revision adds one from its date. */
  versions: Version[];
  /** Recorded follow-ups by followUpKey. */
  followUps: Record<string, FollowUpRecord>;
}

export type AgreementState =
  { status: 'none' } | ({ status: 'draft' | 'adopted' | 'terminated' } & Agreement);

export type AgreementStatus = 'draft' | 'adopted' | 'in-force' | 'expired' | 'terminated';

/** A scheduled follow-up is known by what it follows up and its date. */
export const followUpKey = (assignmentId: string | null, dueOn: IsoDate): string =>
  `${assignmentId ?? 'economy'}@${dueOn}`;

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  if (event.type === 'AgreementDrafted') {
    const { agreementId, parties, draftedOn, content } = event.data;
    const first: AgreementContent = {
      ...content,
      assignments: [],
      economy: [],
      economicFollowUps: [],
      goals: [],
    };
    return {
      status: 'draft',
      agreementId,
      parties,
      draftedOn,
      adoption: null,
      termination: null,
      versions: [
        {
          version: 1,
          effectiveFrom: content.validFrom,
          reason: null,
          decision: null,
          content: first,
        },
      ],
      followUps: {},
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AgreementAssignmentAdded':
      return drafting(state, (c) => ({
        ...c,
        assignments: [...c.assignments, event.data.assignment],
      }));
    case 'AgreementEconomySet': {
      const { economy, economicFollowUps } = event.data;
      return drafting(state, (c) => ({ ...c, economy, economicFollowUps }));
    }
    case 'AgreementGoalAdded':
      return drafting(state, (c) => ({ ...c, goals: [...c.goals, event.data.goal] }));
    case 'AgreementAdopted': {
      const { adoptedOn, decision } = event.data;
      return { ...state, status: 'adopted', adoption: { adoptedOn, decision } };
    }
    case 'AgreementRevised': {
      const { version, effectiveFrom, reason, decision, changes } = event.data;
      const content = revisedContent(state.versions.at(-1)!.content, changes);
      return {
        ...state,
        versions: [...state.versions, { version, effectiveFrom, reason, decision, content }],
      };
    }
    case 'FollowUpRecorded': {
      const { agreementId: _id, ...record } = event.data;
      const key = followUpKey(record.assignmentId, record.dueOn);
      return { ...state, followUps: { ...state.followUps, [key]: record } };
    }
    case 'AgreementTerminated': {
      const { terminatedOn, why } = event.data;
      return { ...state, status: 'terminated', termination: { terminatedOn, why } };
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/** Drafting changes the first version: the only one there is before adoption. */
function drafting(
  state: Extract<AgreementState, Agreement>,
  change: (content: AgreementContent) => AgreementContent,
): AgreementState {
  const [first, ...rest] = state.versions;
  return { ...state, versions: [{ ...first!, content: change(first!.content) }, ...rest] };
}

/** The version in force on a day: the latest that took effect by then (the first before that). */
export function versionAsOf(agreement: Agreement, asOf: IsoDate): Version {
  return agreement.versions.filter((v) => v.effectiveFrom <= asOf).at(-1) ?? agreement.versions[0]!;
}

/**
 * The agreement's status on a day by valid time: a draft until adopted; adopted but not yet in
 * force before its validity starts; in force during it; expired after the validity of the
 * version in force; terminated from the day it was ended.
 */
export function statusAsOf(agreement: Agreement, asOf: IsoDate): AgreementStatus {
  if (agreement.termination && agreement.termination.terminatedOn <= asOf) return 'terminated';
  if (!agreement.adoption || agreement.adoption.adoptedOn > asOf) return 'draft';
  const { validFrom, validTo } = versionAsOf(agreement, asOf).content;
  if (asOf < validFrom) return 'adopted';
  return asOf > validTo ? 'expired' : 'in-force';
}

export type FollowUpStatus = 'due' | 'overdue' | 'delivered' | 'missed';

/** One follow-up the version in force schedules, with its material deadline. */
export interface ScheduledFollowUp {
  key: string;
  assignmentId: string | null;
  what: string;
  dueOn: IsoDate;
  form: 'oral' | 'written';
  note: string | null;
  to: string;
  /** When the written material is due, and to whom; null when the plan asks for none. */
  material: { dueOn: IsoDate; to: string } | null;
  /** Who owes it: the assignment's debtors, or the providers for an economic follow-up. */
  owedBy: string[];
}

/** Every follow-up a version schedules: per assignment's plan, then the economic ones. */
export function scheduledFollowUps(agreement: Agreement, content: AgreementContent) {
  const providers = agreement.parties
    .filter((p) => p.role === 'provider')
    .map((p) => p.organisationId);
  const subjects = [
    ...content.assignments.map((a) => ({
      id: a.assignmentId,
      plan: a.followUps,
      owedBy: a.owedBy,
    })),
    { id: null, plan: content.economicFollowUps, owedBy: providers },
  ];
  const scheduled: ScheduledFollowUp[] = subjects.flatMap(({ id, plan, owedBy }) =>
    plan.flatMap((row) =>
      row.dates.map((date) => ({
        key: followUpKey(id, date.on),
        assignmentId: id,
        what: row.what,
        dueOn: date.on,
        form: date.form,
        note: date.note,
        to: row.to,
        material: row.material && {
          dueOn: addDays(date.on, -row.material.daysBefore),
          to: row.material.to,
        },
        owedBy,
      })),
    ),
  );
  return scheduled.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
}

/**
 * A follow-up's status on a day: delivered or missed from the day recorded as such; before
 * that due on or before its date, overdue after it.
 */
export function followUpStatus(
  agreement: Agreement,
  followUp: ScheduledFollowUp,
  asOf: IsoDate,
): FollowUpStatus {
  const record = agreement.followUps[followUp.key];
  if (record && record.on <= asOf) return record.outcome;
  return asOf > followUp.dueOn ? 'overdue' : 'due';
}
