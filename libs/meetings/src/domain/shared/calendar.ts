import { isIsoDate, isTimeOfDay, type IsoDate, type TimeOfDay } from '@app/kernel';

/**
 * Calendar arithmetic on plain strings. Commands arrive as JSON and events are stored as JSON,
 * so dates stay YYYY-MM-DD and times HH:MM end to end; both order correctly as strings.
 * Arithmetic goes through UTC so that no time zone or daylight-saving shift moves a day.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export { isIsoDate, isTimeOfDay, type IsoDate, type TimeOfDay };

function toEpochDay(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a date YYYY-MM-DD: ${String(date)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`: negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
