import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { assignmentDecider } from '../../domain';
import { assignmentAggregate } from '../aggregates';
import { debtorFactsOf, sourceFactsOf } from './assignment-facts';
import { IssueAssignmentCommand } from './issue-assignment.command';

/**
 * The source (a decision item, a plan's board) is read from its own stream, and whoever owes
 * the assignment from theirs in the structure context: a read model may lag behind either. A
 * process, so that a repeat with the same Idempotency-Key is decided on those facts as they
 * were when first written.
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
      const sourceFacts = await sourceFactsOf(load, input.source);
      const owedByFacts = await debtorFactsOf(load, input);
      const events = assignmentDecider.decide(
        { type: 'IssueAssignment', data: { ...input, assignmentId, sourceFacts, owedByFacts } },
        assignment.state,
      );
      return session.append(assignmentAggregate, assignmentId, events);
    });
  }
}
