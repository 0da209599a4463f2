import fc from 'fast-check';
import { addDays, daysBetween, isIsoDate } from '../shared/calendar';
import {
  appealPeriodEnd,
  approvedInTime,
  formatItemNumber,
  noticeInTime,
} from './minutes.calendar';

const date = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2090, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('minutes calendar', () => {
  it.each([
    [42, 2023, '§ 42/23'],
    [78, 2024, '§ 78/24'],
    [1, 2005, '§ 1/05'],
    [120, 2000, '§ 120/00'],
  ])('prints item %i of %i as %s', (number, year, printed) => {
    expect(formatItemNumber(number, year)).toBe(printed);
  });

  it('ends the appeal period three weeks after posting, as both seed notices show', () => {
    // NAN AU 2023-11-06: posted 2023-11-15, taken down 2023-12-07, the day after the period.
    expect(appealPeriodEnd('2023-11-15')).toBe('2023-12-06');
    // Joint AU 2024-11-14: posted 2024-11-19, taken down 2024-12-11.
    expect(appealPeriodEnd('2024-11-19')).toBe('2024-12-10');
    expect(appealPeriodEnd('2024-02-20')).toBe('2024-03-12');
  });

  it.each([
    ['2023-11-06', '2023-11-14', true],
    ['2023-11-06', '2023-11-06', true],
    ['2023-11-06', '2023-11-20', true],
    ['2023-11-06', '2023-11-21', false],
    ['2023-11-06', '2023-11-05', false],
  ])('meeting %s approved %s is in time: %s', (meeting, approvedOn, inTime) => {
    expect(approvedInTime(meeting, approvedOn)).toBe(inTime);
  });

  it.each([
    ['2023-11-14', '2023-11-15', true],
    ['2023-11-14', '2023-11-14', true],
    ['2023-11-14', '2023-11-16', true],
    ['2023-11-14', '2023-11-17', false],
    ['2023-12-30', '2024-01-01', true],
    ['2023-11-14', '2023-11-13', false],
  ])('approved %s, notice posted %s is in time: %s', (approvedOn, postedOn, inTime) => {
    expect(noticeInTime(approvedOn, postedOn)).toBe(inTime);
  });

  it('does day arithmetic that round-trips and keeps the weekday over three weeks', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -4000, max: 4000 }), (from, days) => {
        const to = addDays(from, days);
        expect(isIsoDate(to)).toBe(true);
        expect(daysBetween(from, to)).toBe(days);
        expect(addDays(to, -days)).toBe(from);
      }),
    );
    fc.assert(
      fc.property(date, (postedOn) => {
        const end = appealPeriodEnd(postedOn);
        expect(daysBetween(postedOn, end)).toBe(21);
        const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
        expect(weekday(end)).toBe(weekday(postedOn));
      }),
    );
  });

  it('crosses leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-20', 21)).toBe('2024-01-10');
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });
});
