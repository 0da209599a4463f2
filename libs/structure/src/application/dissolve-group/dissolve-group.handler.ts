import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideDissolution, modelDecider, type GroupState } from '../../domain';
import { groupAggregate, modelAggregate } from '../aggregates';
import { loadRoster } from '../group-tree';
import { DissolveGroupCommand } from './dissolve-group.command';

/**
 * The group leaves its model's roster and ends with its open memberships. The whole roster is
 * read so that no group is left below a dissolved one; the model is written first, so that a
 * formation below this group, racing with it, loses on the model or is refused on retry.
 */
@CommandHandler(DissolveGroupCommand)
export class DissolveGroupHandler implements ICommandHandler<DissolveGroupCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DissolveGroupCommand): Promise<CommandResult> {
    const { groupId } = input;
    const spec = {
      name: 'dissolve-group',
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
      const decision = decideDissolution(
        { type: 'DissolveGroup', data: input },
        group.state,
        model.state,
        groups,
      );
      // decideDissolution refuses an unknown group, so a model id is known from here on.
      if (modelId) await session.append(modelAggregate, modelId, decision.model);
      return session.append(groupAggregate, groupId, decision.group);
    });
  }
}
