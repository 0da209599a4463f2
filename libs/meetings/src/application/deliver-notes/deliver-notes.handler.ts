import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { DeliverNotesCommand } from './deliver-notes.command';

/** One stream, and no facts from elsewhere: the meeting decider has all it needs. */
@CommandHandler(DeliverNotesCommand)
export class DeliverNotesHandler implements ICommandHandler<DeliverNotesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DeliverNotesCommand): Promise<CommandResult> {
    const command = { type: 'DeliverNotes', data: input } as const;
    return this.executor.execute(meetingAggregate, input.meetingId, command, context);
  }
}
