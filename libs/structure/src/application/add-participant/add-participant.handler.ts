import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelDecider } from '../../domain';
import { modelAggregate, organisationAggregate } from '../aggregates';
import { organisationFactsOf } from '../facts';
import { AddParticipantCommand } from './add-participant.command';

/**
 * Reads the organisation's own stream for the facts the decider checks. A process, so that a
 * repeat with the same Idempotency-Key is decided on the organisation as it was then.
 */
@CommandHandler(AddParticipantCommand)
export class AddParticipantHandler implements ICommandHandler<AddParticipantCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AddParticipantCommand): Promise<CommandResult> {
    const { modelId, organisationId } = input;
    const spec = {
      name: 'add-participant',
      request: input,
      target: { aggregate: modelAggregate, id: modelId },
    };
    return this.executor.process(spec, context, async (session) => {
      const model = await session.load(modelAggregate, modelId);
      const organisation = await session.load(organisationAggregate, organisationId);
      const events = modelDecider.decide(
        {
          type: 'AddParticipant',
          data: { ...input, organisation: organisationFactsOf(organisation.state) },
        },
        model.state,
      );
      return session.append(modelAggregate, modelId, events);
    });
  }
}
