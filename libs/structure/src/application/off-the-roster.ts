import type { CommandContext, CommandResult } from '@app/kernel';
import type { CommandExecutor } from '@app/event-store';
import {
  modelDecider,
  type GroupState,
  type GroupStates,
  type ModelState,
  type TwoStreams,
} from '../domain';
import { groupAggregate, modelAggregate } from './aggregates';
import { loadRoster } from './group-tree';

/** What takes a group off its model's roster: a dissolution or a departure from the model. */
export type RosterExit = (group: GroupState, model: ModelState, groups: GroupStates) => TwoStreams;

/**
 * Reads the group, its model and the whole roster (no group may be left below one that leaves
 * it), decides, and writes the model first: a formation below this group, racing with it, then
 * loses on the model or is refused on retry.
 */
export function takeOffRoster(
  executor: CommandExecutor,
  name: string,
  input: { groupId: string },
  context: CommandContext,
  decide: RosterExit,
): Promise<CommandResult> {
  const { groupId } = input;
  const spec = { name, request: input, target: { aggregate: groupAggregate, id: groupId } };
  return executor.process(spec, context, async (session) => {
    const group = await session.load(groupAggregate, groupId);
    const modelId = group.state.status === 'none' ? null : group.state.modelId;
    const model = modelId
      ? await session.load(modelAggregate, modelId)
      : { state: modelDecider.initialState };
    const groups = await loadRoster(
      async (id) => (await session.load(groupAggregate, id)).state,
      model.state,
      new Map<string, GroupState>([[groupId, group.state]]),
    );
    const decision = decide(group.state, model.state, groups);
    // Both decisions refuse a group they cannot take off a roster, so a model id is known here.
    if (modelId) await session.append(modelAggregate, modelId, decision.model);
    return session.append(groupAggregate, groupId, decision.group);
  });
}
