import { certaintyOfAll, earliestDay, latestDay, type Certainty } from '@app/kernel';
import type { IsoDate } from '../shared/calendar';
import type {
  AssignmentEvent,
  AssignmentIssued,
  AssignmentReportedBack,
  AssignmentWithdrawn,
} from './assignment.events';

export type Report = Omit<AssignmentReportedBack['data'], 'assignmentId'>;
export type Withdrawal = Omit<AssignmentWithdrawn['data'], 'assignmentId'>;

export interface Assignment extends Omit<AssignmentIssued['data'], 'dueOn'> {
  /** Due dates in the order they took effect: the issued one, then each extension's. */
  dues: { dueOn: IsoDate | null; from: IsoDate }[];
  /** The latest date in its history: nothing later may be dated before it. */
  lastChangeOn: IsoDate;
  /** Every report back in the order delivered: one, or one per debtor of a joint assignment. */
  reports: Report[];
  withdrawal: Withdrawal | null;
}

/** Reported once every debtor has reported (a report without an organisation covers them all). */
export type AssignmentState =
  { status: 'none' } | ({ status: 'open' | 'reported' | 'withdrawn' } & Assignment);

export type AssignmentStatus = 'open' | 'overdue' | 'reported' | 'withdrawn';

/** Every organisation that owes the assignment: owedBy first, then those owing it jointly. */
export function debtorsOf(assignment: Pick<Assignment, 'owedBy' | 'jointlyWith'>): string[] {
  return [assignment.owedBy, ...assignment.jointlyWith].map((debtor) => debtor.organisationId);
}

/** The debtors whose reports were delivered by `asOf` (default: ever), in debtor order. */
export function reportedBy(assignment: Assignment, asOf?: IsoDate): string[] {
  const debtors = debtorsOf(assignment);
  const reported = new Set(reportsUpTo(assignment, asOf).flatMap((r) => coveredBy(r, debtors)));
  return debtors.filter((id) => reported.has(id));
}

/** The report after which every debtor had reported, if that happened by `asOf` (default: ever). */
export function completingReport(assignment: Assignment, asOf?: IsoDate): Report | null {
  const debtors = debtorsOf(assignment);
  const reported = new Set<string>();
  for (const report of reportsUpTo(assignment, asOf)) {
    for (const id of coveredBy(report, debtors)) reported.add(id);
    if (debtors.every((id) => reported.has(id))) return report;
  }
  return null;
}

function reportsUpTo(assignment: Assignment, asOf: IsoDate | undefined): Report[] {
  // A report known to the month counts from its month's first day, as anything dated is read.
  return assignment.reports.filter(
    (report) => asOf === undefined || earliestDay(report.deliveredOn) <= asOf,
  );
}

/** A report without an organisation is for every debtor. */
function coveredBy(report: Report, debtors: string[]): string[] {
  return report.organisationId === null ? debtors : [report.organisationId];
}

export function evolveAssignment(state: AssignmentState, event: AssignmentEvent): AssignmentState {
  if (event.type === 'AssignmentIssued') {
    const { dueOn, ...issued } = event.data;
    return {
      status: 'open',
      ...issued,
      dues: [{ dueOn, from: issued.issuedOn }],
      lastChangeOn: issued.issuedOn,
      reports: [],
      withdrawal: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AssignmentReportedBack': {
      const { assignmentId: _id, ...report } = event.data;
      const reports = [...state.reports, report];
      return {
        ...state,
        status: completingReport({ ...state, reports }) ? 'reported' : 'open',
        reports,
        lastChangeOn: report.deliveredOn,
      };
    }
    case 'AssignmentExtended': {
      const { dueOn, extendedOn } = event.data;
      return {
        ...state,
        dues: [...state.dues, { dueOn, from: extendedOn }],
        lastChangeOn: extendedOn,
      };
    }
    case 'AssignmentWithdrawn': {
      const { assignmentId: _id, ...withdrawal } = event.data;
      return { ...state, status: 'withdrawn', withdrawal, lastChangeOn: withdrawal.withdrawnOn };
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/** The due date in force on a day: an extension counts from the day it was granted. */
export function dueOnAsOf(assignment: Assignment, asOf: IsoDate): IsoDate | null {
  const inForce = assignment.dues.filter((due) => earliestDay(due.from) <= asOf).at(-1);
  return (inForce ?? assignment.dues[0]!).dueOn;
}

/**
 * The assignment's status as it stood on `asOf`, by valid time: a report delivered later
 * leaves it open (or overdue) until then. A joint assignment is reported once every debtor has
 * reported; until then it is open (or overdue) and reportedBy names who has. Overdue is open
 * past the due date in force; the due date itself is still in time, and a due date known to the
 * month or year is due at its end ("2021-12": overdue from 2022-01-01). Null when it had not yet
 * been issued on that day (issued "2021": from 2021-01-01).
 */
export function statusOf(state: AssignmentState, asOf: IsoDate): AssignmentStatus | null {
  if (state.status === 'none' || asOf < earliestDay(state.issuedOn)) return null;
  if (completingReport(state, asOf)) return 'reported';
  if (state.withdrawal && earliestDay(state.withdrawal.withdrawnOn) <= asOf) return 'withdrawn';
  const dueOn = dueOnAsOf(state, asOf);
  return dueOn !== null && asOf > latestDay(dueOn) ? 'overdue' : 'open';
}

/**
 * Whether the status on `asOf` is certain: it rests on the issue, the extensions, the reports
 * and the withdrawal, each counted from its first possible day; while one of them may or may not
 * have come (issued "2023" read on 2023-06-01), the status is uncertain. The due date adds no
 * doubt: a month or year is due at its end.
 */
export function statusCertaintyOf(assignment: Assignment, asOf: IsoDate): Certainty {
  return certaintyOfAll(asOf, [
    assignment.issuedOn,
    ...assignment.dues.slice(1).map((due) => due.from),
    ...assignment.reports.map((report) => report.deliveredOn),
    assignment.withdrawal?.withdrawnOn ?? null,
  ]);
}

/**
 * Whether the completing report came by the due date in force then; null if not complete. Late
 * only when certainly late: a report "2022-01" on a due date "2022-01-15" may have been in time.
 */
export function reportedInTime(state: AssignmentState): boolean | null {
  if (state.status === 'none') return null;
  const report = completingReport(state);
  if (!report) return null;
  const dueOn = dueOnAsOf(state, earliestDay(report.deliveredOn));
  return dueOn === null || earliestDay(report.deliveredOn) <= latestDay(dueOn);
}
