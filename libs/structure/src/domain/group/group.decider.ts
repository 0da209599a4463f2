import { DomainError, type Decider } from '@app/kernel';
import {
  optionalText,
  requireDateAsGiven,
  requireId,
  requireOneOf,
  requireText,
} from '../shared/guards';
import type { FormGroup, GroupCommand } from './group.commands';
import { decideAbsorb, decideMergeInto } from './group.merge';
import { GROUP_KINDS, RECORDS, recordsKeptBy, type GroupEvent } from './group.events';
import { decideMembership, endedWithGroup } from './group.membership';
import { activeGroup, after, checkCadence, checkParent, endsAfter, inAModel } from './group.rules';
import { evolveGroup, type GroupState } from './group.state';

const P = 'GROUP';

export const groupDecider: Decider<GroupCommand, GroupEvent, GroupState> = {
  initialState: { status: 'none' },
  evolve: evolveGroup,
  decide,
};

function decide(command: GroupCommand, state: GroupState): GroupEvent[] {
  if (command.type === 'FormGroup') return form(command, state);
  const group = activeGroup(state, command.data.groupId);
  const groupId = group.groupId;
  switch (command.type) {
    case 'ReMandateGroup': {
      const data = command.data;
      const on = after(group, group.mandatedOn, requireDateAsGiven(P, 'on', data.on));
      const mandate = requireText(P, 'mandate', data.mandate);
      const focusArea =
        data.focusArea === undefined ? group.focusArea : optionalText(data.focusArea);
      const cadence = data.cadence === undefined ? group.cadence : checkCadence(data.cadence);
      const records =
        data.records === undefined
          ? group.records
          : requireOneOf(P, 'records', RECORDS, data.records);
      return [
        { type: 'GroupReMandated', data: { groupId, mandate, focusArea, cadence, records, on } },
      ];
    }
    case 'MoveGroup': {
      const data = command.data;
      const on = after(group, group.placedOn, requireDateAsGiven(P, 'on', data.on));
      const parentId = optionalText(data.parentId);
      if (parentId === group.parentId) {
        throw new DomainError(
          `${P}.PARENT_UNCHANGED`,
          'The group already has that parent',
          'invalid',
          { parentId },
        );
      }
      checkParent(groupId, inAModel(group), parentId, data.parent, on);
      return [
        { type: 'GroupMoved', data: { groupId, fromParentId: group.parentId, parentId, on } },
      ];
    }
    case 'TransferGroup': {
      const data = command.data;
      const toModelId = requireId(P, 'toModelId', data.toModelId);
      if (toModelId === group.modelId) {
        throw new DomainError(
          `${P}.ALREADY_IN_MODEL`,
          'The group already belongs to that model',
          'invalid',
          { toModelId },
        );
      }
      const fromModelId = inAModel(group);
      const on = after(group, group.placedOn, requireDateAsGiven(P, 'on', data.on));
      const parentId = optionalText(data.parentId);
      checkParent(groupId, toModelId, parentId, data.parent, on);
      return [
        {
          type: 'GroupTransferred',
          data: { groupId, fromModelId, toModelId, parentId, on },
        },
      ];
    }
    case 'DissolveGroup': {
      const on = endsAfter(group, group.lastChangeOn, requireDateAsGiven(P, 'on', command.data.on));
      const cause = requireOneOf(
        P,
        'cause',
        ['decision', 'model-replaced'] as const,
        command.data.cause ?? 'decision',
      );
      return [
        { type: 'GroupDissolved', data: { groupId, on, cause } },
        ...endedWithGroup(group, on, 'group-dissolved'),
      ];
    }
    case 'JoinModel': {
      const modelId = requireId(P, 'modelId', command.data.modelId);
      if (group.modelId !== null) {
        throw new DomainError(
          `${P}.ALREADY_IN_A_MODEL`,
          'The group belongs to a model; it leaves it before joining another',
          'conflict',
          { modelId: group.modelId },
        );
      }
      const on = after(group, group.placedOn, requireDateAsGiven(P, 'on', command.data.on));
      return [{ type: 'GroupJoinedModel', data: { groupId, modelId, on } }];
    }
    case 'LeaveModel': {
      const modelId = inAModel(group);
      const on = after(group, group.placedOn, requireDateAsGiven(P, 'on', command.data.on));
      return [{ type: 'GroupLeftModel', data: { groupId, modelId, on } }];
    }
    case 'MergeGroupInto':
      return decideMergeInto(command, group);
    case 'AbsorbGroups':
      return decideAbsorb(command, group);
    case 'AddMember':
    case 'ChangeMemberRole':
    case 'EndMembership':
      return decideMembership(command, group);
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function form(command: FormGroup, state: GroupState): GroupEvent[] {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(`${P}.ALREADY_FORMED`, 'The group is already formed', 'conflict', {
      groupId: state.groupId,
    });
  }
  const groupId = requireId(P, 'groupId', data.groupId);
  const modelId = data.modelId == null ? null : requireId(P, 'modelId', data.modelId);
  const formedOn = requireDateAsGiven(P, 'formedOn', data.formedOn);
  const parentId = optionalText(data.parentId);
  const kind = requireOneOf(P, 'kind', GROUP_KINDS, data.kind);
  const event: GroupEvent = {
    type: 'GroupFormed',
    data: {
      groupId,
      modelId,
      kind,
      name: requireText(P, 'name', data.name),
      parentId,
      mandate: optionalText(data.mandate),
      focusArea: optionalText(data.focusArea),
      cadence: checkCadence(data.cadence),
      records:
        data.records === undefined
          ? recordsKeptBy(kind)
          : requireOneOf(P, 'records', RECORDS, data.records),
      formedOn,
    },
  };
  if (parentId !== null)
    checkParent(groupId, inAModel(event.data), parentId, data.parent, formedOn);
  return [event];
}
