import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { IssueAssignment } from '../../domain';

/** The decision's facts are read by the handler from the meeting; the id is made there. */
export type IssueAssignmentInput = Omit<
  IssueAssignment['data'],
  'assignmentId' | 'source' | 'owedByFacts'
>;

export class IssueAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly input: IssueAssignmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
