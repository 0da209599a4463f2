import { aggregateOf } from '@app/event-store';
import {
  AGREEMENT_EVENT_VERSIONS,
  EVALUATION_EVENT_VERSIONS,
  evaluationDecider,
  evaluationStream,
  validFromOfEvaluationEvent,
  INDICATOR_EVENT_VERSIONS,
  agreementDecider,
  agreementStream,
  indicatorDecider,
  indicatorStream,
  validFromOfAgreementEvent,
  validFromOfIndicatorEvent,
} from '../domain';

/** How each decider of the agreements context meets the event store. */
export const agreementAggregate = aggregateOf('agreement', {
  decider: agreementDecider,
  streamOf: agreementStream,
  validFromOf: validFromOfAgreementEvent,
  eventVersions: AGREEMENT_EVENT_VERSIONS,
});

export const indicatorAggregate = aggregateOf('indicator', {
  decider: indicatorDecider,
  streamOf: indicatorStream,
  validFromOf: validFromOfIndicatorEvent,
  eventVersions: INDICATOR_EVENT_VERSIONS,
});

export const evaluationAggregate = aggregateOf('evaluation', {
  decider: evaluationDecider,
  streamOf: evaluationStream,
  validFromOf: validFromOfEvaluationEvent,
  eventVersions: EVALUATION_EVENT_VERSIONS,
});
