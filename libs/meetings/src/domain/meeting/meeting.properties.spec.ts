import fc from 'fast-check';
import { DomainError } from '@app/kernel';
import { isIsoDate } from '../shared/calendar';
import { fold } from '@app/testing';
import {
  MEETING,
  approve,
  bodyFacts,
  itemFacts,
  person,
  postNotice,
  recordHeld,
  recordItem,
  schedule,
} from '../testing/meeting.fixtures';
import type { MeetingCommand } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';
import { validFromOfMeetingEvent, type MeetingEvent } from './meeting.events';
import { attended } from './meeting.state';

const itemId = fc.constantFrom('i-1', 'i-2', 'i-3');
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2023-11-${String(d).padStart(2, '0')}`);
// Mostly people who attend, so that approvals get through often enough to test what follows.
const someone = fc.oneof(
  { arbitrary: fc.constantFrom(person.chair, person.adjuster, person.member), weight: 5 },
  { arbitrary: fc.constant(person.outsider), weight: 1 },
);
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

/** Commands thrown at one meeting in any order, many of them against the rules. */
const command: fc.Arbitrary<MeetingCommand> = fc.oneof(
  w(1, fc.constant(schedule())),
  w(
    1,
    day.map((date): MeetingCommand => ({
      type: 'RescheduleMeeting',
      data: { meetingId: MEETING, body: bodyFacts(), scheduledFor: { date } },
    })),
  ),
  w(
    1,
    day.map((cancelledOn): MeetingCommand => ({
      type: 'CancelMeeting',
      data: { meetingId: MEETING, cancelledOn },
    })),
  ),
  w(6, fc.constant(recordHeld())),
  w(
    10,
    fc
      .record({
        itemId,
        number: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        decided: fc.oneof(fc.constant(true), fc.boolean()),
        elsewhere: fc.boolean(),
      })
      .map(({ itemId, number, decided, elsewhere }) =>
        recordItem(
          {
            number,
            decision: decided ? { text: 'Beslut' } : null,
            numberTakenBy: elsewhere ? { meetingId: 'mtg-0', itemId: 'x' } : null,
          },
          itemId,
        ),
      ),
  ),
  w(
    3,
    fc
      .record({ itemId, number: fc.integer({ min: 1, max: 3 }), title: fc.constantFrom('A', 'B') })
      .map(({ itemId, number, title }): MeetingCommand => ({
        type: 'AmendItem',
        data: {
          meetingId: MEETING,
          itemId,
          changes: { number, title },
          numberTakenBy: null,
          facts: itemFacts,
        },
      })),
  ),
  w(
    1,
    itemId.map((itemId): MeetingCommand => ({
      type: 'RemoveItem',
      data: { meetingId: MEETING, itemId },
    })),
  ),
  w(
    6,
    fc
      .record({ approvedOn: day, chairId: someone, adjuster: someone })
      .map(({ approvedOn, chairId, adjuster }) =>
        approve({ approvedOn, chairId, adjusterIds: [adjuster], secretaryId: null }),
      ),
  ),
  w(
    3,
    day.map((postedOn) => postNotice({ postedOn, takenDownOn: null })),
  ),
  w(
    5,
    fc
      .record({ itemId, text: fc.constantFrom('Rättad', 'Beslut'), correctedOn: day })
      .map(({ itemId, text, correctedOn }): MeetingCommand => ({
        type: 'CorrectItem',
        data: { meetingId: MEETING, itemId, field: 'title', text, why: 'Skrivfel', correctedOn },
      })),
  ),
);

describe('meeting decider: properties over any sequence of commands', () => {
  it('keeps every rule, whatever is attempted', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (attempts) => {
        const commands = [schedule(), ...attempts];
        let events: MeetingEvent[] = [];
        for (const next of commands) {
          const state = fold(decider, events);
          let decided: MeetingEvent[];
          try {
            decided = decider.decide(next, state);
          } catch (error) {
            // Only broken rules may stop a command, never a crash.
            if (!(error instanceof DomainError)) throw error;
            continue;
          }
          const approvedBefore = state.status !== 'none' && state.approval !== null;
          for (const event of decided) {
            expect(isIsoDate(validFromOfMeetingEvent(event))).toBe(true);
            if (approvedBefore) expect(['NoticePosted', 'ItemCorrected']).toContain(event.type);
            expect(state.status).not.toBe('cancelled');
          }
          events = [...events, ...decided];
          const after = fold(decider, events);
          if (after.status === 'none') continue;
          const items = Object.values(after.items);
          const numbers = items
            .filter((i) => i.number !== null)
            .map((i) => `${i.number}/${i.year}`);
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(new Set(items.map((i) => i.position)).size).toBe(items.length);
          if (after.approval) {
            for (const id of [after.approval.chairId, ...after.approval.adjusterIds]) {
              expect(attended(after, id)).toBe(true);
            }
            expect(after.approval.approvedOn >= after.scheduledFor.date).toBe(true);
          }
          if (after.notice) expect(after.notice.postedOn >= after.approval!.approvedOn).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('lets only the notice and corrections through once the minutes are approved', () => {
    const approvedMeeting: MeetingEvent[] = [];
    for (const next of [
      schedule(),
      recordHeld(),
      recordItem({}, 'i-1'),
      recordItem({ number: 2 }, 'i-2'),
      approve({ approvedOn: '2023-11-10' }),
    ]) {
      approvedMeeting.push(...decider.decide(next, fold(decider, approvedMeeting)));
    }
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 15 }), (attempts) => {
        const events = [...approvedMeeting];
        for (const next of attempts) {
          let decided: MeetingEvent[] = [];
          try {
            decided = decider.decide(next, fold(decider, events));
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
          for (const event of decided)
            expect(['NoticePosted', 'ItemCorrected']).toContain(event.type);
          events.push(...decided);
        }
        const state = fold(decider, events);
        // The approved items are still there, numbered as approved, whatever was corrected.
        expect(
          state.status === 'held' &&
            Object.values(state.items).map((item) => [item.itemId, item.number, item.position]),
        ).toEqual([
          ['i-1', 42, 1],
          ['i-2', 2, 2],
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('approves only when every decision item carries its decision', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (decided) => {
        const events: MeetingEvent[] = [];
        const apply = (c: MeetingCommand) =>
          events.push(...decider.decide(c, fold(decider, events)));
        apply(schedule());
        apply(recordHeld());
        decided.forEach((yes, index) =>
          apply(
            recordItem(
              { number: index + 1, decision: yes ? { text: 'Beslut' } : null },
              `i-${index}`,
            ),
          ),
        );
        let approvedOk = true;
        try {
          apply(approve());
        } catch (error) {
          expect(error instanceof DomainError && error.code).toBe('ITEM.DECISION_MISSING');
          approvedOk = false;
        }
        expect(approvedOk).toBe(decided.every(Boolean));
      }),
    );
  });
});
