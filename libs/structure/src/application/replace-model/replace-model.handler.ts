import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { decideReplacement, type ReplacementRequest } from '../../domain';
import { groupAggregate, modelAggregate } from '../aggregates';
import { loadChain, loadRoster } from '../group-tree';
import { loadParticipants } from '../participants';
import { ReplaceModelCommand, type ReplaceModelResult } from './replace-model.command';

/**
 * Decides the old model, the successor and every group at once, then writes them in that order.
 * The old model goes first because it is what a racing formation or dissolution in that model
 * also writes first: one of the two loses and is decided again. If the process stops half-way,
 * the old model is already replaced (nothing more can join it) and a retry with the same
 * Idempotency-Key decides the same events and writes the streams still missing.
 */
@CommandHandler(ReplaceModelCommand)
export class ReplaceModelHandler implements ICommandHandler<ReplaceModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ReplaceModelCommand): Promise<ReplaceModelResult> {
    const { modelId, effectiveOn, groups: plan } = input;
    const successorId =
      input.successor.kind === 'new'
        ? this.executor.newId(modelAggregate, context)
        : input.successor.modelId;
    const request: ReplacementRequest = {
      modelId,
      successor:
        input.successor.kind === 'new'
          ? { kind: 'new', model: { ...input.successor.model, modelId: successorId } }
          : { kind: 'existing', modelId: successorId },
      effectiveOn,
      groups: plan,
    };
    const spec = {
      name: 'replace-model',
      request,
      target: { aggregate: modelAggregate, id: modelId },
    };
    return this.executor.process(spec, context, async (session) => {
      const load = async (id: string) => (await session.load(groupAggregate, id)).state;
      const model = await session.load(modelAggregate, modelId);
      const successor =
        successorId === modelId ? model : await session.load(modelAggregate, successorId);
      const groups = await loadRoster(load, model.state);
      // New parents in the successor, with their ancestors, so a transfer can be checked there.
      for (const entry of plan) {
        if (entry.action === 'transfer') await loadChain(load, entry.parentId, groups);
      }
      const participants =
        input.successor.kind === 'new'
          ? await loadParticipants(session, input.successor.model.participantIds)
          : [];
      const decision = decideReplacement(request, {
        model: model.state,
        successor: successor.state,
        groups,
        participants,
      });
      const answer = await session.append(modelAggregate, modelId, decision.model);
      await session.append(modelAggregate, successorId, decision.successor);
      for (const [groupId, events] of decision.groups) {
        await session.append(groupAggregate, groupId, events);
      }
      return { ...answer, successorId };
    });
  }
}
