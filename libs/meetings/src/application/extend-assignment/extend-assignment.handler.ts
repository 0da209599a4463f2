import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { assignmentAggregate } from '../aggregates';
import { ExtendAssignmentCommand } from './extend-assignment.command';

/** One stream, and no facts from elsewhere: the assignment decider has all it needs. */
@CommandHandler(ExtendAssignmentCommand)
export class ExtendAssignmentHandler implements ICommandHandler<ExtendAssignmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ExtendAssignmentCommand): Promise<CommandResult> {
    const command = { type: 'ExtendAssignment', data: input } as const;
    return this.executor.execute(assignmentAggregate, input.assignmentId, command, context);
  }
}
