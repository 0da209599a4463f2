import type { Aggregate } from '@app/event-store';
import {
  CALLER_EVENT_VERSIONS,
  callerDecider,
  callerStream,
  validFromOfCallerEvent,
  type CallerCommand,
  type CallerEvent,
  type CallerState,
  GROUP_EVENT_VERSIONS,
  MODEL_EVENT_VERSIONS,
  ORGANISATION_EVENT_VERSIONS,
  PERSON_EVENT_VERSIONS,
  groupDecider,
  groupStream,
  modelDecider,
  modelStream,
  organisationDecider,
  organisationStream,
  personDecider,
  personStream,
  validFromOfGroupEvent,
  validFromOfModelEvent,
  validFromOfOrganisationEvent,
  validFromOfPersonEvent,
  type GroupCommand,
  type GroupEvent,
  type GroupState,
  type ModelCommand,
  type ModelEvent,
  type ModelState,
  type OrganisationCommand,
  type OrganisationEvent,
  type OrganisationState,
  type PersonCommand,
  type PersonEvent,
  type PersonState,
} from '../domain';

/** How each decider of the structure meets the event store: its stream, valid dates and versions. */
export const organisationAggregate: Aggregate<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState
> = {
  name: 'organisation',
  decider: organisationDecider,
  streamOf: organisationStream,
  validFromOf: validFromOfOrganisationEvent,
  schemaVersionOf: (type) => ORGANISATION_EVENT_VERSIONS[type],
};

export const personAggregate: Aggregate<PersonCommand, PersonEvent, PersonState> = {
  name: 'person',
  decider: personDecider,
  streamOf: personStream,
  validFromOf: validFromOfPersonEvent,
  schemaVersionOf: (type) => PERSON_EVENT_VERSIONS[type],
};

/** A caller's erasure: the stream that records it (callers have no other). */
export const callerAggregate: Aggregate<CallerCommand, CallerEvent, CallerState> = {
  name: 'caller',
  decider: callerDecider,
  streamOf: callerStream,
  validFromOf: validFromOfCallerEvent,
  schemaVersionOf: (type) => CALLER_EVENT_VERSIONS[type],
};

export const modelAggregate: Aggregate<ModelCommand, ModelEvent, ModelState> = {
  name: 'model',
  decider: modelDecider,
  streamOf: modelStream,
  validFromOf: validFromOfModelEvent,
  schemaVersionOf: (type) => MODEL_EVENT_VERSIONS[type],
};

export const groupAggregate: Aggregate<GroupCommand, GroupEvent, GroupState> = {
  name: 'group',
  decider: groupDecider,
  streamOf: groupStream,
  validFromOf: validFromOfGroupEvent,
  schemaVersionOf: (type) => GROUP_EVENT_VERSIONS[type],
};

/** Memberships live in their group's stream; the name only keeps their derived ids apart. */
export const membershipIds = (groupId: string) => ({ name: `membership:${groupId}` });
