import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { AdoptionInput } from '../../domain';

export interface AmendModelInput {
  modelId: string;
  name?: string;
  purpose?: string;
  principles?: string[];
  focusAreas?: string[];
  decidedBy?: AdoptionInput | null;
  on: string;
}

export class AmendModelCommand extends Command<CommandResult> {
  constructor(
    readonly input: AmendModelInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
