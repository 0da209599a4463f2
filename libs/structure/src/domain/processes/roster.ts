import { DomainError } from '@app/kernel';
import { fold } from '../shared/fold';
import type { DissolveGroup, FormGroup, JoinModel, LeaveModel } from '../group/group.commands';
import { groupDecider } from '../group/group.decider';
import type { GroupEvent } from '../group/group.events';
import type { GroupState } from '../group/group.state';
import { modelDecider } from '../model/model.decider';
import type { ModelEvent } from '../model/model.events';
import type { ModelState } from '../model/model.state';
import { assertNoChildrenLeft, type GroupStates } from './tree';

/**
 * A group's birth and end are also facts about its model's roster, which the model needs to
 * check a replacement. Both streams are decided before either is written; the handler appends
 * the model's events first, at the revision it read, so that a replacement racing with a new
 * group makes one of the two fail and be decided again.
 */
export interface TwoStreams {
  model: ModelEvent[];
  group: GroupEvent[];
}

export function decideFormation(
  command: FormGroup,
  group: GroupState,
  model: ModelState,
): TwoStreams {
  const decided = groupDecider.decide(command, group);
  const modelId = command.data.modelId ?? null;
  // Formed outside any model: no roster to be on.
  if (modelId === null) return { model: [], group: decided };
  const attached = modelDecider.decide(
    {
      type: 'AttachGroup',
      data: {
        modelId,
        groupId: command.data.groupId,
        on: command.data.formedOn,
      },
    },
    model,
  );
  // The roster is written before a group's own stream, so a parent that has left the roster is
  // being dissolved or merged even while its own stream does not say so yet.
  const parentId = command.data.parentId ?? null;
  if (parentId !== null && model.status === 'active' && model.groups[parentId] === undefined) {
    throw new DomainError(
      'GROUP.PARENT_DISSOLVED',
      'The parent group is no longer on the model roster',
      'conflict',
      { parentId },
    );
  }
  return { model: attached, group: decided };
}

/** `groups` holds every group on the model's roster, so that none is left under a dissolved one. */
export function decideDissolution(
  command: DissolveGroup,
  group: GroupState,
  model: ModelState,
  groups: GroupStates,
): TwoStreams {
  const decided = groupDecider.decide(command, group);
  assertNoChildrenLeft(groups, model, [command.data.groupId]);
  const state = fold(groupDecider, decided, group);
  if (state.status === 'none' || state.modelId === null) return { model: [], group: decided };
  const detached = modelDecider.decide(
    {
      type: 'DetachGroup',
      data: {
        modelId: state.modelId,
        groupId: state.groupId,
        on: command.data.on,
        cause: 'dissolved',
      },
    },
    model,
  );
  return { model: detached, group: decided };
}

/** Joining puts the group on the model's roster from `on`; the model must be active by then. */
export function decideJoin(command: JoinModel, group: GroupState, model: ModelState): TwoStreams {
  const decided = groupDecider.decide(command, group);
  const { modelId, groupId, on } = command.data;
  const attached = modelDecider.decide(
    { type: 'AttachGroup', data: { modelId, groupId, on } },
    model,
  );
  return { model: attached, group: decided };
}

/**
 * Leaving takes the group off the roster; like a dissolution, it may leave no group of the
 * model below it (`groups` holds the roster).
 */
export function decideLeave(
  command: LeaveModel,
  group: GroupState,
  model: ModelState,
  groups: GroupStates,
): TwoStreams {
  const decided = groupDecider.decide(command, group);
  assertNoChildrenLeft(groups, model, [command.data.groupId]);
  const left = decided.find((event) => event.type === 'GroupLeftModel');
  if (!left) return { model: [], group: decided };
  const detached = modelDecider.decide(
    {
      type: 'DetachGroup',
      data: { ...left.data, cause: 'left' },
    },
    model,
  );
  return { model: detached, group: decided };
}
