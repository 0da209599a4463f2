import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { changeItem } from '../item-numbering';
import { RemoveItemCommand } from './remove-item.command';

/** A removed item's number is free again for the body's other items that year. */
@CommandHandler(RemoveItemCommand)
export class RemoveItemHandler implements ICommandHandler<RemoveItemCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: RemoveItemCommand): Promise<CommandResult> {
    const spec = {
      name: 'remove-item',
      request: input,
      target: { aggregate: meetingAggregate, id: input.meetingId },
    };
    return this.executor.process(spec, context, (session) =>
      changeItem(session, {
        ...input,
        wanted: () => null,
        decide: (meeting) =>
          meetingAggregate.decider.decide({ type: 'RemoveItem', data: input }, meeting),
      }),
    );
  }
}
