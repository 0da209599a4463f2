import type { Records } from '@app/kernel';
import type { IsoDate } from '../shared/guards';

export const GROUP_KINDS = [
  'strategic-steering',
  'tactical-steering',
  'steering',
  'coordination',
  'working',
  'operational',
  'network',
  'forum',
  'team',
  'working-committee',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const MEMBER_ROLES = [
  'chair',
  'vice-chair',
  'secretary',
  'member',
  'deputy',
  'co-opted',
  'convener',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Boards keep minutes; officials' groups keep notes (the kernel says what each means). */
export { RECORDS, type Records } from '@app/kernel';

/**
 * What a group keeps when forming it does not say: a working committee (a board's arbetsutskott)
 * keeps minutes, like its board; steering, coordination, working and operational groups,
 * networks, forums and teams are officials' groups and keep notes (DOMAIN.md, "Records").
 */
export function recordsKeptBy(kind: GroupKind): Records {
  return kind === 'working-committee' ? 'minutes' : 'notes';
}

/** The agreed meeting interval, e.g. every 4 to 6 weeks. */
export interface IntervalCadence {
  minWeeks: number;
  maxWeeks: number;
}

/** Terms of the school year (VT: January-June, HT: August-December), or the calendar year. */
export const CADENCE_PERIODS = ['term', 'year'] as const;
export type CadencePeriod = (typeof CADENCE_PERIODS)[number];

/**
 * What a cadence may say: an interval of 1 to 52 weeks (a year), and 1 to 52 meetings per
 * period. The rule (group.rules.ts) and the request's validation both read these.
 */
export const CADENCE_LIMITS = { maxWeeks: 52, maxCount: 52 } as const;

/** "Twice per term", "eight meetings a year": a number of meetings in each period. */
export interface CountCadence {
  count: number;
  per: CadencePeriod;
}

/** How often a body agreed to meet, as people state it. Null: it books meetings as needed. */
export type Cadence = IntervalCadence | CountCadence;

export const isCountCadence = (cadence: Cadence): cadence is CountCadence => 'per' in cadence;

export type GroupFormed = {
  type: 'GroupFormed';
  data: {
    groupId: string;
    /** Null: formed outside any model (a network or forum that a model may name later). */
    modelId: string | null;
    kind: GroupKind;
    name: string;
    parentId: string | null;
    mandate: string | null;
    focusArea: string | null;
    cadence: Cadence | null;
    records: Records;
    formedOn: IsoDate;
  };
};

/** The whole mandate as it holds from `on`, not a patch: a reader never merges versions. */
export type GroupReMandated = {
  type: 'GroupReMandated';
  data: {
    groupId: string;
    mandate: string;
    focusArea: string | null;
    cadence: Cadence | null;
    records: Records;
    on: IsoDate;
  };
};

export type GroupMoved = {
  type: 'GroupMoved';
  data: { groupId: string; fromParentId: string | null; parentId: string | null; on: IsoDate };
};

export type GroupDissolved = {
  type: 'GroupDissolved';
  data: { groupId: string; on: IsoDate; cause: 'decision' | 'model-replaced' };
};

export type GroupTransferred = {
  type: 'GroupTransferred';
  data: {
    groupId: string;
    fromModelId: string;
    toModelId: string;
    parentId: string | null;
    on: IsoDate;
  };
};

/** A group outside any model joins one: the model's structure shows it from `on`, at top level. */
export type GroupJoinedModel = {
  type: 'GroupJoinedModel';
  data: { groupId: string; modelId: string; on: IsoDate };
};

/** The group goes on outside any model from `on` (exclusive end of its time in the model). */
export type GroupLeftModel = {
  type: 'GroupLeftModel';
  data: { groupId: string; modelId: string; on: IsoDate };
};

/** On each source of a merge: it ends here, and its open memberships end with it. */
export type GroupMergedInto = {
  type: 'GroupMergedInto';
  data: { groupId: string; targetId: string; on: IsoDate };
};

/** On the target of a merge, which lives on (or was formed for the merge the same day). */
export type GroupsAbsorbed = {
  type: 'GroupsAbsorbed';
  data: { groupId: string; sourceIds: string[]; on: IsoDate };
};

/**
 * People are referenced by id only: their names are personal data, kept outside the events. A
 * seat is held by a person, by a post (whoever holds it on a date), or for the organisation with
 * nobody named: `personId` and `postId` null. Events recorded before posts have no `postId`.
 */
export type MemberAdded = {
  type: 'MemberAdded';
  data: {
    groupId: string;
    membershipId: string;
    personId: string | null;
    postId?: string | null;
    organisationId: string;
    role: MemberRole;
    from: IsoDate;
  };
};

export type MemberRoleChanged = {
  type: 'MemberRoleChanged';
  data: { groupId: string; membershipId: string; role: MemberRole; on: IsoDate };
};

/** `to` is exclusive: the first day the person no longer holds the seat. */
export type MembershipEnded = {
  type: 'MembershipEnded';
  data: {
    groupId: string;
    membershipId: string;
    to: IsoDate;
    cause: 'ended' | 'group-dissolved' | 'group-merged';
  };
};

export type GroupEvent =
  | GroupFormed
  | GroupReMandated
  | GroupMoved
  | GroupDissolved
  | GroupTransferred
  | GroupJoinedModel
  | GroupLeftModel
  | GroupMergedInto
  | GroupsAbsorbed
  | MemberAdded
  | MemberRoleChanged
  | MembershipEnded;

export const groupStream = (groupId: string): string => `group-${groupId}`;

export function validFromOfGroupEvent(event: GroupEvent): IsoDate {
  switch (event.type) {
    case 'GroupFormed':
      return event.data.formedOn;
    case 'MemberAdded':
      return event.data.from;
    case 'MembershipEnded':
      return event.data.to;
    case 'GroupReMandated':
    case 'GroupMoved':
    case 'GroupDissolved':
    case 'GroupTransferred':
    case 'GroupJoinedModel':
    case 'GroupLeftModel':
    case 'GroupMergedInto':
    case 'GroupsAbsorbed':
    case 'MemberRoleChanged':
      return event.data.on;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const GROUP_EVENT_VERSIONS: Record<GroupEvent['type'], number> = {
  GroupFormed: 1,
  GroupReMandated: 1,
  GroupMoved: 1,
  GroupDissolved: 1,
  GroupTransferred: 1,
  GroupJoinedModel: 1,
  GroupLeftModel: 1,
  GroupMergedInto: 1,
  GroupsAbsorbed: 1,
  MemberAdded: 1,
  MemberRoleChanged: 1,
  MembershipEnded: 1,
};
