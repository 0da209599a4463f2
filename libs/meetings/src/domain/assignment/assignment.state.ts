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
  report: Report | null;
  withdrawal: Withdrawal | null;
}

export type AssignmentState =
  { status: 'none' } | ({ status: 'open' | 'reported' | 'withdrawn' } & Assignment);

export type AssignmentStatus = 'open' | 'overdue' | 'reported' | 'withdrawn';

export function evolveAssignment(state: AssignmentState, event: AssignmentEvent): AssignmentState {
  if (event.type === 'AssignmentIssued') {
    const { dueOn, ...issued } = event.data;
    return {
      status: 'open',
      ...issued,
      dues: [{ dueOn, from: issued.issuedOn }],
      lastChangeOn: issued.issuedOn,
      report: null,
      withdrawal: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AssignmentReportedBack': {
      const { assignmentId: _id, ...report } = event.data;
      return { ...state, status: 'reported', report, lastChangeOn: report.deliveredOn };
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
  const inForce = assignment.dues.filter((due) => due.from <= asOf).at(-1);
  return (inForce ?? assignment.dues[0]!).dueOn;
}

/**
 * The assignment's status as it stood on `asOf`, by valid time: a report delivered later
 * leaves it open (or overdue) until then. Overdue is open past the due date in force; the due
 * date itself is still in time. Null when it had not yet been issued on that day.
 */
export function statusOf(state: AssignmentState, asOf: IsoDate): AssignmentStatus | null {
  if (state.status === 'none' || asOf < state.issuedOn) return null;
  if (state.report && state.report.deliveredOn <= asOf) return 'reported';
  if (state.withdrawal && state.withdrawal.withdrawnOn <= asOf) return 'withdrawn';
  const dueOn = dueOnAsOf(state, asOf);
  return dueOn !== null && asOf > dueOn ? 'overdue' : 'open';
}

/** Whether the report came by the due date in force when it was delivered; null if none yet. */
export function reportedInTime(state: AssignmentState): boolean | null {
  if (state.status === 'none' || !state.report) return null;
  const dueOn = dueOnAsOf(state, state.report.deliveredOn);
  return dueOn === null || state.report.deliveredOn <= dueOn;
}
