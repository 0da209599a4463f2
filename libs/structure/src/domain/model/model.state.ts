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
  /** Each organisation's latest period of participation. */
  participants: Record<string, Period>;
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
      participantIds.map((id) => [id, { from: establishedOn, to: null }]),
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
      const period = { from: event.data.from, to: null };
      return {
        ...touched,
        participants: { ...state.participants, [event.data.organisationId]: period },
      };
    }
    case 'ParticipantLeft': {
      const current = state.participants[event.data.organisationId];
      if (!current) return touched;
      const period = { ...current, to: event.data.on };
      return {
        ...touched,
        participants: { ...state.participants, [event.data.organisationId]: period },
      };
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
