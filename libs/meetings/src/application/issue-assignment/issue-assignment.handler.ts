import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { assignmentDecider, decisionFactsOf } from '../../domain';
import { assignmentAggregate, meetingAggregate } from '../aggregates';
import { loadOrganisationFacts, registeredAmong } from '../reference-facts';
import { IssueAssignmentCommand } from './issue-assignment.command';

/**
 * The decision item is read from the meeting's own stream, and whoever owes the assignment from
 * theirs in the structure context: a read model may lag behind either. A process, so that a
 * repeat with the same Idempotency-Key is decided on those facts as they were when first written.
 */
@CommandHandler(IssueAssignmentCommand)
export class IssueAssignmentHandler implements ICommandHandler<IssueAssignmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: IssueAssignmentCommand): Promise<CommandResult> {
    const assignmentId = this.executor.newId(assignmentAggregate, context);
    const spec = {
      name: 'issue-assignment',
      request: { ...input, assignmentId },
      target: { aggregate: assignmentAggregate, id: assignmentId },
    };
    return this.executor.process(spec, context, async (session) => {
      const load = session.load.bind(session);
      // The assignment first: a repeat finds its own event there and reads the rest as of then.
      const assignment = await load(assignmentAggregate, assignmentId);
      const meeting = await load(meetingAggregate, input.meetingId);
      const { organisationId, personId } = input.owedBy ?? {};
      const owedByFacts = {
        organisation: await loadOrganisationFacts(load, organisationId),
        personRegistered: (await registeredAmong(load, [personId])).length > 0,
      };
      const source = decisionFactsOf(meeting.state, input.itemId);
      const events = assignmentDecider.decide(
        { type: 'IssueAssignment', data: { ...input, assignmentId, source, owedByFacts } },
        assignment.state,
      );
      return session.append(assignmentAggregate, assignmentId, events);
    });
  }
}
