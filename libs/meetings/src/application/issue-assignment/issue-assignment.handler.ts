import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decisionFactsOf } from '../../domain';
import { assignmentAggregate, meetingAggregate } from '../aggregates';
import { IssueAssignmentCommand } from './issue-assignment.command';

/** The decision item is read from the meeting's own stream, which a read model may lag behind. */
@CommandHandler(IssueAssignmentCommand)
export class IssueAssignmentHandler implements ICommandHandler<IssueAssignmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: IssueAssignmentCommand): Promise<CommandResult> {
    const assignmentId = this.executor.newId(assignmentAggregate, context);
    const tenant = context.identity.municipality;
    const meeting = await this.executor.load(tenant, meetingAggregate, input.meetingId);
    const source = decisionFactsOf(meeting.state, input.itemId);
    return this.executor.execute(
      assignmentAggregate,
      assignmentId,
      { type: 'IssueAssignment', data: { ...input, assignmentId, source } },
      context,
    );
  }
}
