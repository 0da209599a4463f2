import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { itemIds, meetingAggregate } from '../aggregates';
import { changeItem } from '../item-numbering';
import { RecordItemCommand, type RecordItemResult } from './record-item.command';

/**
 * An item and, when it has one, its number in the body's register for the year; the people and
 * organisations it names are looked up in their own streams first.
 */
@CommandHandler(RecordItemCommand)
export class RecordItemHandler implements ICommandHandler<RecordItemCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: RecordItemCommand): Promise<RecordItemResult> {
    const { meetingId, ...item } = input;
    // Derived from the Idempotency-Key and the meeting when there is one: a repeat names the same item.
    const itemId = this.executor.newId(itemIds(meetingId), context);
    const spec = {
      name: 'record-item',
      request: { ...input, itemId },
      target: { aggregate: meetingAggregate, id: meetingId },
    };
    const result = await this.executor.process(spec, context, (session) =>
      changeItem(session, {
        meetingId,
        itemId,
        wanted: () => item.number ?? null,
        names: item,
        decide: (meeting, numberTakenBy, facts) =>
          meetingAggregate.decider.decide(
            { type: 'RecordItem', data: { ...item, meetingId, itemId, numberTakenBy, facts } },
            meeting,
          ),
      }),
    );
    return { ...result, itemId };
  }
}
