import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { MemberRole } from '../../domain';

export interface AddMemberInput {
  groupId: string;
  personId: string;
  /** The organisation the person represents in the group. */
  organisationId: string;
  role: MemberRole;
  from: string;
  /** For a seat recorded late that has already ended: the first day it was no longer held. */
  to?: string | null;
}

export type AddMemberResult = CommandResult & { membershipId: string };

export class AddMemberCommand extends Command<AddMemberResult> {
  constructor(
    readonly input: AddMemberInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
