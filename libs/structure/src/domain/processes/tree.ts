import { DomainError } from '@app/kernel';
import type { GroupFacts } from '../group/group.commands';
import { groupFactsOf, type GroupState } from '../group/group.state';
import type { ModelState } from '../model/model.state';

/** Loaded group states by id: what a multi-stream decision works on. */
export type GroupStates = ReadonlyMap<string, GroupState>;

/** The chain from the group's parent to the root, as far as `groups` holds it. */
export function ancestorsIn(groups: GroupStates, groupId: string): string[] {
  const chain: string[] = [];
  let state = groups.get(groupId);
  while (
    state &&
    state.status !== 'none' &&
    state.parentId !== null &&
    !chain.includes(state.parentId)
  ) {
    chain.push(state.parentId);
    state = groups.get(state.parentId);
  }
  return chain;
}

export function factsIn(groups: GroupStates, groupId: string | null): GroupFacts | null {
  if (groupId === null) return null;
  const state = groups.get(groupId);
  return state ? groupFactsOf(state, ancestorsIn(groups, groupId)) : null;
}

/**
 * Groups that would be left under a group that ends. A group does not know its children, but
 * the model's roster knows every group, so the handler loads them all and this looks.
 */
export function childrenLeftBehind(
  groups: GroupStates,
  model: ModelState,
  ending: readonly string[],
): string[] {
  const rosterIds = model.status === 'active' ? Object.keys(model.groups) : [];
  return rosterIds.filter((id) => {
    if (ending.includes(id)) return false;
    const state = groups.get(id);
    // A missing group would make the answer wrong in silence: that is a handler's bug, not a 4xx.
    if (!state)
      throw new Error(
        `Group ${id} is on the roster of model ${rosterOf(model)} but was not loaded`,
      );
    return state.status === 'active' && state.parentId !== null && ending.includes(state.parentId);
  });
}

export function assertNoChildrenLeft(
  groups: GroupStates,
  model: ModelState,
  ending: readonly string[],
): void {
  const childIds = childrenLeftBehind(groups, model, ending);
  if (childIds.length > 0) {
    throw new DomainError(
      'GROUP.HAS_CHILDREN',
      'Move or dissolve the groups below it first',
      'conflict',
      { childIds },
    );
  }
}

function rosterOf(model: ModelState): string {
  return model.status === 'none' ? '?' : model.modelId;
}
