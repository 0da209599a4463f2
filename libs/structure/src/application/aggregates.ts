import { aggregateOf } from '@app/event-store';
import {
  CALLER_EVENT_VERSIONS,
  callerDecider,
  callerStream,
  validFromOfCallerEvent,
  GROUP_EVENT_VERSIONS,
  MODEL_EVENT_VERSIONS,
  ORGANISATION_EVENT_VERSIONS,
  PERSON_EVENT_VERSIONS,
  POST_EVENT_VERSIONS,
  groupDecider,
  groupStream,
  modelDecider,
  modelStream,
  organisationDecider,
  organisationStream,
  personDecider,
  personStream,
  postDecider,
  postStream,
  validFromOfGroupEvent,
  validFromOfModelEvent,
  validFromOfOrganisationEvent,
  validFromOfPersonEvent,
  validFromOfPostEvent,
} from '../domain';

/** How each decider of the structure meets the event store: its stream, valid dates and versions. */
export const organisationAggregate = aggregateOf('organisation', {
  decider: organisationDecider,
  streamOf: organisationStream,
  validFromOf: validFromOfOrganisationEvent,
  eventVersions: ORGANISATION_EVENT_VERSIONS,
});

export const personAggregate = aggregateOf('person', {
  decider: personDecider,
  streamOf: personStream,
  validFromOf: validFromOfPersonEvent,
  eventVersions: PERSON_EVENT_VERSIONS,
});

/** A caller's erasure: the stream that records it (callers have no other). */
export const callerAggregate = aggregateOf('caller', {
  decider: callerDecider,
  streamOf: callerStream,
  validFromOf: validFromOfCallerEvent,
  eventVersions: CALLER_EVENT_VERSIONS,
});

export const postAggregate = aggregateOf('post', {
  decider: postDecider,
  streamOf: postStream,
  validFromOf: validFromOfPostEvent,
  eventVersions: POST_EVENT_VERSIONS,
});

export const modelAggregate = aggregateOf('model', {
  decider: modelDecider,
  streamOf: modelStream,
  validFromOf: validFromOfModelEvent,
  eventVersions: MODEL_EVENT_VERSIONS,
});

export const groupAggregate = aggregateOf('group', {
  decider: groupDecider,
  streamOf: groupStream,
  validFromOf: validFromOfGroupEvent,
  eventVersions: GROUP_EVENT_VERSIONS,
});

/** Memberships live in their group's stream; the name only keeps their derived ids apart. */
export const membershipIds = (groupId: string) => ({ name: `membership:${groupId}` });
