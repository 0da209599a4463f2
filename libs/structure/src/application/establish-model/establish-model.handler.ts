import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelAggregate } from '../aggregates';
import { EstablishModelCommand } from './establish-model.command';

@CommandHandler(EstablishModelCommand)
export class EstablishModelHandler implements ICommandHandler<EstablishModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: EstablishModelCommand): Promise<CommandResult> {
    const modelId = this.executor.newId(modelAggregate, context);
    const { name, purpose, participantIds, principles, focusAreas, adoptedBy, establishedOn } =
      input;
    return this.executor.execute(
      modelAggregate,
      modelId,
      {
        type: 'EstablishModel',
        data: {
          modelId,
          name,
          purpose,
          participantIds,
          principles,
          focusAreas,
          adoptedBy,
          establishedOn,
        },
      },
      context,
    );
  }
}
