import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { RescheduleMeeting } from '../../domain';

/** A new date (and place or format); the body's facts for that date are loaded by the handler. */
export type RescheduleMeetingInput = Omit<RescheduleMeeting['data'], 'body'>;

export class RescheduleMeetingCommand extends Command<CommandResult> {
  constructor(
    readonly input: RescheduleMeetingInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
