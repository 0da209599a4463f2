import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { ScheduleMeeting } from '../../domain';
import type { BodyRef } from '../body-facts';

/** A new meeting of a body; the body's facts are loaded by the handler, the id is made there. */
export type ScheduleMeetingInput = Omit<
  ScheduleMeeting['data'],
  'meetingId' | 'bodyId' | 'body'
> & {
  body: BodyRef;
};

export class ScheduleMeetingCommand extends Command<CommandResult> {
  constructor(
    readonly input: ScheduleMeetingInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
