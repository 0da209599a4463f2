import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { OrganisationKind } from '../../domain';

export interface RegisterOrganisationInput {
  kind: OrganisationKind;
  name: string;
  shortName?: string | null;
  parentId?: string | null;
  establishedOn: string;
}

export class RegisterOrganisationCommand extends Command<CommandResult> {
  constructor(
    readonly input: RegisterOrganisationInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
