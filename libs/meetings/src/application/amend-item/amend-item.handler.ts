import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '../aggregates';
import { changeItem } from '../item-numbering';
import { AmendItemCommand } from './amend-item.command';

/**
 * A renumbered item gives up its old number in the register and takes the new one; the people
 * and organisations the changes name are looked up in their own streams first.
 */
@CommandHandler(AmendItemCommand)
export class AmendItemHandler implements ICommandHandler<AmendItemCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AmendItemCommand): Promise<CommandResult> {
    const { meetingId, itemId, changes } = input;
    const spec = {
      name: 'amend-item',
      request: input,
      target: { aggregate: meetingAggregate, id: meetingId },
    };
    return this.executor.process(spec, context, (session) =>
      changeItem(session, {
        meetingId,
        itemId,
        wanted: (meeting) =>
          changes.number === undefined
            ? (meeting.items[itemId]?.number ?? null)
            : (changes.number ?? null),
        names: changes,
        decide: (meeting, numberTakenBy, facts) =>
          meetingAggregate.decider.decide(
            { type: 'AmendItem', data: { meetingId, itemId, changes, numberTakenBy, facts } },
            meeting,
          ),
      }),
    );
  }
}
