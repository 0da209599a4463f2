import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { PostNoticeCommand } from './post-notice.command';

/** One stream, and no facts from elsewhere: the meeting decider has all it needs. */
@CommandHandler(PostNoticeCommand)
export class PostNoticeHandler implements ICommandHandler<PostNoticeCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: PostNoticeCommand): Promise<CommandResult> {
    const command = { type: 'PostNotice', data: input } as const;
    return this.executor.execute(meetingAggregate, input.meetingId, command, context);
  }
}
