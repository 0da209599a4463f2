import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { AmendItem } from '../../domain';

/** Fields left out of `changes` keep their value; null clears an optional one. */
export type AmendItemInput = Omit<AmendItem['data'], 'numberTakenBy'>;

export class AmendItemCommand extends Command<CommandResult> {
  constructor(
    readonly input: AmendItemInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
