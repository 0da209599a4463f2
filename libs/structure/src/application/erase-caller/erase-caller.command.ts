import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

/** Erase a caller's display name (GDPR Art. 17); the context's reason is required. */
export class EraseCallerCommand extends Command<CommandResult> {
  constructor(
    /** The caller's subject: the `sub` of their tokens, as every event they recorded names it. */
    readonly subject: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
