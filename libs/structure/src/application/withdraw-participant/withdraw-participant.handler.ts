import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelAggregate } from '../aggregates';
import { WithdrawParticipantCommand } from './withdraw-participant.command';

@CommandHandler(WithdrawParticipantCommand)
export class WithdrawParticipantHandler implements ICommandHandler<WithdrawParticipantCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: WithdrawParticipantCommand): Promise<CommandResult> {
    return this.executor.execute(
      modelAggregate,
      input.modelId,
      {
        type: 'WithdrawParticipant',
        data: { modelId: input.modelId, organisationId: input.organisationId, on: input.on },
      },
      context,
    );
  }
}
