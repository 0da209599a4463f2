import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { ReportBack } from '../../domain';

/** The assignment is delivered: when, in which meeting, how. */
export type ReportBackInput = Omit<ReportBack['data'], 'meetingFacts'>;

export class ReportBackCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReportBackInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
