import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { CorrectItemCommand } from './correct-item.command';

/** One stream, and no facts from elsewhere: the meeting decider has all it needs. */
@CommandHandler(CorrectItemCommand)
export class CorrectItemHandler implements ICommandHandler<CorrectItemCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: CorrectItemCommand): Promise<CommandResult> {
    const command = { type: 'CorrectItem', data: input } as const;
    return this.executor.execute(meetingAggregate, input.meetingId, command, context);
  }
}
