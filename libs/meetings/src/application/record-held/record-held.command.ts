import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { RecordHeld } from '../../domain';

/** The whole record of the sitting; a repeat before approval replaces it. */
export type RecordHeldInput = Omit<RecordHeld['data'], 'registered'>;

export class RecordHeldCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordHeldInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
