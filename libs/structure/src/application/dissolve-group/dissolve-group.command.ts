import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface DissolveGroupInput {
  groupId: string;
  on: string;
}

export class DissolveGroupCommand extends Command<CommandResult> {
  constructor(
    readonly input: DissolveGroupInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
