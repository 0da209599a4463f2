import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { CancelMeetingCommand } from './cancel-meeting.command';

/** One stream, and no facts from elsewhere: the meeting decider has all it needs. */
@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: CancelMeetingCommand): Promise<CommandResult> {
    const command = { type: 'CancelMeeting', data: input } as const;
    return this.executor.execute(meetingAggregate, input.meetingId, command, context);
  }
}
