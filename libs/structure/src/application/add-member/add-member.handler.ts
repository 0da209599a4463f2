import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { groupAggregate, membershipIds } from '../aggregates';
import { AddMemberCommand, type AddMemberResult } from './add-member.command';

@CommandHandler(AddMemberCommand)
export class AddMemberHandler implements ICommandHandler<AddMemberCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: AddMemberCommand): Promise<AddMemberResult> {
    const { groupId, personId, organisationId, role, from, to } = input;
    // Derived from the Idempotency-Key (and the group, so that a key used again on another
    // group never names the same seat twice) when there is one: a repeat names the same seat.
    const membershipId = this.executor.newId(membershipIds(groupId), context);
    const result = await this.executor.execute(
      groupAggregate,
      groupId,
      {
        type: 'AddMember',
        data: { groupId, membershipId, personId, organisationId, role, from, to },
      },
      context,
    );
    return { ...result, membershipId };
  }
}
