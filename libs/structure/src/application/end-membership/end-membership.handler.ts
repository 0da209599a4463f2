import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { groupAggregate } from '../aggregates';
import { EndMembershipCommand } from './end-membership.command';

@CommandHandler(EndMembershipCommand)
export class EndMembershipHandler implements ICommandHandler<EndMembershipCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: EndMembershipCommand): Promise<CommandResult> {
    const { groupId, membershipId, to } = input;
    return this.executor.execute(
      groupAggregate,
      groupId,
      { type: 'EndMembership', data: { groupId, membershipId, to } },
      context,
    );
  }
}
