import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideJoin } from '../../domain';
import { groupAggregate, modelAggregate } from '../aggregates';
import { JoinModelCommand } from './join-model.command';

/**
 * A group formed outside any model joins one: it goes on the model's roster too. The model is
 * written first, as in a formation, so that a replacement racing with the join loses or retries.
 */
@CommandHandler(JoinModelCommand)
export class JoinModelHandler implements ICommandHandler<JoinModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: JoinModelCommand): Promise<CommandResult> {
    const spec = {
      name: 'join-model',
      request: input,
      target: { aggregate: groupAggregate, id: input.groupId },
    };
    return this.executor.process(spec, context, async (session) => {
      const group = await session.load(groupAggregate, input.groupId);
      const model = await session.load(modelAggregate, input.modelId);
      const decision = decideJoin({ type: 'JoinModel', data: input }, group.state, model.state);
      await session.append(modelAggregate, input.modelId, decision.model);
      return session.append(groupAggregate, input.groupId, decision.group);
    });
  }
}
