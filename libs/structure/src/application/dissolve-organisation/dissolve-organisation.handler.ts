import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { organisationAggregate } from '../aggregates';
import { DissolveOrganisationCommand } from './dissolve-organisation.command';

@CommandHandler(DissolveOrganisationCommand)
export class DissolveOrganisationHandler implements ICommandHandler<DissolveOrganisationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DissolveOrganisationCommand): Promise<CommandResult> {
    const { organisationId, on } = input;
    return this.executor.execute(
      organisationAggregate,
      organisationId,
      { type: 'DissolveOrganisation', data: { organisationId, on } },
      context,
    );
  }
}
