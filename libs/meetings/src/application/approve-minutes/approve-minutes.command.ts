import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { ApproveMinutes } from '../../domain';

/** The chair and the adjusters sign the minutes: from then on only corrections. */
export type ApproveMinutesInput = ApproveMinutes['data'];

export class ApproveMinutesCommand extends Command<CommandResult> {
  constructor(
    readonly input: ApproveMinutesInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
