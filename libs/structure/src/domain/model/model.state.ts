import { latest, type IsoDate, type Period } from '../shared/guards';
import type { SuccessorFacts } from './model.commands';
import { validFromOfModelEvent, type Adoption, type ModelEvent } from './model.events';

export interface ModelFacts {
  modelId: string;
  name: string;
  purpose: string;
  principles: string[];
  focusAreas: string[];
  adoptedBy: Adoption;
  establishedOn: IsoDate;
  predecessorId: string | null;
  /**
   * Each organisation's periods of participation, in order: one that left and joined again has
   * several, and only the last may be open. Every period stays, so that the rules (and the read
   * model, folded from this state) see when each one ended.
   */
  participants: Record<string, Period[]>;
  /** The roster: each attached group and the day it was attached. */
  groups: Record<string, IsoDate>;
  /** The date the current name, purpose, principles and focus areas took effect. */
  amendedOn: IsoDate;
  /** The latest date of anything recorded on the model: it cannot end before it. */
  lastChangeOn: IsoDate;
}

export type ModelState =
  | { status: 'none' }
  | ({ status: 'active' } & ModelFacts)
  | ({ status: 'replaced'; successorId: string; endedOn: IsoDate } & ModelFacts)
  | ({ status: 'retired'; endedOn: IsoDate } & ModelFacts);

export function evolveModel(state: ModelState, event: ModelEvent): ModelState {
  if (event.type === 'ModelEstablished') {
    const { participantIds, establishedOn, ...rest } = event.data;
    const participants = Object.fromEntries(
      participantIds.map((id) => [id, [{ from: establishedOn, to: null }]]),
    );
    return {
      status: 'active',
      ...rest,
      establishedOn,
      participants,
      groups: {},
      amendedOn: establishedOn,
      lastChangeOn: establishedOn,
    };
  }
  if (state.status === 'none') return state;
  const touched = {
    ...state,
    lastChangeOn: latest(state.lastChangeOn, validFromOfModelEvent(event)),
  };
  switch (event.type) {
    case 'ParticipantAdded': {
      const { organisationId, from } = event.data;
      const periods = [...(state.participants[organisationId] ?? []), { from, to: null }];
      return { ...touched, participants: { ...state.participants, [organisationId]: periods } };
    }
    case 'ParticipantLeft': {
      const { organisationId, on } = event.data;
      const periods = state.participants[organisationId] ?? [];
      // The one open period ends (the decider allows no other); the first, should a stream
      // recorded under older rules hold two.
      const open = periods.findIndex((period) => period.to === null);
      if (open < 0) return touched;
      const ended = periods.map((period, index) =>
        index === open ? { ...period, to: on } : period,
      );
      return { ...touched, participants: { ...state.participants, [organisationId]: ended } };
    }
    case 'ModelAmended':
      return { ...touched, ...event.data.changes, amendedOn: event.data.on };
    case 'GroupAttached':
      return { ...touched, groups: { ...state.groups, [event.data.groupId]: event.data.on } };
    case 'GroupDetached': {
      const { [event.data.groupId]: _detached, ...groups } = state.groups;
      return { ...touched, groups };
    }
    case 'ModelReplaced':
      return {
        ...touched,
        status: 'replaced',
        successorId: event.data.successorId,
        endedOn: event.data.effectiveOn,
        groups: {},
      };
    case 'ModelRetired':
      return { ...touched, status: 'retired', endedOn: event.data.on };
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/** The organisation's period that is still open, if it takes part. */
export function openPeriodOf(model: ModelFacts, organisationId: string): Period | undefined {
  return model.participants[organisationId]?.find((period) => period.to === null);
}

/** What a replacement needs to know about a model that is to be its successor. */
export function successorFactsOf(state: ModelState): SuccessorFacts | null {
  if (state.status === 'none') return null;
  return {
    modelId: state.modelId,
    status: state.status,
    establishedOn: state.establishedOn,
    groupIds: Object.keys(state.groups),
  };
}
