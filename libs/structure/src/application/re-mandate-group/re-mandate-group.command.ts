import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { Cadence, Records } from '../../domain';

/** Left out, focus area, cadence and records keep their value; null clears the first two. */
export interface ReMandateGroupInput {
  groupId: string;
  mandate: string;
  focusArea?: string | null;
  cadence?: Cadence | null;
  records?: Records;
  on: string;
}

export class ReMandateGroupCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReMandateGroupInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
