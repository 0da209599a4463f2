import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelAggregate } from '../aggregates';
import { AddParticipantCommand } from './add-participant.command';

@CommandHandler(AddParticipantCommand)
export class AddParticipantHandler implements ICommandHandler<AddParticipantCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AddParticipantCommand): Promise<CommandResult> {
    return this.executor.execute(
      modelAggregate,
      input.modelId,
      {
        type: 'AddParticipant',
        data: { modelId: input.modelId, organisationId: input.organisationId, from: input.from },
      },
      context,
    );
  }
}
