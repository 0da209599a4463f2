import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface RenameOrganisationInput {
  organisationId: string;
  name: string;
  /** Left out: the short name stays; null: it is dropped. */
  shortName?: string | null;
  on: string;
}

export class RenameOrganisationCommand extends Command<CommandResult> {
  constructor(
    readonly input: RenameOrganisationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
