import { DomainError, type Decider } from '@app/kernel';
import { yearOf, type IsoDate } from '../shared/calendar';
import type { NumberHolder } from '../meeting/meeting.commands';
import { formatItemNumber } from '../meeting/minutes.calendar';

/**
 * The register of a body's item numbers in one year: which item of which meeting holds each
 * number. Its stream is what two meetings of the same body write when they take numbers, so
 * they cannot both take one (a projection would lag; this stream never does).
 */
export type ItemNumberHolding = NumberHolder & {
  bodyId: string;
  year: number;
  number: number;
  /** The meeting's date: the day the holding holds from. */
  on: IsoDate;
};

export type ItemNumberTaken = { type: 'ItemNumberTaken'; data: ItemNumberHolding };
export type ItemNumberReleased = { type: 'ItemNumberReleased'; data: ItemNumberHolding };
export type ItemNumbersEvent = ItemNumberTaken | ItemNumberReleased;

/** From now on the item holds `number` in this register; null: none. */
export type NumberItem = {
  type: 'NumberItem';
  data: NumberHolder & { bodyId: string; year: number; number: number | null; on: IsoDate };
};

export interface ItemNumbersState {
  /** By number (as a JSON key). */
  holders: Record<string, NumberHolder>;
}

export const itemNumbersId = (bodyId: string, year: number): string => `${bodyId}-${year}`;

/** The register a meeting's items take their numbers from: its body's, in the meeting's year. */
export function itemNumbersOf(meeting: { bodyId: string; scheduledFor: { date: IsoDate } }) {
  const year = yearOf(meeting.scheduledFor.date);
  return { id: itemNumbersId(meeting.bodyId, year), bodyId: meeting.bodyId, year };
}
export const itemNumbersStream = (id: string): string => `item-numbers-${id}`;

export const ITEM_NUMBERS_EVENT_VERSIONS: Record<ItemNumbersEvent['type'], number> = {
  ItemNumberTaken: 1,
  ItemNumberReleased: 1,
};

export const validFromOfItemNumbersEvent = (event: ItemNumbersEvent): IsoDate => event.data.on;

export function holderOf(state: ItemNumbersState, number: number): NumberHolder | null {
  return state.holders[String(number)] ?? null;
}

export const itemNumbersDecider: Decider<NumberItem, ItemNumbersEvent, ItemNumbersState> = {
  initialState: { holders: {} },
  evolve(state, event) {
    const { number, meetingId, itemId } = event.data;
    const { [String(number)]: _previous, ...others } = state.holders;
    return {
      holders:
        event.type === 'ItemNumberTaken' ? { ...others, [number]: { meetingId, itemId } } : others,
    };
  },
  decide({ data }, state) {
    const { bodyId, year, meetingId, itemId, number, on } = data;
    const released = (n: number, holder: NumberHolder): ItemNumbersEvent => ({
      type: 'ItemNumberReleased',
      data: { bodyId, year, number: n, ...holder, on },
    });
    const isThisItem = (holder: NumberHolder) =>
      holder.meetingId === meetingId && holder.itemId === itemId;
    const current = Object.entries(state.holders).find(([, holder]) => isThisItem(holder));
    if (current && Number(current[0]) === number) return [];
    const events: ItemNumbersEvent[] = current ? [released(Number(current[0]), current[1])] : [];
    if (number === null) return events;
    const holder = holderOf(state, number);
    if (holder && holder.meetingId !== meetingId) {
      throw new DomainError(
        'ITEM.NUMBER_TAKEN',
        `${formatItemNumber(number, year)} is already used by this body`,
        'conflict',
        { number, year, takenBy: holder },
      );
    }
    // Another item of the same meeting: the meeting's own stream, which the handler writes
    // after this one and which serialises its items, has already refused a live holder, so
    // this one is left over from an interrupted command and is taken over.
    if (holder) events.push(released(number, holder));
    events.push({ type: 'ItemNumberTaken', data: { bodyId, year, number, meetingId, itemId, on } });
    return events;
  },
};
