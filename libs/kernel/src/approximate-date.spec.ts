import {
  approximateDate,
  certaintyOn,
  certaintyOfAll,
  certainlyBefore,
  certainlyNotAfter,
  dayAfter,
  latest,
  requireDateAsGiven,
} from './approximate-date';

describe('a date as precise as its source', () => {
  it.each([
    ['2020', 'year', '2020-01-01', '2020-12-31'],
    ['2021-12', 'month', '2021-12-01', '2021-12-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2021-12-20', 'day', '2021-12-20', '2021-12-20'],
  ])('%s is a %s from %s to %s', (text, precision, earliest, latest) => {
    expect(approximateDate(text)).toEqual({ text, precision, earliest, latest });
  });

  it.each(['20', '2021-13', '2021-00', '2023-02-30', '2021-1', 'våren 2021', '', 2021, null])(
    '%p is no date',
    (value) => {
      expect(approximateDate(value)).toBeUndefined();
      expect(() => requireDateAsGiven('GROUP', 'formedOn', value)).toThrow(
        expect.objectContaining({ code: 'GROUP.INVALID_DATE' }),
      );
    },
  );

  it('is certainly before another only when its last possible day is', () => {
    expect(certainlyBefore('2020', '2021-01-01')).toBe(true);
    expect(certainlyBefore('2021', '2021-03-01')).toBe(false);
    expect(certainlyBefore('2021-03-01', '2021')).toBe(false);
    expect(certainlyBefore('2021-02', '2021-03')).toBe(true);
  });

  it('a period known to the year is uncertain during that year, certain after it', () => {
    expect(certaintyOn('2020-06-01', '2020')).toBe('uncertain');
    expect(certaintyOn('2020-12-31', '2020')).toBe('certain');
    expect(certaintyOn('2021-06-01', '2020', '2021')).toBe('uncertain');
    expect(certaintyOn('2020-12-31', '2020', '2021')).toBe('certain');
    expect(certaintyOn('2020-06-01', '2020-03-01', null)).toBe('certain');
  });

  it('a reading from several dates is uncertain while any of them may or may not have come', () => {
    expect(certaintyOfAll('2023-06-01', ['2023-01-10', '2024', null])).toBe('certain');
    expect(certaintyOfAll('2023-06-01', ['2023-01-10', '2023-06'])).toBe('uncertain');
    expect(certaintyOfAll('2023-06-30', ['2023-06'])).toBe('certain');
  });

  describe('the latest of several dates', () => {
    it('is the one placed last, by its first possible day', () => {
      expect(latest('2021', '2021-06-01')).toBe('2021-06-01');
      expect(latest('2021-06-01', '2021')).toBe('2021-06-01');
      expect(latest('2021-12', '2021-11-30')).toBe('2021-12');
      expect(latest('2022', '2021-12-31', '2021-12')).toBe('2022');
    });

    it('of dates placed on the same day, is the most precise, whatever their order', () => {
      expect(latest('2021-01-01', '2021', '2021-01')).toBe('2021-01-01');
      expect(latest('2021', '2021-01', '2021-01-01')).toBe('2021-01-01');
      expect(latest('2021', '2021-01')).toBe('2021-01');
    });

    it('skips absent dates, and needs one', () => {
      expect(latest(null, '2020', undefined)).toBe('2020');
      expect(() => latest(null, undefined)).toThrow();
    });

    it('is the bound a later change is checked against', () => {
      // Recorded: formed 2021 and a change on 2021-06-01; an end in May 2021 is certainly too early.
      expect(certainlyNotAfter('2021-05', latest('2021', '2021-06-01'))).toBe(true);
      expect(certainlyNotAfter('2021-06', latest('2021', '2021-06-01'))).toBe(false);
    });
  });

  it('counts the day after across months and years', () => {
    expect(dayAfter('2021-12-31')).toBe('2022-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });
});
