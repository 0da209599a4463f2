import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideLeave, modelDecider, type GroupState } from '../../domain';
import { groupAggregate, modelAggregate } from '../aggregates';
import { loadRoster } from '../group-tree';
import { LeaveModelCommand } from './leave-model.command';

/**
 * The group goes on outside any model. The whole roster is read, as for a dissolution, so that
 * no group of the model is left below one that is no longer in it.
 */
@CommandHandler(LeaveModelCommand)
export class LeaveModelHandler implements ICommandHandler<LeaveModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: LeaveModelCommand): Promise<CommandResult> {
    const { groupId } = input;
    const spec = {
      name: 'leave-model',
      request: input,
      target: { aggregate: groupAggregate, id: groupId },
    };
    return this.executor.process(spec, context, async (session) => {
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
      const decision = decideLeave(
        { type: 'LeaveModel', data: input },
        group.state,
        model.state,
        groups,
      );
      // decideLeave refuses a group outside any model, so a model id is known from here on.
      if (modelId) await session.append(modelAggregate, modelId, decision.model);
      return session.append(groupAggregate, groupId, decision.group);
    });
  }
}
