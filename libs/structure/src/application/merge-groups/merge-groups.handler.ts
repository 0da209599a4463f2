import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideMerge, modelDecider, type GroupState, type MergeRequest } from '../../domain';
import { groupAggregate, modelAggregate } from '../aggregates';
import { loadChain, loadRoster } from '../group-tree';
import { MergeGroupsCommand } from './merge-groups.command';

/**
 * Several groups end in one. Written in this order: the model's roster (the stream every
 * structural change of the model races on), the sources, and the target last, whose revision
 * the answer carries. A retry with the same Idempotency-Key writes whatever is still missing.
 */
@CommandHandler(MergeGroupsCommand)
export class MergeGroupsHandler implements ICommandHandler<MergeGroupsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: MergeGroupsCommand): Promise<CommandResult> {
    const { sourceIds, on } = input;
    const targetId =
      input.target.kind === 'new'
        ? this.executor.newId(groupAggregate, context)
        : input.target.groupId;
    const spec = {
      name: 'merge-groups',
      request: { ...input, targetId },
      target: { aggregate: groupAggregate, id: targetId },
    };
    return this.executor.process(spec, context, async (session) => {
      const load = async (id: string) => (await session.load(groupAggregate, id)).state;
      const groups = new Map<string, GroupState>();
      for (const sourceId of sourceIds) await loadChain(load, sourceId, groups);
      const modelId = modelOfFirst(sourceIds, groups);
      const model = modelId
        ? await session.load(modelAggregate, modelId)
        : { state: modelDecider.initialState };
      await loadRoster(load, model.state, groups);
      if (input.target.kind === 'new') {
        await loadChain(load, input.target.group.parentId, groups);
        groups.set(targetId, await load(targetId));
      } else {
        await loadChain(load, targetId, groups);
      }
      const request: MergeRequest = {
        sourceIds,
        target:
          input.target.kind === 'new'
            ? {
                kind: 'new',
                group: { ...input.target.group, groupId: targetId, modelId: modelId ?? '' },
              }
            : { kind: 'existing', groupId: targetId },
        on,
      };
      const decision = decideMerge(request, { groups, model: model.state });
      if (modelId) await session.append(modelAggregate, modelId, decision.model);
      for (const [groupId, events] of decision.groups) {
        if (groupId !== targetId) await session.append(groupAggregate, groupId, events);
      }
      return session.append(groupAggregate, targetId, decision.groups.get(targetId) ?? []);
    });
  }
}

/** The sources' model: the first one found. A source in another model is refused by decide. */
function modelOfFirst(sourceIds: string[], groups: ReadonlyMap<string, GroupState>) {
  for (const id of sourceIds) {
    const state = groups.get(id);
    if (state && state.status !== 'none') return state.modelId;
  }
  return null;
}
