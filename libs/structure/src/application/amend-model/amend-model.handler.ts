import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelAggregate } from '../aggregates';
import { AmendModelCommand } from './amend-model.command';

@CommandHandler(AmendModelCommand)
export class AmendModelHandler implements ICommandHandler<AmendModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AmendModelCommand): Promise<CommandResult> {
    return this.executor.execute(
      modelAggregate,
      input.modelId,
      {
        type: 'AmendModel',
        data: {
          modelId: input.modelId,
          name: input.name,
          purpose: input.purpose,
          principles: input.principles,
          focusAreas: input.focusAreas,
          decidedBy: input.decidedBy,
          on: input.on,
        },
      },
      context,
    );
  }
}
