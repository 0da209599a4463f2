import {
  DomainError,
  duplicatesOf,
  listOf,
  optionalText,
  requireOneOf,
  requireText,
  type Decider,
  type IsoDate,
} from '@app/kernel';
import { PERIODICITIES, periodStart, type Periodicity } from './period';

const P = 'INDICATOR';

export const GENDERS = ['T', 'K', 'M'] as const;
export const SOURCE_KINDS = ['own', 'kolada'] as const;

/** What the indicator is attached to in an agreement: an assignment, or a goal's desired result. */
export interface IndicatorTarget {
  agreementId: string;
  assignmentId: string | null;
  goalId: string | null;
  /** The index of the goal's desired result it measures; null: the goal as a whole. */
  desiredResult: number | null;
}

/** What the handler found in the agreement: its assignments, and its goals with their results. */
export interface TargetFacts {
  agreementId: string;
  assignmentIds: string[];
  goals: { goalId: string; desiredResults: number }[];
}

export type IndicatorDefined = {
  type: 'IndicatorDefined';
  data: {
    indicatorId: string;
    name: string;
    source: { kind: (typeof SOURCE_KINDS)[number]; kpiId: string | null };
    unit: string;
    dividedByGender: boolean;
    periodicity: Periodicity;
    attachedTo: IndicatorTarget;
  };
};

export interface IndicatorValue {
  period: string;
  /** The municipality the value is for (Kolada's code); null: the agreement's own activity. */
  municipality: string | null;
  gender: (typeof GENDERS)[number];
  /** Null when the source has no value for the period, with its status saying why. */
  value: number | null;
  status: string | null;
  count: number | null;
}

/** Where values come from: the source, when they were retrieved, and the source document's hash. */
export interface Provenance {
  source: (typeof SOURCE_KINDS)[number];
  retrievedAt: string;
  sha256: string;
  document: string | null;
}

export type IndicatorValuesRecorded = {
  type: 'IndicatorValuesRecorded';
  data: { indicatorId: string; values: IndicatorValue[]; provenance: Provenance };
};

export type IndicatorEvent = IndicatorDefined | IndicatorValuesRecorded;

export type DefineIndicator = {
  type: 'DefineIndicator';
  data: Omit<IndicatorDefined['data'], 'source' | 'attachedTo'> & {
    source: { kind: IndicatorDefined['data']['source']['kind']; kpiId?: string | null };
    attachedTo: Partial<IndicatorTarget> & { agreementId: string };
    targetFacts: TargetFacts | null;
  };
};

export type RecordIndicatorValues = {
  type: 'RecordIndicatorValues';
  data: IndicatorValuesRecorded['data'];
};

export type IndicatorCommand = DefineIndicator | RecordIndicatorValues;

export type IndicatorState =
  { status: 'none' } | ({ status: 'defined' } & IndicatorDefined['data']);

export const indicatorStream = (indicatorId: string) => `indicator-${indicatorId}`;

export const INDICATOR_EVENT_VERSIONS: Record<IndicatorEvent['type'], number> = {
  IndicatorDefined: 1,
  IndicatorValuesRecorded: 1,
};

/** A definition holds from when it was made; values from the day they were retrieved. */
export function validFromOfIndicatorEvent(event: IndicatorEvent): IsoDate | undefined {
  return event.type === 'IndicatorValuesRecorded'
    ? event.data.provenance.retrievedAt.slice(0, 10)
    : undefined;
}

/** An indicator: what it measures, from which source, and its values per period over time. */
export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  initialState: { status: 'none' },
  evolve: (state, event) =>
    event.type === 'IndicatorDefined' ? { status: 'defined', ...event.data } : state,
  decide(command, state) {
    if (command.type === 'DefineIndicator') return [define(command, state)];
    if (state.status === 'none') {
      throw new DomainError(`${P}.NOT_FOUND`, 'No such indicator', 'not-found');
    }
    return [record(command, state)];
  },
};

function define(command: DefineIndicator, state: IndicatorState): IndicatorEvent {
  if (state.status !== 'none') {
    throw new DomainError(`${P}.ALREADY_DEFINED`, 'The indicator exists', 'conflict');
  }
  const data = command.data;
  const kind = requireOneOf(P, 'sourceKind', SOURCE_KINDS, data.source?.kind);
  const kpiId = kind === 'kolada' ? requireText(P, 'kpiId', data.source.kpiId) : null;
  if (typeof data.dividedByGender !== 'boolean') {
    throw new DomainError(`${P}.INVALID_DIVIDED_BY_GENDER`, 'true or false', 'invalid');
  }
  return {
    type: 'IndicatorDefined',
    data: {
      indicatorId: requireText(P, 'indicatorId', data.indicatorId),
      name: requireText(P, 'name', data.name),
      source: { kind, kpiId },
      unit: requireText(P, 'unit', data.unit),
      dividedByGender: data.dividedByGender,
      periodicity: requireOneOf(P, 'periodicity', PERIODICITIES, data.periodicity),
      attachedTo: targetOf(data.attachedTo, data.targetFacts),
    },
  };
}

/** Attached to an assignment or a goal (and one of its desired results) the agreement has. */
function targetOf(target: DefineIndicator['data']['attachedTo'], facts: TargetFacts | null) {
  const agreementId = requireText(P, 'agreementId', target?.agreementId);
  const assignmentId = optionalText(target?.assignmentId);
  const goalId = optionalText(target?.goalId);
  const desiredResult = target?.desiredResult ?? null;
  const notFound = () =>
    new DomainError(`${P}.TARGET_NOT_FOUND`, 'The agreement has no such part', 'invalid', {
      agreementId,
      assignmentId,
      goalId,
      desiredResult,
    });
  if (!facts || facts.agreementId !== agreementId) throw notFound();
  if ((assignmentId === null) === (goalId === null)) {
    throw new DomainError(
      `${P}.TARGET_AMBIGUOUS`,
      'An indicator follows either an assignment or a goal',
      'invalid',
    );
  }
  if (assignmentId !== null && !facts.assignmentIds.includes(assignmentId)) throw notFound();
  if (goalId !== null) {
    const goal = facts.goals.find((g) => g.goalId === goalId);
    if (!goal) throw notFound();
    if (
      desiredResult !== null &&
      (!Number.isInteger(desiredResult) ||
        desiredResult < 0 ||
        desiredResult >= goal.desiredResults)
    ) {
      throw notFound();
    }
  }
  return {
    agreementId,
    assignmentId,
    goalId,
    desiredResult: goalId === null ? null : desiredResult,
  };
}

const SHA256 = /^[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Values only for periods that exist (by the indicator's periodicity) and have begun by the
 * time they were retrieved; split by gender only where the indicator is; each period, place
 * and gender once per recording; from the indicator's own kind of source, with its hash.
 */
function record(command: RecordIndicatorValues, state: IndicatorState & { status: 'defined' }) {
  const data = command.data;
  const provenance = data.provenance;
  const source = requireOneOf(P, 'provenanceSource', SOURCE_KINDS, provenance?.source);
  if (source !== state.source.kind) {
    throw new DomainError(
      `${P}.SOURCE_MISMATCH`,
      `The indicator's values come from ${state.source.kind}`,
      'invalid',
    );
  }
  if (typeof provenance.retrievedAt !== 'string' || !TIMESTAMP.test(provenance.retrievedAt)) {
    throw new DomainError(`${P}.INVALID_RETRIEVED_AT`, 'A timestamp with its zone', 'invalid');
  }
  if (typeof provenance.sha256 !== 'string' || !SHA256.test(provenance.sha256)) {
    throw new DomainError(`${P}.INVALID_SHA256`, 'The SHA-256 in lower-case hex', 'invalid');
  }
  const retrievedOn = provenance.retrievedAt.slice(0, 10);
  const values = listOf<IndicatorValue>(P, 'values', data.values).map((v) => {
    const start = periodStart(state.periodicity, v?.period);
    if (start === null || start > retrievedOn) {
      throw new DomainError(
        `${P}.PERIOD_NOT_FOUND`,
        `No ${state.periodicity} ${String(v?.period)} had begun by ${retrievedOn}`,
        'invalid',
        { period: v?.period, periodicity: state.periodicity },
      );
    }
    const gender = requireOneOf(P, 'gender', GENDERS, v.gender);
    if (gender !== 'T' && !state.dividedByGender) {
      throw new DomainError(
        `${P}.NOT_DIVIDED_BY_GENDER`,
        'This indicator has totals only',
        'invalid',
      );
    }
    return {
      period: v.period,
      municipality: optionalText(v.municipality),
      gender,
      value: numberOrNull('value', v.value),
      status: optionalText(v.status),
      count: numberOrNull('count', v.count),
    };
  });
  if (values.length === 0) {
    throw new DomainError(`${P}.VALUES_REQUIRED`, 'At least one value', 'invalid');
  }
  const repeated = duplicatesOf(values.map((v) => `${v.period}/${v.municipality}/${v.gender}`));
  if (repeated.length > 0) {
    throw new DomainError(`${P}.VALUE_REPEATED`, 'Each period and gender once', 'invalid', {
      repeated,
    });
  }
  return {
    type: 'IndicatorValuesRecorded' as const,
    data: {
      indicatorId: state.indicatorId,
      values,
      provenance: {
        source,
        retrievedAt: provenance.retrievedAt,
        sha256: provenance.sha256,
        document: optionalText(provenance.document),
      },
    },
  };
}

function numberOrNull(field: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError(`${P}.INVALID_${field.toUpperCase()}`, `${field} is a number`, 'invalid');
  }
  return value;
}
