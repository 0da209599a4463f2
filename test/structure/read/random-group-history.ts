import {
  GROUP_KINDS,
  groupDecider,
  MEMBER_ROLES,
  type GroupCommand,
  type GroupState,
} from '@app/structure';
import { DATES, run, type Append, type GroupIntent, type Stream } from './random-intents';

/** A group's history: seats, roles, ends, mandates, moves, and at times its end or transfer. */
export function groupAppends(groupId: string, history: Stream<GroupIntent>): Append[] {
  const parent = (id: string) => ({
    groupId: id,
    modelId: 'm-0',
    formedOn: DATES[0],
    dissolvedOn: null,
    ancestorIds: [],
  });
  const first: GroupCommand = {
    type: 'FormGroup',
    data: {
      groupId,
      modelId: 'm-0',
      kind: GROUP_KINDS[history.start % GROUP_KINDS.length],
      name: `Grupp ${groupId}`,
      records: 'notes',
      formedOn: history.first,
    },
  };
  const next = (intent: GroupIntent, state: GroupState): GroupCommand | undefined => {
    const seats = state.status === 'none' ? [] : [...state.memberships.keys()];
    const seat = 'seat' in intent ? seats[intent.seat % Math.max(seats.length, 1)] : undefined;
    switch (intent.kind) {
      case 'add':
        return {
          type: 'AddMember',
          data: {
            groupId,
            membershipId: `${groupId}-s${seats.length}`,
            personId: `p-${intent.who}`,
            person: { personId: `p-${intent.who}` },
            organisationId: `o-${intent.org}`,
            // Established before any date the histories use: these histories test the read side.
            organisation: {
              organisationId: `o-${intent.org}`,
              establishedOn: '1900-01-01',
              dissolvedOn: null,
            },
            role: MEMBER_ROLES[intent.role],
            from: intent.from,
            to: intent.to,
          },
        };
      case 'role':
        return seat === undefined
          ? undefined
          : {
              type: 'ChangeMemberRole',
              data: { groupId, membershipId: seat, role: MEMBER_ROLES[intent.role], on: intent.on },
            };
      case 'end':
        return seat === undefined
          ? undefined
          : { type: 'EndMembership', data: { groupId, membershipId: seat, to: intent.to } };
      case 'mandate':
        return {
          type: 'ReMandateGroup',
          data: { groupId, mandate: `Uppdrag ${intent.text}`, on: intent.on },
        };
      case 'move': {
        const parentId = intent.parent === 0 ? null : `g-parent-${intent.parent}`;
        return {
          type: 'MoveGroup',
          data: {
            groupId,
            parentId,
            parent: parentId === null ? null : parent(parentId),
            on: intent.on,
          },
        };
      }
      case 'transfer':
        return {
          type: 'TransferGroup',
          data: { groupId, toModelId: 'm-1', parentId: null, on: intent.on },
        };
      case 'dissolve':
        return { type: 'DissolveGroup', data: { groupId, on: intent.on } };
      case 'merge': {
        const target = {
          ...parent('g-target'),
          modelId: state.status === 'none' ? 'm-0' : state.modelId,
        };
        return {
          type: 'MergeGroupInto',
          data: { groupId, targetId: 'g-target', target, on: intent.on },
        };
      }
    }
  };
  return run(groupDecider, `group-${groupId}`, history, first, next as never);
}
