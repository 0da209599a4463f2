import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface RetireModelInput {
  modelId: string;
  on: string;
}

export class RetireModelCommand extends Command<CommandResult> {
  constructor(
    readonly input: RetireModelInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
