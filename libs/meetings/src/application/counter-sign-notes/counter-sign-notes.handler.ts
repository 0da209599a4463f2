import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingDecider } from '../../domain';
import { meetingAggregate } from '../aggregates';
import { registeredAmong } from '../reference-facts';
import { CounterSignNotesCommand } from './counter-sign-notes.command';

/**
 * Writes the meeting's stream only; the two signers are looked up in their own streams first
 * (a sitting the source does not document cannot vouch for them). A process, so that a repeat
 * with the same Idempotency-Key answers the first result.
 */
@CommandHandler(CounterSignNotesCommand)
export class CounterSignNotesHandler implements ICommandHandler<CounterSignNotesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: CounterSignNotesCommand): Promise<CommandResult> {
    const { meetingId } = input;
    const spec = {
      name: 'counter-sign-notes',
      request: input,
      target: { aggregate: meetingAggregate, id: meetingId },
    };
    return this.executor.process(spec, context, async (session) => {
      const meeting = await session.load(meetingAggregate, meetingId);
      const registered = await registeredAmong(session.load.bind(session), [
        input.signedBy,
        input.counterSignedBy,
      ]);
      const events = meetingDecider.decide(
        { type: 'CounterSignNotes', data: { ...input, registered } },
        meeting.state,
      );
      return session.append(meetingAggregate, meetingId, events);
    });
  }
}
