import { failureOf } from '@app/testing';
import { checkPlan } from './meeting.plan';

describe('meeting plan (sammanträdesplan)', () => {
  const booking = (date: string) => ({ scheduledFor: { date } });

  it('keeps each booked meeting of the plan', () => {
    expect(checkPlan([booking('2025-02-10'), booking('2025-04-14')])).toHaveLength(2);
  });

  it.each([
    ['no meetings', [], 'MEETING.PLAN_SIZE'],
    [
      'more than 60',
      Array.from({ length: 61 }, (_, i) => booking(`2025-01-${i}`)),
      'MEETING.PLAN_SIZE',
    ],
    ['a day twice', [booking('2025-02-10'), booking('2025-02-10')], 'MEETING.PLAN_DATE_TWICE'],
    ['no list', 'every month', 'MEETING.INVALID_MEETINGS'],
  ])('refuses %s', (_what, meetings, code) => {
    expect(failureOf(() => checkPlan(meetings)).code).toBe(code);
  });
});
