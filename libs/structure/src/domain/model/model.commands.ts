import type { IsoDate } from '../shared/guards';
import type { OrganisationFacts } from '../shared/references';
import type { GroupDisposition } from './model.events';

export interface AdoptionInput {
  caseNumber?: string | null;
  meetingId?: string | null;
  item?: string | null;
  description?: string | null;
}

export interface EstablishModelData {
  modelId: string;
  name: string;
  purpose: string;
  participantIds: string[];
  principles?: string[];
  focusAreas?: string[];
  adoptedBy: AdoptionInput;
  establishedOn: IsoDate;
  predecessorId?: string | null;
}

/** What the handler knows about the successor of a replacement, loaded from its stream. */
export interface SuccessorFacts {
  modelId: string;
  status: 'active' | 'replaced' | 'retired';
  establishedOn: IsoDate;
  groupIds: string[];
}

/**
 * The participants as the handler found them in their own streams; an organisation named in
 * participantIds but missing here does not exist.
 */
export interface ParticipantFacts {
  participants: OrganisationFacts[];
}

export type EstablishModel = {
  type: 'EstablishModel';
  data: EstablishModelData & ParticipantFacts;
};

export type AddParticipant = {
  type: 'AddParticipant';
  data: {
    modelId: string;
    organisationId: string;
    /** Loaded from the organisation's stream; null: no such organisation. */
    organisation: OrganisationFacts | null;
    from: IsoDate;
  };
};

export type WithdrawParticipant = {
  type: 'WithdrawParticipant';
  data: { modelId: string; organisationId: string; on: IsoDate };
};

export type AmendModel = {
  type: 'AmendModel';
  data: {
    modelId: string;
    name?: string;
    purpose?: string;
    principles?: string[];
    focusAreas?: string[];
    decidedBy?: AdoptionInput | null;
    on: IsoDate;
  };
};

/** Sent by the handler that forms, transfers or merges a group, before the group's own events. */
export type AttachGroup = {
  type: 'AttachGroup';
  data: { modelId: string; groupId: string; on: IsoDate; fromModelId?: string | null };
};

export type DetachGroup = {
  type: 'DetachGroup';
  data: { modelId: string; groupId: string; on: IsoDate; cause: 'dissolved' | 'merged' | 'left' };
};

/**
 * The plan names each group's parent in the successor explicitly (null: top level);
 * decideReplacement (processes/) fills in "keep the current parent" before it gets here.
 */
export type ReplaceModel = {
  type: 'ReplaceModel';
  data: {
    modelId: string;
    successorId: string;
    successor: SuccessorFacts | null;
    effectiveOn: IsoDate;
    groups: GroupDisposition[];
  };
};

export type RetireModel = { type: 'RetireModel'; data: { modelId: string; on: IsoDate } };

export type ModelCommand =
  | EstablishModel
  | AddParticipant
  | WithdrawParticipant
  | AmendModel
  | AttachGroup
  | DetachGroup
  | ReplaceModel
  | RetireModel;
