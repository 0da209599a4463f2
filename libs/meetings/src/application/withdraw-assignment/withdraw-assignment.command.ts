import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { WithdrawAssignment } from '../../domain';

/** The assignment is no longer asked for. */
export type WithdrawAssignmentInput = WithdrawAssignment['data'];

export class WithdrawAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly input: WithdrawAssignmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
