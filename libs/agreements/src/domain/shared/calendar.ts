import type { IsoDate } from '@app/kernel';

export type { IsoDate };

/** The date `days` days after `date` (before, when negative), on the calendar, not the clock. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));
