import type { Aggregate } from '@app/event-store';
import {
  AGREEMENT_EVENT_VERSIONS,
  EVALUATION_EVENT_VERSIONS,
  evaluationDecider,
  evaluationStream,
  validFromOfEvaluationEvent,
  type EvaluationCommand,
  type EvaluationEvent,
  type EvaluationState,
  INDICATOR_EVENT_VERSIONS,
  agreementDecider,
  agreementStream,
  indicatorDecider,
  indicatorStream,
  validFromOfAgreementEvent,
  validFromOfIndicatorEvent,
  type AgreementCommand,
  type AgreementEvent,
  type AgreementState,
  type IndicatorCommand,
  type IndicatorEvent,
  type IndicatorState,
} from '../domain';

/** How each decider of the agreements context meets the event store. */
export const agreementAggregate: Aggregate<AgreementCommand, AgreementEvent, AgreementState> = {
  name: 'agreement',
  decider: agreementDecider,
  streamOf: agreementStream,
  validFromOf: validFromOfAgreementEvent,
  schemaVersionOf: (type) => AGREEMENT_EVENT_VERSIONS[type],
};

export const indicatorAggregate: Aggregate<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  name: 'indicator',
  decider: indicatorDecider,
  streamOf: indicatorStream,
  validFromOf: validFromOfIndicatorEvent,
  schemaVersionOf: (type) => INDICATOR_EVENT_VERSIONS[type],
};

export const evaluationAggregate: Aggregate<EvaluationCommand, EvaluationEvent, EvaluationState> = {
  name: 'evaluation',
  decider: evaluationDecider,
  streamOf: evaluationStream,
  validFromOf: validFromOfEvaluationEvent,
  schemaVersionOf: (type) => EVALUATION_EVENT_VERSIONS[type],
};
