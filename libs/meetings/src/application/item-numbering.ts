import type { CommandResult } from '@app/kernel';
import type { ProcessSession } from '@app/event-store';
import {
  holderOf,
  type ItemFacts,
  type ItemInput,
  itemNumbersDecider,
  itemNumbersOf,
  type MeetingEvent,
  type MeetingState,
  type NumberHolder,
} from '../domain';
import { itemNumbersAggregate, meetingAggregate } from './aggregates';
import { loadItemFacts } from './reference-facts';

type KnownMeeting = Exclude<MeetingState, { status: 'none' }>;

export interface ItemChange {
  meetingId: string;
  itemId: string;
  /** The number the item asks for after the change (null: none), on the meeting as it is. */
  wanted(meeting: KnownMeeting): number | null;
  /** What the item or the amendment says, for the people and organisations it names. */
  names?: Partial<ItemInput>;
  /** The meeting decider's answer, given who else holds the wanted number and what is named. */
  decide(
    meeting: MeetingState,
    numberTakenBy: NumberHolder | null,
    facts: ItemFacts,
  ): MeetingEvent[];
}

/**
 * Records, amends or removes an item together with its number in the body's register for the
 * year (minutes only). The register is written first: two meetings of one body taking the same number both
 * write it, so one loses the race and is decided again, and is then refused. A crash between
 * the two appends leaves a number reserved for an item not yet recorded; a retry with the same
 * Idempotency-Key records it, and another item of the same meeting may take the number over.
 */
export async function changeItem(
  session: ProcessSession,
  change: ItemChange,
): Promise<CommandResult> {
  const { meetingId, itemId } = change;
  const { state } = await session.load(meetingAggregate, meetingId);
  const previous = state.status === 'none' ? null : (state.items[itemId]?.number ?? null);
  const wanted = state.status === 'none' ? null : change.wanted(state);
  // After the meeting: a repeat finds its own event there and reads the others as of then.
  const facts = change.names
    ? await loadItemFacts(session.load.bind(session), change.names)
    : { registered: [], organisations: [] };
  // Notes number their items within the meeting: no register per body and year to keep.
  if (
    state.status === 'none' ||
    state.records === 'notes' ||
    (previous === null && wanted === null)
  ) {
    return session.append(meetingAggregate, meetingId, change.decide(state, null, facts));
  }
  const register = itemNumbersOf(state);
  const numbers = await session.load(itemNumbersAggregate, register.id);
  const taken = wanted === null ? null : holderOf(numbers.state, wanted);
  const events = change.decide(state, taken, facts);
  const numbering = itemNumbersDecider.decide(
    {
      type: 'NumberItem',
      data: {
        bodyId: register.bodyId,
        year: register.year,
        meetingId,
        itemId,
        number: numberAfter(events),
        on: state.scheduledFor.date,
      },
    },
    numbers.state,
  );
  await session.append(itemNumbersAggregate, register.id, numbering);
  return session.append(meetingAggregate, meetingId, events);
}

/** The item's number as the decided event leaves it. */
function numberAfter(events: MeetingEvent[]): number | null {
  const event = events[0];
  return event?.type === 'ItemRecorded' || event?.type === 'ItemAmended'
    ? event.data.item.number
    : null;
}
