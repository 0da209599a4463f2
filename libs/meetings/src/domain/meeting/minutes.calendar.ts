import { addDays, daysBetween, type IsoDate } from '../shared/calendar';

/**
 * The deadlines of the Local Government Act (kommunallagen 2017:725) that the read side shows
 * beside each set of minutes. They are computed, never stored: a record made late or out of
 * time is still a true record, and the reader is told whether it was in time.
 */

/** Minutes are approved at the latest 14 days after the meeting (KL 5:69). */
export const APPROVAL_DAYS = 14;
/** The notice goes up at the latest on the second day after approval (KL 8:12). */
export const NOTICE_DAYS = 2;
/** A decision can be appealed within three weeks from the day the notice went up (KL 13:5). */
export const APPEAL_DAYS = 21;

/** `§ 42/23`: the number of an item within its body's year, as minutes print it. */
export function formatItemNumber(number: number, year: number): string {
  return `§ ${number}/${String(year % 100).padStart(2, '0')}`;
}

/**
 * An item's number as the record prints it: "§ 42/23" in minutes; in notes, numbered within
 * the meeting, the number alone ("3"); null for an unnumbered point.
 */
export function itemLabel(number: number | null, year: number | null): string | null {
  if (number === null) return null;
  return year === null ? String(number) : formatItemNumber(number, year);
}

/**
 * The last day an appeal can be lodged: three weeks from posting, counting the posting day as
 * day zero (posted 2023-11-15 → 2023-12-06, which is why that notice came down on 2023-12-07).
 * The rule that moves a deadline falling on a Sunday or public holiday to the next weekday
 * (lag 1930:173) is not applied here.
 */
export function appealPeriodEnd(postedOn: IsoDate): IsoDate {
  return addDays(postedOn, APPEAL_DAYS);
}

export function approvedInTime(meetingDate: IsoDate, approvedOn: IsoDate): boolean {
  const days = daysBetween(meetingDate, approvedOn);
  return days >= 0 && days <= APPROVAL_DAYS;
}

export function noticeInTime(approvedOn: IsoDate, postedOn: IsoDate): boolean {
  const days = daysBetween(approvedOn, postedOn);
  return days >= 0 && days <= NOTICE_DAYS;
}
