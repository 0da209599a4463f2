import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { modelDecider } from '../../domain';
import { modelAggregate } from '../aggregates';
import { loadParticipants } from '../participants';
import { EstablishModelCommand } from './establish-model.command';

/**
 * Reads each participant's own stream for the facts the decider checks. A process, so that a
 * repeat with the same Idempotency-Key is decided on the participants as they were then.
 */
@CommandHandler(EstablishModelCommand)
export class EstablishModelHandler implements ICommandHandler<EstablishModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: EstablishModelCommand): Promise<CommandResult> {
    const modelId = this.executor.newId(modelAggregate, context);
    const spec = {
      name: 'establish-model',
      request: { ...input, modelId },
      target: { aggregate: modelAggregate, id: modelId },
    };
    return this.executor.process(spec, context, async (session) => {
      const model = await session.load(modelAggregate, modelId);
      const participants = await loadParticipants(session, input.participantIds);
      const events = modelDecider.decide(
        {
          type: 'EstablishModel',
          data: { ...input, modelId, participants },
        },
        model.state,
      );
      return session.append(modelAggregate, modelId, events);
    });
  }
}
