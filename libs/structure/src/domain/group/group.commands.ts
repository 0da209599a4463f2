import type { IsoDate } from '../shared/guards';
import type { PostFacts } from '../post/post.state';
import type { OrganisationFacts, PersonFacts } from '../shared/references';
import type { Cadence, GroupKind, MemberRole, Records } from './group.events';

/**
 * What decide needs to know about another group (a parent, or a merge target), loaded by the
 * handler so that decide stays pure. `ancestorIds` runs from that group's parent to the root;
 * null facts mean the handler found no such group.
 */
export interface GroupFacts {
  groupId: string;
  modelId: string | null;
  formedOn: IsoDate;
  /** Set once the group is dissolved or merged away, whatever the date. */
  dissolvedOn: IsoDate | null;
  ancestorIds: string[];
}

export interface FormGroupData {
  groupId: string;
  /** Left out or null: the group is formed outside any model. */
  modelId?: string | null;
  kind: GroupKind;
  name: string;
  parentId?: string | null;
  parent?: GroupFacts | null;
  mandate?: string | null;
  focusArea?: string | null;
  cadence?: Cadence | null;
  /** Left out: what the kind keeps (recordsKeptBy). */
  records?: Records;
  formedOn: IsoDate;
}

export type FormGroup = { type: 'FormGroup'; data: FormGroupData };

/** Fields left out keep their value; null clears the focus area or the cadence. */
export type ReMandateGroup = {
  type: 'ReMandateGroup';
  data: {
    groupId: string;
    mandate: string;
    focusArea?: string | null;
    cadence?: Cadence | null;
    records?: Records;
    on: IsoDate;
  };
};

export type MoveGroup = {
  type: 'MoveGroup';
  data: { groupId: string; parentId: string | null; parent?: GroupFacts | null; on: IsoDate };
};

export type DissolveGroup = {
  type: 'DissolveGroup';
  data: { groupId: string; on: IsoDate; cause?: 'decision' | 'model-replaced' };
};

export type TransferGroup = {
  type: 'TransferGroup';
  data: {
    groupId: string;
    toModelId: string;
    parentId: string | null;
    parent?: GroupFacts | null;
    on: IsoDate;
  };
};

export type JoinModel = {
  type: 'JoinModel';
  data: { groupId: string; modelId: string; on: IsoDate };
};

export type LeaveModel = {
  type: 'LeaveModel';
  data: { groupId: string; on: IsoDate };
};

/** The source side of a merge (see processes/merge.ts for the whole). */
export type MergeGroupInto = {
  type: 'MergeGroupInto';
  data: { groupId: string; targetId: string; target: GroupFacts | null; on: IsoDate };
};

/** The target side of a merge. */
export type AbsorbGroups = {
  type: 'AbsorbGroups';
  data: { groupId: string; sourceIds: string[]; on: IsoDate };
};

export type AddMember = {
  type: 'AddMember';
  data: {
    groupId: string;
    membershipId: string;
    /** Who holds the seat: a person, or a post (its holder on each date), or neither: a seat
     * held for the organisation with nobody named. */
    personId?: string | null;
    /** Loaded from the person's stream; null: no such person. */
    person?: PersonFacts | null;
    postId?: string | null;
    /** Loaded from the post's stream; null: no such post. */
    post?: PostFacts | null;
    /** For a person's seat: the posts holding seats in the group, from their own streams. */
    seatedPosts?: readonly PostFacts[];
    /** Left out for a post's seat: the post's organisation. */
    organisationId?: string | null;
    /** Loaded from the organisation's stream; null: no such organisation. */
    organisation: OrganisationFacts | null;
    role: MemberRole;
    from: IsoDate;
    /** For a seat recorded late that has already ended: exclusive, like EndMembership's. */
    to?: IsoDate | null;
  };
};

export type ChangeMemberRole = {
  type: 'ChangeMemberRole';
  data: { groupId: string; membershipId: string; role: MemberRole; on: IsoDate };
};

export type EndMembership = {
  type: 'EndMembership';
  data: { groupId: string; membershipId: string; to: IsoDate };
};

export type MembershipCommand = AddMember | ChangeMemberRole | EndMembership;

export type GroupCommand =
  | FormGroup
  | ReMandateGroup
  | MoveGroup
  | DissolveGroup
  | TransferGroup
  | JoinModel
  | LeaveModel
  | MergeGroupInto
  | AbsorbGroups
  | MembershipCommand;
