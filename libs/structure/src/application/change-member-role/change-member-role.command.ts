import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { MemberRole } from '../../domain';

export interface ChangeMemberRoleInput {
  groupId: string;
  membershipId: string;
  role: MemberRole;
  on: string;
}

export class ChangeMemberRoleCommand extends Command<CommandResult> {
  constructor(
    readonly input: ChangeMemberRoleInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
