import {
  currentRole,
  groupDecider,
  modelDecider,
  organisationDecider,
  validFromOfGroupEvent,
  validFromOfModelEvent,
  validFromOfOrganisationEvent,
  type GroupEvent,
  type GroupState,
  type ModelEvent,
  type ModelState,
  type OrganisationEvent,
  type OrganisationState,
} from '@app/structure';
import type { Append } from './random-histories';

/**
 * The reference the bitemporal read models must agree with: replay. "Known at T" is the events
 * recorded by T; "as of D" is those of them dated by D, folded in stream order with the
 * deciders' own evolve. What is known of the whole life (when a seat or a group ends) is the
 * fold of everything known at T.
 */
export interface Slice {
  asOf: string;
  knownAt: string | null;
}

function knownEvents<E>(appends: readonly Append[], stream: string, knownAt: string | null): E[] {
  return appends
    .filter((append) => append.stream === stream)
    .filter((append) => knownAt === null || Date.parse(append.recordedAt) <= Date.parse(knownAt))
    .flatMap((append) => append.events as E[]);
}

function replay<E, S>(
  evolve: (state: S, event: E) => S,
  initial: S,
  validFrom: (event: E) => string,
  events: readonly E[],
  asOf: string,
) {
  const at = events.filter((event) => validFrom(event) <= asOf).reduce(evolve, initial);
  const known = events.reduce(evolve, initial);
  return { at, known };
}

export function expectedGroup(appends: readonly Append[], groupId: string, slice: Slice) {
  const events = knownEvents<GroupEvent>(appends, `group-${groupId}`, slice.knownAt);
  const { at, known } = replay<GroupEvent, GroupState>(
    groupDecider.evolve,
    groupDecider.initialState,
    validFromOfGroupEvent,
    events,
    slice.asOf,
  );
  if (at.status === 'none' || known.status === 'none') return { group: undefined, members: [] };
  const members = [...at.memberships.values()]
    .filter((seat) => seat.from <= slice.asOf && (seat.to === null || slice.asOf < seat.to))
    .map((seat) => ({
      membershipId: seat.membershipId,
      personId: seat.personId,
      organisationId: seat.organisationId,
      role: currentRole(seat).role,
      from: seat.from,
      to: known.memberships.get(seat.membershipId)?.to ?? null,
    }));
  return {
    group: {
      status: at.status,
      modelId: at.modelId,
      name: at.name,
      parentId: at.parentId,
      mandate: at.mandate,
      records: at.records,
      formedOn: at.formedOn,
      endedOn: known.status === 'active' ? null : known.endedOn,
      mergedInto: known.status === 'merged' ? known.mergedInto : null,
    },
    members: sortBy(members, (member) => member.membershipId),
  };
}

export function expectedModel(appends: readonly Append[], modelId: string, slice: Slice) {
  const events = knownEvents<ModelEvent>(appends, `model-${modelId}`, slice.knownAt);
  const stateOn = (asOf: string) =>
    replay<ModelEvent, ModelState>(
      modelDecider.evolve,
      modelDecider.initialState,
      validFromOfModelEvent,
      events,
      asOf,
    );
  const { at, known } = stateOn(slice.asOf);
  if (at.status === 'none') return { model: undefined, participants: [] };
  const ended = known.status === 'replaced' || known.status === 'retired' ? known : null;
  const takingPart = (state: ModelState, on: string) =>
    state.status === 'none'
      ? []
      : Object.entries(state.participants).flatMap(([organisationId, periods]) =>
          periods
            .filter((period) => period.from <= on && (period.to === null || on < period.to))
            .map((period) => ({ organisationId, from: period.from })),
        );
  // Until when each participation lasts: the first later date on which replay no longer shows it.
  const later = [...new Set(events.map(validFromOfModelEvent))]
    .filter((day) => day > slice.asOf)
    .sort();
  const participants = takingPart(at, slice.asOf).map((participant) => ({
    ...participant,
    to:
      later.find(
        (day) =>
          !takingPart(stateOn(day).at, day).some(
            (other) =>
              other.organisationId === participant.organisationId &&
              other.from === participant.from,
          ),
      ) ?? null,
  }));
  return {
    model: {
      name: at.name,
      purpose: at.purpose,
      principles: at.principles,
      status: at.status,
      establishedOn: at.establishedOn,
      amendedOn: at.amendedOn,
      endedOn: ended ? ended.endedOn : null,
      successorId: ended?.status === 'replaced' ? ended.successorId : null,
    },
    participants: sortBy(participants, (participant) => participant.organisationId),
  };
}

export function expectedOrganisation(
  appends: readonly Append[],
  organisationId: string,
  slice: Slice,
) {
  const events = knownEvents<OrganisationEvent>(
    appends,
    `organisation-${organisationId}`,
    slice.knownAt,
  );
  const { at, known } = replay<OrganisationEvent, OrganisationState>(
    organisationDecider.evolve,
    organisationDecider.initialState,
    validFromOfOrganisationEvent,
    events,
    slice.asOf,
  );
  if (at.status === 'none' || known.status === 'none') return undefined;
  return {
    name: at.name,
    shortName: at.shortName,
    status: at.status,
    dissolvedOn: known.dissolvedOn,
  };
}

export function sortBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}
