import {
  certaintyOfAll,
  earliestDay,
  latestDay,
  type Certainty,
  type DateAsGiven,
} from '@app/kernel';
import { addDays, type IsoDate } from '../shared/calendar';
import type { AgreementContent, DecisionRef, Party } from './agreement.content';
import type { AgreementEvent, FollowUpRecorded } from './agreement.events';
import { revisedContent } from './revision';

export interface Version {
  version: number;
  effectiveFrom: DateAsGiven;
  reason: string | null;
  decision: DecisionRef | null;
  content: AgreementContent;
}

export type FollowUpRecord = Omit<FollowUpRecorded['data'], 'agreementId'>;

export interface Agreement {
  agreementId: string;
  parties: Party[];
  draftedOn: DateAsGiven;
  adoption: { adoptedOn: DateAsGiven; decision: DecisionRef } | null;
  termination: { terminatedOn: DateAsGiven; why: string } | null;
  /** Version 1 is the agreement as drafted and adopted; each revision adds one from its date. */
  versions: Version[];
  /** Recorded follow-ups by followUpKey. */
  followUps: Record<string, FollowUpRecord>;
}

export type AgreementState =
  { status: 'none' } | ({ status: 'draft' | 'adopted' | 'terminated' } & Agreement);

export type AgreementStatus = 'draft' | 'adopted' | 'in-force' | 'expired' | 'terminated';

/** A scheduled follow-up is known by what it follows up and its date. */
export const followUpKey = (assignmentId: string | null, dueOn: DateAsGiven): string =>
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

/**
 * The version in force on a day: the latest that took effect by then (the first before that).
 * A revision known to the month or year is placed at its first possible day, as every start is.
 */
export function versionAsOf(agreement: Agreement, asOf: IsoDate): Version {
  return (
    agreement.versions.filter((v) => earliestDay(v.effectiveFrom) <= asOf).at(-1) ??
    agreement.versions[0]!
  );
}

/**
 * Whether the version in force on `asOf` is certainly the one `versionAsOf` gives: uncertain
 * while a revision known to the month or year may or may not have taken effect.
 */
export const versionCertainty = (agreement: Agreement, asOf: IsoDate): Certainty =>
  certaintyOfAll(
    asOf,
    agreement.versions.map((v) => v.effectiveFrom),
  );

/**
 * The agreement's status on a day by valid time: a draft until adopted; adopted but not yet in
 * force before its validity starts; in force during it; expired after the validity of the
 * version in force; terminated from the day it was ended. Dates as the source gives them
 * ("signed 2019, valid to 2022") place a start (adoption, validity, revision) at its first
 * possible day and an end (validity's last day, termination) at its last possible day, so a
 * status is shown from the first day it may hold; `agreementCertainty` says whether it surely does.
 */
export function statusAsOf(agreement: Agreement, asOf: IsoDate): AgreementStatus {
  const { adoption, termination } = agreement;
  if (termination && latestDay(termination.terminatedOn) <= asOf) return 'terminated';
  if (!adoption || earliestDay(adoption.adoptedOn) > asOf) return 'draft';
  const { validFrom, validTo } = versionAsOf(agreement, asOf).content;
  if (asOf < earliestDay(validFrom)) return 'adopted';
  return asOf > latestDay(validTo) ? 'expired' : 'in-force';
}

/**
 * Whether the status on `asOf` is certain, or rests on a date that may or may not have come
 * (adopted "2019" read on 2019-06-01; valid to "2022" read on 2022-06-01). The validity's end is
 * its last day in force: undecided after its first possible day, up to its last.
 */
export function agreementCertainty(agreement: Agreement, asOf: IsoDate): Certainty {
  const { validFrom, validTo } = versionAsOf(agreement, asOf).content;
  const starts = [
    agreement.adoption?.adoptedOn ?? null,
    agreement.termination?.terminatedOn ?? null,
    validFrom,
  ];
  const endUndecided = earliestDay(validTo) < asOf && asOf <= latestDay(validTo);
  const undecided =
    endUndecided ||
    certaintyOfAll(asOf, starts) === 'uncertain' ||
    versionCertainty(agreement, asOf) === 'uncertain';
  return undecided ? 'uncertain' : 'certain';
}

const PROGRESSION: Record<AgreementStatus, number> = {
  draft: 0,
  adopted: 1,
  'in-force': 2,
  expired: 3,
  terminated: 3,
};

/**
 * Whether the agreement may be in force on a date as given: on one of its possible days, by the
 * placements of statusAsOf (which give the longest time in force the dates allow). Rules that
 * need the agreement in force (a revision, a termination) refuse only when it certainly is not.
 */
export function mayBeInForce(agreement: Agreement, on: DateAsGiven): boolean {
  const first = PROGRESSION[statusAsOf(agreement, earliestDay(on))];
  const last = PROGRESSION[statusAsOf(agreement, latestDay(on))];
  return first <= PROGRESSION['in-force'] && last >= PROGRESSION['in-force'];
}

export type FollowUpStatus = 'due' | 'overdue' | 'delivered' | 'missed';

/** One follow-up the version in force schedules, with its material deadline. */
export interface ScheduledFollowUp {
  key: string;
  assignmentId: string | null;
  what: string;
  /** As the plan gives it; a month or year is due at its end. */
  dueOn: DateAsGiven;
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
          dueOn: addDays(latestDay(date.on), -row.material.daysBefore),
          to: row.material.to,
        },
        owedBy,
      })),
    ),
  );
  return scheduled.sort(
    (a, b) => latestDay(a.dueOn).localeCompare(latestDay(b.dueOn)) || a.key.localeCompare(b.key),
  );
}

/**
 * A follow-up's status on a day: delivered or missed from the day recorded as such (a record
 * known to the month or year from its first possible day); before that due on or before its
 * date, overdue after it. A date known to the month or year is due at its end ("2025-06":
 * overdue from 2025-07-01), as an assignment's or an inquiry's is.
 */
export function followUpStatus(
  agreement: Agreement,
  followUp: ScheduledFollowUp,
  asOf: IsoDate,
): FollowUpStatus {
  const record = recordedBy(agreement, followUp, asOf);
  if (record) return record.outcome;
  return asOf > latestDay(followUp.dueOn) ? 'overdue' : 'due';
}

/** The delivery or miss recorded for the follow-up, if it may have happened by `asOf`. */
export function recordedBy(
  agreement: Agreement,
  followUp: ScheduledFollowUp,
  asOf: IsoDate,
): FollowUpRecord | null {
  const record = agreement.followUps[followUp.key];
  return record && earliestDay(record.on) <= asOf ? record : null;
}

/**
 * Whether a follow-up's status on `asOf` is certain: uncertain while the day it was delivered
 * or found missed may or may not have come. The due date adds none: it is due at its end.
 */
export const followUpCertainty = (
  agreement: Agreement,
  followUp: ScheduledFollowUp,
  asOf: IsoDate,
): Certainty => certaintyOfAll(asOf, [agreement.followUps[followUp.key]?.on ?? null]);
