import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { organisationAggregate } from '../aggregates';
import { organisationFactsOf } from '../facts';
import { RegisterOrganisationCommand } from './register-organisation.command';

@CommandHandler(RegisterOrganisationCommand)
export class RegisterOrganisationHandler implements ICommandHandler<RegisterOrganisationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: RegisterOrganisationCommand): Promise<CommandResult> {
    const organisationId = this.executor.newId(organisationAggregate, context);
    const parentId = input.parentId ?? null;
    const parent =
      parentId === null
        ? null
        : organisationFactsOf(
            (
              await this.executor.load(
                context.identity.municipality,
                organisationAggregate,
                parentId,
              )
            ).state,
          );
    return this.executor.execute(
      organisationAggregate,
      organisationId,
      {
        type: 'RegisterOrganisation',
        data: { ...input, organisationId, parentId, parent },
      },
      context,
    );
  }
}
