import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { groupAggregate } from '../aggregates';
import { ChangeMemberRoleCommand } from './change-member-role.command';

@CommandHandler(ChangeMemberRoleCommand)
export class ChangeMemberRoleHandler implements ICommandHandler<ChangeMemberRoleCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ChangeMemberRoleCommand): Promise<CommandResult> {
    const { groupId, membershipId, role, on } = input;
    return this.executor.execute(
      groupAggregate,
      groupId,
      { type: 'ChangeMemberRole', data: { groupId, membershipId, role, on } },
      context,
    );
  }
}
