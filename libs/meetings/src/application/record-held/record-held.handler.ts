import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { RecordHeldCommand } from './record-held.command';

/** One stream, and no facts from elsewhere: the meeting decider has all it needs. */
@CommandHandler(RecordHeldCommand)
export class RecordHeldHandler implements ICommandHandler<RecordHeldCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RecordHeldCommand): Promise<CommandResult> {
    const command = { type: 'RecordHeld', data: input } as const;
    return this.executor.execute(meetingAggregate, input.meetingId, command, context);
  }
}
