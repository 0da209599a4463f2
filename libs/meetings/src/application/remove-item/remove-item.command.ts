import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { RemoveItem } from '../../domain';

export type RemoveItemInput = RemoveItem['data'];

export class RemoveItemCommand extends Command<CommandResult> {
  constructor(
    readonly input: RemoveItemInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
