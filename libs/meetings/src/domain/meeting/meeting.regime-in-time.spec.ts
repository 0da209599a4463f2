import { given, run } from '@app/testing';
import { MEETING, bodyFacts, recordItem, schedule } from '../testing/meeting.fixtures';
import type { RescheduleMeeting } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';

/** A committee that kept minutes until 2023 and notes from 2024 (its terms changed on New Year). */
const body = bodyFacts({
  regimes: [
    { from: '2019-01-01', records: 'minutes' },
    { from: '2024-01-01', records: 'notes' },
  ],
});
const reschedule = (date: string): RescheduleMeeting => ({
  type: 'RescheduleMeeting',
  data: { meetingId: MEETING, body, scheduledFor: { date, time: '09:00' } },
});
const bookedIn2023 = run(decider, [schedule({ body })]);

describe('meeting decider: the records regime in force on the meeting date', () => {
  it("follows the regime of the meeting's date, not the body's latest", () => {
    given(decider)
      .when(schedule({ body }))
      .then([
        expect.objectContaining({
          type: 'MeetingScheduled',
          data: expect.objectContaining({ records: 'minutes' }),
        }),
      ]);
    given(decider)
      .when(schedule({ body, scheduledFor: { date: '2024-01-01', time: '09:00' } }))
      .then([expect.objectContaining({ data: expect.objectContaining({ records: 'notes' }) })]);
  });

  it('takes a regime that began in a month known only to the month from that month on', () => {
    const coarse = bodyFacts({
      regimes: [
        { from: '2019-01-01', records: 'minutes' },
        { from: '2024-03', records: 'notes' },
      ],
    });
    const on = (date: string) =>
      given(decider)
        .when(schedule({ body: coarse, scheduledFor: { date, time: '09:00' } }))
        .events()[0];
    expect(on('2024-02-29')).toMatchObject({ data: { records: 'minutes' } });
    expect(on('2024-03-01')).toMatchObject({ data: { records: 'notes' } });
  });

  it('a meeting moved into another regime follows it; the event says so only then', () => {
    const [moved] = given(decider, bookedIn2023).when(reschedule('2024-02-01')).events();
    expect(moved).toMatchObject({ type: 'MeetingRescheduled', data: { records: 'notes' } });
    const [within] = given(decider, bookedIn2023).when(reschedule('2023-12-01')).events();
    expect(within.data).not.toHaveProperty('records');
  });

  it('refuses to move a meeting with items into another regime: they were numbered as minutes', () => {
    // An agenda item: no decision before the meeting has sat.
    const withItem = run(decider, [recordItem({ decision: null })], bookedIn2023);
    given(decider, [...bookedIn2023, ...withItem])
      .when(reschedule('2024-02-01'))
      .thenFails('MEETING.RECORDS_DIFFER_ON_DATE', 'conflict');
  });
});
