import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { assignmentAggregate } from '../aggregates';
import { WithdrawAssignmentCommand } from './withdraw-assignment.command';

/** One stream, and no facts from elsewhere: the assignment decider has all it needs. */
@CommandHandler(WithdrawAssignmentCommand)
export class WithdrawAssignmentHandler implements ICommandHandler<WithdrawAssignmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: WithdrawAssignmentCommand): Promise<CommandResult> {
    const command = { type: 'WithdrawAssignment', data: input } as const;
    return this.executor.execute(assignmentAggregate, input.assignmentId, command, context);
  }
}
