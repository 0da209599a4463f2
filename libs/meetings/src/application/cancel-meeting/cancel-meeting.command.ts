import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { CancelMeeting } from '../../domain';

/** Calls off a meeting that has not been held. */
export type CancelMeetingInput = CancelMeeting['data'];

export class CancelMeetingCommand extends Command<CommandResult> {
  constructor(
    readonly input: CancelMeetingInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
