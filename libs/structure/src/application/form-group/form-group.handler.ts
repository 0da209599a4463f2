import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideFormation, factsIn, modelDecider } from '../../domain';
import { groupAggregate, modelAggregate } from '../aggregates';
import { loadChain } from '../group-tree';
import { FormGroupCommand } from './form-group.command';

/**
 * A new group is also a new entry on its model's roster. The model is written first: a
 * replacement or dissolution racing with the formation writes the model too, so one of them
 * loses the race and is decided again. A crash between the two appends leaves the roster naming
 * a group with no stream yet; a retry with the same Idempotency-Key (same group id) forms it.
 */
@CommandHandler(FormGroupCommand)
export class FormGroupHandler implements ICommandHandler<FormGroupCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: FormGroupCommand): Promise<CommandResult> {
    const groupId = this.executor.newId(groupAggregate, context);
    const parentId = input.parentId ?? null;
    const spec = {
      name: 'form-group',
      request: { ...input, groupId },
      target: { aggregate: groupAggregate, id: groupId },
    };
    return this.executor.process(spec, context, async (session) => {
      const load = async (id: string) => (await session.load(groupAggregate, id)).state;
      const modelId = input.modelId ?? null;
      const model = modelId
        ? await session.load(modelAggregate, modelId)
        : { state: modelDecider.initialState };
      const group = await session.load(groupAggregate, groupId);
      const chain = await loadChain(load, parentId);
      const decision = decideFormation(
        {
          type: 'FormGroup',
          data: { ...input, groupId, parentId, parent: factsIn(chain, parentId) },
        },
        group.state,
        model.state,
      );
      if (modelId) await session.append(modelAggregate, modelId, decision.model);
      return session.append(groupAggregate, groupId, decision.group);
    });
  }
}
