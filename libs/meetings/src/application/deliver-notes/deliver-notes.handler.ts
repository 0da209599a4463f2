import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingDecider } from '../../domain';
import { meetingAggregate } from '../aggregates';
import { loadOrganisationFacts } from '../reference-facts';
import { DeliverNotesCommand } from './deliver-notes.command';

/**
 * Writes the meeting's stream only; a recipient named by organisation is looked up in its own
 * stream first. A process, so that a repeat with the same Idempotency-Key answers the first result.
 */
@CommandHandler(DeliverNotesCommand)
export class DeliverNotesHandler implements ICommandHandler<DeliverNotesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DeliverNotesCommand): Promise<CommandResult> {
    const { meetingId } = input;
    const spec = {
      name: 'deliver-notes',
      request: input,
      target: { aggregate: meetingAggregate, id: meetingId },
    };
    return this.executor.process(spec, context, async (session) => {
      const meeting = await session.load(meetingAggregate, meetingId);
      const recipient = await loadOrganisationFacts(
        session.load.bind(session),
        input.to.organisationId,
      );
      const events = meetingDecider.decide(
        { type: 'DeliverNotes', data: { ...input, recipient } },
        meeting.state,
      );
      return session.append(meetingAggregate, meetingId, events);
    });
  }
}
