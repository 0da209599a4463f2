import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface WithdrawParticipantInput {
  modelId: string;
  organisationId: string;
  on: string;
}

export class WithdrawParticipantCommand extends Command<CommandResult> {
  constructor(
    readonly input: WithdrawParticipantInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
