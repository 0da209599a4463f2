import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelAggregate } from '../aggregates';
import { RetireModelCommand } from './retire-model.command';

@CommandHandler(RetireModelCommand)
export class RetireModelHandler implements ICommandHandler<RetireModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RetireModelCommand): Promise<CommandResult> {
    return this.executor.execute(
      modelAggregate,
      input.modelId,
      { type: 'RetireModel', data: { modelId: input.modelId, on: input.on } },
      context,
    );
  }
}
