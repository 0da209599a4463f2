import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import type { BodyFacts } from '../../domain';
import { meetingAggregate } from '../aggregates';
import { loadBodyFacts } from '../body-facts';
import { RescheduleMeetingCommand } from './reschedule-meeting.command';

/** The body is the meeting's own, of the kind it was scheduled with; its facts decide the new date. */
@CommandHandler(RescheduleMeetingCommand)
export class RescheduleMeetingHandler implements ICommandHandler<RescheduleMeetingCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RescheduleMeetingCommand): Promise<CommandResult> {
    const spec = {
      name: 'reschedule-meeting',
      request: input,
      target: { aggregate: meetingAggregate, id: input.meetingId },
    };
    return this.executor.process(spec, context, async (session) => {
      const meeting = await session.load(meetingAggregate, input.meetingId);
      const state = meeting.state;
      const load = session.load.bind(session);
      // An unknown meeting has no body: the decider answers MEETING.NOT_FOUND.
      const body: BodyFacts =
        state.status === 'none'
          ? { exists: false }
          : await loadBodyFacts(load, { kind: state.bodyKind, id: state.bodyId });
      const events = meetingAggregate.decider.decide(
        { type: 'RescheduleMeeting', data: { ...input, body } },
        state,
      );
      return session.append(meetingAggregate, input.meetingId, events);
    });
  }
}
