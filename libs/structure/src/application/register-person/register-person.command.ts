import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface RegisterPersonInput {
  /** Personal data: stored in personal_data, never in an event. */
  name: string;
  title?: string | null;
  organisationId: string;
  on: string;
}

export class RegisterPersonCommand extends Command<CommandResult> {
  constructor(
    readonly input: RegisterPersonInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
