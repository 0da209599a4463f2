import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { groupAggregate } from '../aggregates';
import { ReMandateGroupCommand } from './re-mandate-group.command';

@CommandHandler(ReMandateGroupCommand)
export class ReMandateGroupHandler implements ICommandHandler<ReMandateGroupCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ReMandateGroupCommand): Promise<CommandResult> {
    const { groupId, mandate, focusArea, cadence, records, on } = input;
    return this.executor.execute(
      groupAggregate,
      groupId,
      { type: 'ReMandateGroup', data: { groupId, mandate, focusArea, cadence, records, on } },
      context,
    );
  }
}
