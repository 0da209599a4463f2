import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingDecider } from '../../domain';
import { meetingAggregate } from '../aggregates';
import { listedIn, registeredAmong } from '../reference-facts';
import { RecordHeldCommand } from './record-held.command';

/**
 * Writes the meeting's stream only; the people the record lists are looked up in their own
 * streams first. A process, so that a repeat with the same Idempotency-Key is recognised by its
 * request and answers the first result.
 */
@CommandHandler(RecordHeldCommand)
export class RecordHeldHandler implements ICommandHandler<RecordHeldCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RecordHeldCommand): Promise<CommandResult> {
    const { meetingId } = input;
    const spec = {
      name: 'record-held',
      request: input,
      target: { aggregate: meetingAggregate, id: meetingId },
    };
    return this.executor.process(spec, context, async (session) => {
      // The meeting first: a repeat finds its own event there and reads the people as of then.
      const meeting = await session.load(meetingAggregate, meetingId);
      const registered = await registeredAmong(session.load.bind(session), listedIn(input));
      const events = meetingDecider.decide(
        { type: 'RecordHeld', data: { ...input, registered } },
        meeting.state,
      );
      return session.append(meetingAggregate, meetingId, events);
    });
  }
}
