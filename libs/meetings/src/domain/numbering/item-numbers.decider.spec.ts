import { given } from '@app/testing';
import {
  holderOf,
  itemNumbersDecider,
  type ItemNumbersEvent,
  type NumberItem,
} from './item-numbers.decider';

const BODY = 'org-nan-au';
const on = '2023-11-06';
const number = (meetingId: string, itemId: string, n: number | null): NumberItem => ({
  type: 'NumberItem',
  data: { bodyId: BODY, year: 2023, meetingId, itemId, number: n, on },
});
const taken = (meetingId: string, itemId: string, n: number): ItemNumbersEvent => ({
  type: 'ItemNumberTaken',
  data: { bodyId: BODY, year: 2023, number: n, meetingId, itemId, on },
});
const released = (meetingId: string, itemId: string, n: number): ItemNumbersEvent => ({
  type: 'ItemNumberReleased',
  data: { bodyId: BODY, year: 2023, number: n, meetingId, itemId, on },
});

describe('item numbers of a body and year', () => {
  it('gives a free number to an item', () => {
    given(itemNumbersDecider)
      .when(number('m-1', 'i-42', 42))
      .then([taken('m-1', 'i-42', 42)]);
  });

  it('refuses a number another meeting of the body holds, naming the holder', () => {
    const error = given(itemNumbersDecider, [taken('m-1', 'i-42', 42)])
      .when(number('m-2', 'i-9', 42))
      .thenFails('ITEM.NUMBER_TAKEN', 'conflict');
    expect(error.details).toMatchObject({ takenBy: { meetingId: 'm-1', itemId: 'i-42' } });
  });

  it('gives another number to another meeting', () => {
    given(itemNumbersDecider, [taken('m-1', 'i-42', 42)])
      .when(number('m-2', 'i-43', 43))
      .then([taken('m-2', 'i-43', 43)]);
  });

  it('renumbers an item: its old number is released and free again', () => {
    const after = given(itemNumbersDecider, [taken('m-1', 'i-42', 42)]).when(
      number('m-1', 'i-42', 44),
    );
    after.then([released('m-1', 'i-42', 42), taken('m-1', 'i-42', 44)]);
    expect(holderOf(after.state(), 42)).toBeNull();
    expect(holderOf(after.state(), 44)).toEqual({ meetingId: 'm-1', itemId: 'i-42' });
  });

  it('releases the number of an item that loses it or is removed', () => {
    given(itemNumbersDecider, [taken('m-1', 'i-42', 42)])
      .when(number('m-1', 'i-42', null))
      .then([released('m-1', 'i-42', 42)]);
  });

  it('records nothing when the item already holds the number, or holds none and gets none', () => {
    given(itemNumbersDecider, [taken('m-1', 'i-42', 42)])
      .when(number('m-1', 'i-42', 42))
      .then([]);
    given(itemNumbersDecider)
      .when(number('m-1', 'i-1', null))
      .then([]);
  });

  it("takes over a number left by another item of the same meeting (the meeting's stream decides)", () => {
    given(itemNumbersDecider, [taken('m-1', 'gone', 42)])
      .when(number('m-1', 'i-42', 42))
      .then([released('m-1', 'gone', 42), taken('m-1', 'i-42', 42)]);
  });

  it('frees a released number for another meeting', () => {
    given(itemNumbersDecider, [taken('m-1', 'i-42', 42), released('m-1', 'i-42', 42)])
      .when(number('m-2', 'i-1', 42))
      .then([taken('m-2', 'i-1', 42)]);
  });
});
