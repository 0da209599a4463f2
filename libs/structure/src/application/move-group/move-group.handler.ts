import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { factsIn } from '../../domain';
import { groupAggregate } from '../aggregates';
import { loadChain } from '../group-tree';
import { MoveGroupCommand } from './move-group.command';

/** The new parent's chain comes from the streams, so that a move below the group's own descendant is seen. */
@CommandHandler(MoveGroupCommand)
export class MoveGroupHandler implements ICommandHandler<MoveGroupCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: MoveGroupCommand): Promise<CommandResult> {
    const { groupId, parentId } = input;
    const tenant = context.identity.municipality;
    const chain = await loadChain(
      async (id) => (await this.executor.load(tenant, groupAggregate, id)).state,
      parentId,
    );
    return this.executor.execute(
      groupAggregate,
      groupId,
      { type: 'MoveGroup', data: { ...input, parent: factsIn(chain, parentId) } },
      context,
    );
  }
}
