import type { RecordsRegime } from '@app/kernel';
import { certainlyNotAfter, latest, type IsoDate, type Period } from '../shared/guards';
import type { GroupFacts } from './group.commands';
import {
  validFromOfGroupEvent,
  type Cadence,
  type GroupEvent,
  type GroupKind,
  type MemberRole,
  type Records,
} from './group.events';

export interface Membership extends Period {
  membershipId: string;
  /** Null for a seat held by a post, or for the organisation with nobody named. */
  personId: string | null;
  postId: string | null;
  organisationId: string;
  /** Role changes in date order; the first holds from the membership's start. */
  roles: { role: MemberRole; from: IsoDate }[];
}

export interface Group {
  groupId: string;
  /** Null while the group is outside any model. */
  modelId: string | null;
  kind: GroupKind;
  name: string;
  parentId: string | null;
  mandate: string | null;
  focusArea: string | null;
  cadence: Cadence | null;
  records: Records;
  /** What it kept from each date on (formation, then re-mandates that changed it), in date order. */
  regimes: RecordsRegime[];
  formedOn: IsoDate;
  /** When the current mandate took effect. */
  mandatedOn: IsoDate;
  /** When the current parent and model took effect. */
  placedOn: IsoDate;
  /** The latest date the group's history mentions (ends excepted): it cannot end before it. */
  lastChangeOn: IsoDate;
  /** By membership id: a Map, since ids as object keys would give every group its own hidden classes. */
  memberships: ReadonlyMap<string, Membership>;
}

export type GroupState =
  | { status: 'none' }
  | ({ status: 'active' } & Group)
  | ({ status: 'dissolved'; endedOn: IsoDate } & Group)
  | ({ status: 'merged'; endedOn: IsoDate; mergedInto: string } & Group);

export function evolveGroup(state: GroupState, event: GroupEvent): GroupState {
  if (event.type === 'GroupFormed') {
    const on = event.data.formedOn;
    return {
      status: 'active',
      ...event.data,
      regimes: [{ from: on, records: event.data.records }],
      mandatedOn: on,
      placedOn: on,
      lastChangeOn: on,
      memberships: new Map(),
    };
  }
  if (state.status === 'none') return state;
  // One copy of the group per event (a fold calls this for every event of a stream).
  const lastChangeOn =
    event.type === 'MembershipEnded'
      ? state.lastChangeOn
      : latest(state.lastChangeOn, validFromOfGroupEvent(event));
  switch (event.type) {
    case 'GroupReMandated': {
      const { groupId: _id, on, ...mandate } = event.data;
      const regimes =
        mandate.records === state.records
          ? state.regimes
          : [...state.regimes, { from: on, records: mandate.records }];
      return { ...state, lastChangeOn, ...mandate, regimes, mandatedOn: on };
    }
    case 'GroupMoved':
      return { ...state, lastChangeOn, parentId: event.data.parentId, placedOn: event.data.on };
    case 'GroupTransferred':
      return {
        ...state,
        lastChangeOn,
        modelId: event.data.toModelId,
        parentId: event.data.parentId,
        placedOn: event.data.on,
      };
    case 'GroupJoinedModel':
      return {
        ...state,
        lastChangeOn,
        modelId: event.data.modelId,
        parentId: null,
        placedOn: event.data.on,
      };
    case 'GroupLeftModel':
      return { ...state, lastChangeOn, modelId: null, parentId: null, placedOn: event.data.on };
    case 'GroupDissolved':
      return { ...state, lastChangeOn, status: 'dissolved', endedOn: event.data.on };
    case 'GroupMergedInto':
      return {
        ...state,
        lastChangeOn,
        status: 'merged',
        endedOn: event.data.on,
        mergedInto: event.data.targetId,
      };
    case 'GroupsAbsorbed':
      return { ...state, lastChangeOn };
    case 'MemberAdded': {
      const { membershipId, personId, organisationId, role, from } = event.data;
      const added: Membership = {
        membershipId,
        personId,
        postId: event.data.postId ?? null,
        organisationId,
        from,
        to: null,
        roles: [{ role, from }],
      };
      return {
        ...state,
        lastChangeOn,
        memberships: new Map(state.memberships).set(membershipId, added),
      };
    }
    case 'MemberRoleChanged':
      return withMembership({ ...state, lastChangeOn }, event.data.membershipId, (membership) => ({
        ...membership,
        roles: [...membership.roles, { role: event.data.role, from: event.data.on }],
      }));
    case 'MembershipEnded':
      return withMembership(state, event.data.membershipId, (membership) => ({
        ...membership,
        to: event.data.to,
      }));
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

function withMembership<S extends Group>(
  group: S,
  membershipId: string,
  change: (membership: Membership) => Membership,
): S {
  const membership = group.memberships.get(membershipId);
  if (!membership) return group;
  return {
    ...group,
    memberships: new Map(group.memberships).set(membershipId, change(membership)),
  };
}

export function currentRole(membership: Membership): { role: MemberRole; from: IsoDate } {
  return membership.roles[membership.roles.length - 1]!;
}

/** Periods in which the membership holds `role`, clipped to the membership. */
export function periodsInRole(membership: Membership, role: MemberRole): Period[] {
  return membership.roles.flatMap((held, index) => {
    const next = membership.roles[index + 1];
    const to = next ? next.from : membership.to;
    const heldBeforeEnd = to === null || !certainlyNotAfter(to, held.from);
    return held.role === role && heldBeforeEnd ? [{ from: held.from, to }] : [];
  });
}

/**
 * What the handler passes to decide when this group is someone's parent or merge target.
 * `ancestorIds` is this group's own chain upwards, which the handler walks through the parents.
 */
export function groupFactsOf(state: GroupState, ancestorIds: string[]): GroupFacts | null {
  if (state.status === 'none') return null;
  return {
    groupId: state.groupId,
    modelId: state.modelId,
    formedOn: state.formedOn,
    dissolvedOn: state.status === 'active' ? null : state.endedOn,
    ancestorIds,
  };
}
