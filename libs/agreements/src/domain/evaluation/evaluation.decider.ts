import {
  certainlyBefore,
  DomainError,
  duplicatesOf,
  listOf,
  notPlacedAfter,
  requireDateAsGiven,
  requireOneOf,
  requireText,
  type DateAsGiven,
  type Decider,
} from '@app/kernel';

const P = 'EVALUATION';

export const SUBJECT_KINDS = ['model', 'agreement'] as const;

/**
 * How many dimensions an instrument has: a spider diagram needs at least three axes to be a
 * shape, and more than thirty is no longer readable. The rule and the request's validation both
 * read these.
 */
export const DIMENSION_LIMITS = { min: 3, max: 30 } as const;

/** The instrument: what is assessed (dimensions) and on which scale. */
export type EvaluationDefined = {
  type: 'EvaluationDefined';
  data: {
    evaluationId: string;
    name: string;
    subject: { kind: (typeof SUBJECT_KINDS)[number]; id: string };
    dimensions: { key: string; label: string }[];
    scale: { min: number; max: number };
    definedOn: DateAsGiven;
  };
};

export interface Score {
  organisationId: string;
  dimension: string;
  score: number;
}

export type RoundRecorded = {
  type: 'RoundRecorded';
  data: {
    evaluationId: string;
    round: number;
    /** As the source gives it: "hösten 2023" is recorded as 2023, or a month. */
    heldOn: DateAsGiven;
    respondents: { organisationId: string; count: number }[];
    scores: Score[];
  };
};

export type EvaluationEvent = EvaluationDefined | RoundRecorded;

export type DefineEvaluation = { type: 'DefineEvaluation'; data: EvaluationDefined['data'] };
export type RecordRound = { type: 'RecordRound'; data: Omit<RoundRecorded['data'], 'round'> };
export type EvaluationCommand = DefineEvaluation | RecordRound;

export type Evaluation = EvaluationDefined['data'] & {
  rounds: Omit<RoundRecorded['data'], 'evaluationId'>[];
};
export type EvaluationState = { status: 'none' } | ({ status: 'defined' } & Evaluation);

export const evaluationStream = (evaluationId: string) => `evaluation-${evaluationId}`;

export const EVALUATION_EVENT_VERSIONS: Record<EvaluationEvent['type'], number> = {
  EvaluationDefined: 1,
  RoundRecorded: 1,
};

export const validFromOfEvaluationEvent = (event: EvaluationEvent): DateAsGiven =>
  event.type === 'EvaluationDefined' ? event.data.definedOn : event.data.heldOn;

/**
 * A structured self-assessment of collaboration: an instrument (dimensions, a scale) and rounds
 * of scores over time, by the organisations that answered.
 */
export const evaluationDecider: Decider<EvaluationCommand, EvaluationEvent, EvaluationState> = {
  initialState: { status: 'none' },
  evolve(state, event) {
    if (event.type === 'EvaluationDefined') return { status: 'defined', ...event.data, rounds: [] };
    if (state.status === 'none') return state;
    const { evaluationId: _id, ...round } = event.data;
    return { ...state, rounds: [...state.rounds, round] };
  },
  decide(command, state) {
    if (command.type === 'DefineEvaluation') return [define(command, state)];
    if (state.status === 'none') {
      throw new DomainError(`${P}.NOT_FOUND`, 'No such evaluation', 'not-found');
    }
    return [recordRound(command, state)];
  },
};

function define(command: DefineEvaluation, state: EvaluationState): EvaluationEvent {
  if (state.status !== 'none') {
    throw new DomainError(`${P}.ALREADY_DEFINED`, 'The evaluation exists', 'conflict');
  }
  const data = command.data;
  const dimensions = listOf<{ key: string; label: string }>(P, 'dimensions', data.dimensions).map(
    (d) => ({ key: requireText(P, 'key', d?.key), label: requireText(P, 'label', d?.label) }),
  );
  if (dimensions.length < DIMENSION_LIMITS.min) {
    throw new DomainError(
      `${P}.DIMENSIONS_TOO_FEW`,
      `At least ${DIMENSION_LIMITS.min} dimensions`,
      'invalid',
    );
  }
  const repeated = duplicatesOf(dimensions.map((d) => d.key));
  if (repeated.length > 0) {
    throw new DomainError(`${P}.DIMENSION_REPEATED`, 'Each dimension once', 'invalid', {
      repeated,
    });
  }
  const { min, max } = data.scale ?? {};
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    throw new DomainError(
      `${P}.INVALID_SCALE`,
      'A scale from a lower to a higher number',
      'invalid',
    );
  }
  return {
    type: 'EvaluationDefined',
    data: {
      evaluationId: requireText(P, 'evaluationId', data.evaluationId),
      name: requireText(P, 'name', data.name),
      subject: {
        kind: requireOneOf(P, 'subjectKind', SUBJECT_KINDS, data.subject?.kind),
        id: requireText(P, 'subjectId', data.subject?.id),
      },
      dimensions,
      scale: { min, max },
      definedOn: requireDateAsGiven(P, 'definedOn', data.definedOn),
    },
  };
}

/**
 * Rounds follow one another in time; every score is on the scale, for a known dimension, by a
 * respondent. Dates as given: a round is refused only when certainly before the instrument, and
 * is placed after the last round by first possible days (two in one year keep their order).
 */
function recordRound(command: RecordRound, state: Evaluation): EvaluationEvent {
  const data = command.data;
  const heldOn = requireDateAsGiven(P, 'heldOn', data.heldOn);
  const last = state.rounds.at(-1);
  if (certainlyBefore(heldOn, state.definedOn) || (last && notPlacedAfter(heldOn, last.heldOn))) {
    throw new DomainError(
      `${P}.ROUND_OUT_OF_ORDER`,
      `A round is held after the last one (${last?.heldOn ?? state.definedOn})`,
      'invalid',
    );
  }
  const respondents = listOf<{ organisationId: string; count: number }>(
    P,
    'respondents',
    data.respondents,
  ).map((r) => ({
    organisationId: requireText(P, 'organisationId', r?.organisationId),
    count: count(r?.count),
  }));
  const listed = new Set(respondents.map((r) => r.organisationId));
  const keys = new Set(state.dimensions.map((d) => d.key));
  const scores = listOf<Score>(P, 'scores', data.scores).map((s) => {
    const organisationId = requireText(P, 'organisationId', s?.organisationId);
    if (!listed.has(organisationId)) {
      throw new DomainError(
        `${P}.RESPONDENT_NOT_LISTED`,
        'Scores come from listed respondents',
        'invalid',
        { organisationId },
      );
    }
    if (!keys.has(s.dimension)) {
      throw new DomainError(`${P}.DIMENSION_NOT_FOUND`, 'No such dimension', 'invalid', {
        dimension: s.dimension,
      });
    }
    if (typeof s.score !== 'number' || s.score < state.scale.min || s.score > state.scale.max) {
      throw new DomainError(
        `${P}.SCORE_OUT_OF_SCALE`,
        `Scores are ${state.scale.min} to ${state.scale.max}`,
        'invalid',
        { score: s.score },
      );
    }
    return { organisationId, dimension: s.dimension, score: s.score };
  });
  if (scores.length === 0)
    throw new DomainError(`${P}.SCORES_REQUIRED`, 'A round has scores', 'invalid');
  return {
    type: 'RoundRecorded',
    data: {
      evaluationId: state.evaluationId,
      round: state.rounds.length + 1,
      heldOn,
      respondents,
      scores,
    },
  };
}

function count(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new DomainError(`${P}.INVALID_COUNT`, 'A count of respondents, 1 or more', 'invalid');
  }
  return value as number;
}
