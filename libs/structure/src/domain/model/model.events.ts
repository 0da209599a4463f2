import type { IsoDate } from '../shared/guards';

/**
 * The decision that adopted or amended a model: a case number, a minuted item, or — for models
 * the heads of administration agreed on without a minuted decision — a description of it.
 */
export interface Adoption {
  caseNumber: string | null;
  meetingId: string | null;
  /** The item as the minutes number it, e.g. "§ 42/23". */
  item: string | null;
  description: string | null;
}

/** What a replacement does with one group of the old model; the parent is the one it gets in the successor. */
export type GroupDisposition =
  | { groupId: string; action: 'transfer'; parentId: string | null }
  | { groupId: string; action: 'dissolve' };

export type ModelEstablished = {
  type: 'ModelEstablished';
  data: {
    modelId: string;
    name: string;
    purpose: string;
    participantIds: string[];
    principles: string[];
    focusAreas: string[];
    adoptedBy: Adoption;
    establishedOn: IsoDate;
    predecessorId: string | null;
  };
};

export type ParticipantAdded = {
  type: 'ParticipantAdded';
  data: { modelId: string; organisationId: string; from: IsoDate };
};

export type ParticipantLeft = {
  type: 'ParticipantLeft';
  data: { modelId: string; organisationId: string; on: IsoDate };
};

/** Only the fields that changed, each with its whole new value. */
export type ModelAmended = {
  type: 'ModelAmended';
  data: {
    modelId: string;
    changes: { name?: string; purpose?: string; principles?: string[]; focusAreas?: string[] };
    decidedBy: Adoption | null;
    on: IsoDate;
  };
};

/**
 * The model's own roster of groups: a replacement must say what happens to every one of them,
 * and the model can only know "every one" from its own stream (see model.replacement.ts).
 */
export type GroupAttached = {
  type: 'GroupAttached';
  data: { modelId: string; groupId: string; on: IsoDate; fromModelId: string | null };
};

export type GroupDetached = {
  type: 'GroupDetached';
  data: { modelId: string; groupId: string; on: IsoDate; cause: 'dissolved' | 'merged' | 'left' };
};

/** Ends the roster too: every group it held is transferred or dissolved as `groups` says. */
export type ModelReplaced = {
  type: 'ModelReplaced';
  data: { modelId: string; successorId: string; effectiveOn: IsoDate; groups: GroupDisposition[] };
};

export type ModelRetired = {
  type: 'ModelRetired';
  data: { modelId: string; on: IsoDate };
};

export type ModelEvent =
  | ModelEstablished
  | ParticipantAdded
  | ParticipantLeft
  | ModelAmended
  | GroupAttached
  | GroupDetached
  | ModelReplaced
  | ModelRetired;

export const modelStream = (modelId: string): string => `model-${modelId}`;

export function validFromOfModelEvent(event: ModelEvent): IsoDate {
  switch (event.type) {
    case 'ModelEstablished':
      return event.data.establishedOn;
    case 'ParticipantAdded':
      return event.data.from;
    case 'ModelReplaced':
      return event.data.effectiveOn;
    case 'ParticipantLeft':
    case 'ModelAmended':
    case 'GroupAttached':
    case 'GroupDetached':
    case 'ModelRetired':
      return event.data.on;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const MODEL_EVENT_VERSIONS: Record<ModelEvent['type'], number> = {
  ModelEstablished: 1,
  ParticipantAdded: 1,
  ParticipantLeft: 1,
  ModelAmended: 1,
  GroupAttached: 1,
  GroupDetached: 1,
  ModelReplaced: 1,
  ModelRetired: 1,
};
