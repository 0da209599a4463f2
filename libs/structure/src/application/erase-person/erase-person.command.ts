import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

/** Erase a person's name and title (GDPR Art. 17); the context's reason is required. */
export class ErasePersonCommand extends Command<CommandResult> {
  constructor(
    readonly personId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
