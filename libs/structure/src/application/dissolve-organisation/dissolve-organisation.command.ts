import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface DissolveOrganisationInput {
  organisationId: string;
  on: string;
}

export class DissolveOrganisationCommand extends Command<CommandResult> {
  constructor(
    readonly input: DissolveOrganisationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
