import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { CorrectItem } from '../../domain';

/** A correction of approved minutes: names the text it replaces and why. */
export type CorrectItemInput = CorrectItem['data'];

export class CorrectItemCommand extends Command<CommandResult> {
  constructor(
    readonly input: CorrectItemInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
