import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { organisationAggregate } from '../aggregates';
import { RenameOrganisationCommand } from './rename-organisation.command';

@CommandHandler(RenameOrganisationCommand)
export class RenameOrganisationHandler implements ICommandHandler<RenameOrganisationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RenameOrganisationCommand): Promise<CommandResult> {
    const { organisationId, name, shortName, on } = input;
    return this.executor.execute(
      organisationAggregate,
      organisationId,
      { type: 'RenameOrganisation', data: { organisationId, name, shortName, on } },
      context,
    );
  }
}
