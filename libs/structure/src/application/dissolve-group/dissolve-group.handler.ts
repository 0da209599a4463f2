import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideDissolution } from '../../domain';
import { takeOffRoster } from '../off-the-roster';
import { DissolveGroupCommand } from './dissolve-group.command';

/** The group leaves its model's roster and ends with its open memberships. */
@CommandHandler(DissolveGroupCommand)
export class DissolveGroupHandler implements ICommandHandler<DissolveGroupCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DissolveGroupCommand): Promise<CommandResult> {
    return takeOffRoster(this.executor, 'dissolve-group', input, context, (group, model, groups) =>
      decideDissolution({ type: 'DissolveGroup', data: input }, group, model, groups),
    );
  }
}
