import { DomainError } from '@app/kernel';
import { step } from '../shared/fold';
import { duplicatesOf, type IsoDate } from '../shared/guards';
import type { FormGroupData } from '../group/group.commands';
import { groupDecider } from '../group/group.decider';
import type { GroupEvent } from '../group/group.events';
import type { GroupState } from '../group/group.state';
import { modelDecider } from '../model/model.decider';
import type { ModelEvent } from '../model/model.events';
import type { ModelState } from '../model/model.state';
import { assertNoChildrenLeft, factsIn, type GroupStates } from './tree';

const P = 'GROUP';

/** Several groups become one: an existing group that absorbs the others, or a new one formed on the day. */
export interface MergeRequest {
  sourceIds: string[];
  target:
    | { kind: 'existing'; groupId: string }
    | { kind: 'new'; group: Omit<FormGroupData, 'formedOn' | 'parent'> };
  on: IsoDate;
}

/** Every group on the model's roster (sources, target, their ancestors and children), and the model. */
export interface MergeInput {
  groups: GroupStates;
  model: ModelState;
}

export interface MergeDecision {
  targetId: string;
  groups: Map<string, GroupEvent[]>;
  model: ModelEvent[];
}

/**
 * Each source records GroupMergedInto (its open memberships end with it), the target records
 * GroupsAbsorbed, and the model's roster drops the sources (and takes a new target). Members do
 * not move by themselves: who sits in the merged group is a decision of its own.
 */
export function decideMerge(request: MergeRequest, input: MergeInput): MergeDecision {
  const { sourceIds, on } = request;
  const repeated = duplicatesOf(sourceIds);
  if (repeated.length > 0) {
    throw new DomainError(`${P}.MERGE_DUPLICATE_SOURCE`, 'A group is named twice', 'invalid', {
      groupIds: repeated,
    });
  }
  if (sourceIds.length < (request.target.kind === 'new' ? 2 : 1)) {
    throw new DomainError(`${P}.MERGE_TOO_FEW`, 'A merge makes one group of several', 'invalid');
  }
  for (const sourceId of sourceIds) {
    const state = input.groups.get(sourceId);
    if (!state || state.status === 'none') {
      throw new DomainError(`${P}.MERGE_SOURCE_NOT_FOUND`, 'No such group to merge', 'invalid', {
        groupId: sourceId,
      });
    }
  }

  const groups = new Map<string, GroupState>(input.groups);
  const events = new Map<string, GroupEvent[]>();
  let model = { events: [] as ModelEvent[], state: input.model };
  const targetId =
    request.target.kind === 'new' ? request.target.group.groupId : request.target.groupId;
  if (request.target.kind === 'new') {
    const group = request.target.group;
    const parentId = group.parentId ?? null;
    const formed = step(
      groupDecider,
      { type: 'FormGroup', data: { ...group, parent: factsIn(groups, parentId), formedOn: on } },
      groupDecider.initialState,
    );
    groups.set(targetId, formed.state);
    events.set(targetId, formed.events);
    model = step(
      modelDecider,
      { type: 'AttachGroup', data: { modelId: group.modelId ?? '', groupId: targetId, on } },
      model.state,
    );
  }

  for (const sourceId of sourceIds) {
    // Facts of the target as it stands, so a new target formed under a source is caught too.
    const target = factsIn(groups, targetId);
    const merged = step(
      groupDecider,
      { type: 'MergeGroupInto', data: { groupId: sourceId, targetId, target, on } },
      groups.get(sourceId)!,
    );
    groups.set(sourceId, merged.state);
    events.set(sourceId, merged.events);
    const detached = step(
      modelDecider,
      {
        type: 'DetachGroup',
        data: { modelId: modelOf(merged.state), groupId: sourceId, on, cause: 'merged' },
      },
      model.state,
    );
    model = { events: [...model.events, ...detached.events], state: detached.state };
  }

  // After the sources' own checks, so that a target below a source is named as such.
  assertNoChildrenLeft(input.groups, input.model, sourceIds);
  const absorbed = step(
    groupDecider,
    { type: 'AbsorbGroups', data: { groupId: targetId, sourceIds, on } },
    groups.get(targetId) ?? groupDecider.initialState,
  );
  events.set(targetId, [...(events.get(targetId) ?? []), ...absorbed.events]);
  return { targetId, groups: events, model: model.events };
}

function modelOf(state: GroupState): string {
  return state.status === 'none' ? '' : (state.modelId ?? '');
}
