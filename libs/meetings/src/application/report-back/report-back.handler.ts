import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { assignmentAggregate } from '../aggregates';
import { ReportBackCommand } from './report-back.command';

/** One stream, and no facts from elsewhere: the assignment decider has all it needs. */
@CommandHandler(ReportBackCommand)
export class ReportBackHandler implements ICommandHandler<ReportBackCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ReportBackCommand): Promise<CommandResult> {
    const command = { type: 'ReportBack', data: input } as const;
    return this.executor.execute(assignmentAggregate, input.assignmentId, command, context);
  }
}
