import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';

export interface EndMembershipInput {
  groupId: string;
  membershipId: string;
  /** Exclusive: the first day the person no longer holds the seat. */
  to: string;
}

export class EndMembershipCommand extends Command<CommandResult> {
  constructor(
    readonly input: EndMembershipInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
