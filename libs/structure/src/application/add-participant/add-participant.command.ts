import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface AddParticipantInput {
  modelId: string;
  organisationId: string;
  from: string;
}

export class AddParticipantCommand extends Command<CommandResult> {
  constructor(
    readonly input: AddParticipantInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
