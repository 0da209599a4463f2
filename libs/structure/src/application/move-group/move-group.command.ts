import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface MoveGroupInput {
  groupId: string;
  /** Null: the group becomes a top-level group of its model. */
  parentId: string | null;
  on: string;
}

export class MoveGroupCommand extends Command<CommandResult> {
  constructor(
    readonly input: MoveGroupInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
