import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { assignmentDecider, reportMeetingFactsOf } from '../../domain';
import { assignmentAggregate, meetingAggregate } from '../aggregates';
import { ReportBackCommand } from './report-back.command';

/**
 * Writes the assignment's stream only; a meeting the report names is read from its own stream
 * first (held, and its items). A process, so that a repeat with the same Idempotency-Key is
 * recognised by its request and answers the first result.
 */
@CommandHandler(ReportBackCommand)
export class ReportBackHandler implements ICommandHandler<ReportBackCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ReportBackCommand): Promise<CommandResult> {
    const { assignmentId } = input;
    const spec = {
      name: 'report-back',
      request: input,
      target: { aggregate: assignmentAggregate, id: assignmentId },
    };
    return this.executor.process(spec, context, async (session) => {
      const assignment = await session.load(assignmentAggregate, assignmentId);
      const meetingFacts =
        typeof input.meetingId === 'string'
          ? reportMeetingFactsOf((await session.load(meetingAggregate, input.meetingId)).state)
          : null;
      const events = assignmentDecider.decide(
        { type: 'ReportBack', data: { ...input, meetingFacts } },
        assignment.state,
      );
      return session.append(assignmentAggregate, assignmentId, events);
    });
  }
}
