import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { loadBodyFacts } from '../body-facts';
import { ScheduleMeetingCommand } from './schedule-meeting.command';

/**
 * The body is read from its own structure stream, not written: a dissolution racing with the
 * scheduling is a fact recorded in another context, and the meeting keeps the kind it was given.
 */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: ScheduleMeetingCommand): Promise<CommandResult> {
    const meetingId = this.executor.newId(meetingAggregate, context);
    const tenant = context.identity.municipality;
    const body = await loadBodyFacts(
      (aggregate, id) => this.executor.load(tenant, aggregate, id),
      input.body,
    );
    const { body: ref, ...schedule } = input;
    return this.executor.execute(
      meetingAggregate,
      meetingId,
      { type: 'ScheduleMeeting', data: { ...schedule, meetingId, bodyId: ref.id, body } },
      context,
    );
  }
}
