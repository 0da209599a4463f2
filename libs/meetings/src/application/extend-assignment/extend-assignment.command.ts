import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { ExtendAssignment } from '../../domain';

/** A later due date, and why. */
export type ExtendAssignmentInput = ExtendAssignment['data'];

export class ExtendAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly input: ExtendAssignmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
