import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { ApproveMinutesCommand } from './approve-minutes.command';

/** One stream, and no facts from elsewhere: the meeting decider has all it needs. */
@CommandHandler(ApproveMinutesCommand)
export class ApproveMinutesHandler implements ICommandHandler<ApproveMinutesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ApproveMinutesCommand): Promise<CommandResult> {
    const command = { type: 'ApproveMinutes', data: input } as const;
    return this.executor.execute(meetingAggregate, input.meetingId, command, context);
  }
}
