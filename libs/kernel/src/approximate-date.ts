/**
 * A valid-time date as precise as its source: old minutes say "anställdes 2020" or "senast
 * december 2021" as often as they name a day. The text is kept as given, in ISO 8601's reduced
 * precision (YYYY, YYYY-MM, YYYY-MM-DD), so the text alone says its precision: events and reads
 * carry it as one string, and every day-precise date stored before approximate ones existed is
 * already one of them.
 */
import { DomainError } from './domain-error';
import { isIsoDate, type IsoDate } from './command-guards';

/** YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it. */
export type DateAsGiven = string;

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface ApproximateDate {
  text: DateAsGiven;
  precision: DatePrecision;
  /** The first day the date may be. */
  earliest: IsoDate;
  /** The last day the date may be (the end of the year or month; the day itself if precise). */
  latest: IsoDate;
}

/** The pattern OpenAPI shows for such a field. */
export const DATE_AS_GIVEN_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?$';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function approximateDate(value: unknown): ApproximateDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (isIsoDate(value)) return { text: value, precision: 'day', earliest: value, latest: value };
  const year = YEAR.exec(value);
  if (year) {
    return { text: value, precision: 'year', earliest: `${value}-01-01`, latest: `${value}-12-31` };
  }
  const month = MONTH.exec(value);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { text: value, precision: 'month', earliest: `${value}-01`, latest: `${value}-${last}` };
  }
  return undefined;
}

export function isDateAsGiven(value: unknown): value is DateAsGiven {
  return approximateDate(value) !== undefined;
}

/**
 * Dates parsed before, by text: a projection asks for the first and last days of the same few
 * dates on every date of a history (a group's seats on each day something changed), and the
 * parse (a pattern and a calendar check) was a twentieth of Node's work in rebuilding the groups.
 * Bounded: emptied when full, so a long run over many distinct dates keeps only recent ones.
 */
const PARSED = new Map<DateAsGiven, ApproximateDate>();
const PARSED_LIMIT = 4096;

/** The one parse every date as given goes through; a text that is no date is a malformed command. */
function parsed(date: DateAsGiven): ApproximateDate {
  const known = PARSED.get(date);
  if (known) return known;
  const value = approximateDate(date);
  if (value === undefined) throw new Error(`${date} is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(date, value);
  return value;
}

export const earliestDay = (date: DateAsGiven): IsoDate => parsed(date).earliest;
export const latestDay = (date: DateAsGiven): IsoDate => parsed(date).latest;
export const precisionOf = (date: DateAsGiven): DatePrecision => parsed(date).precision;

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * The date placed last, for "nothing may be dated before the last recorded change": the one whose
 * first possible day is latest, as the store places dates ("2021-06-01" is later than "2021",
 * which is placed on 2021-01-01). Of dates placed on the same day, the most precise ("2021-01-01"
 * rather than "2021-01" or "2021"): a change on that very day follows a precise day's fact in no
 * order, while it may follow a month's or a year's. The rules that read it compare their date
 * with its first possible day (certainlyNotAfter, notPlacedAfter), so this is the tightest bound
 * the recorded dates certainly give. Absent dates are skipped; at least one must be given.
 */
export function latest(...dates: (DateAsGiven | null | undefined)[]): DateAsGiven {
  const given = dates.filter((date): date is DateAsGiven => typeof date === 'string');
  if (given.length === 0) throw new Error('latest() needs at least one date');
  return given.reduce((a, b) => (placedLater(b, a) ? b : a));
}

function placedLater(a: DateAsGiven, b: DateAsGiven): boolean {
  const [first, second] = [parsed(a), parsed(b)];
  if (first.earliest !== second.earliest) return first.earliest > second.earliest;
  return PRECISION_RANK[first.precision] > PRECISION_RANK[second.precision];
}

/** The day after `day`: a due date is overdue from the day after its last possible day. */
export function dayAfter(day: IsoDate): IsoDate {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * Rules refuse only what is certainly wrong: `a` is certainly before `b` when its last possible
 * day is before the first possible day of `b` ("2021" is not certainly before "2021-03-01").
 */
export const certainlyBefore = (a: DateAsGiven, b: DateAsGiven): boolean =>
  latestDay(a) < earliestDay(b);

/** As certainlyBefore, or on the same day for certain (both the same precise day). */
export const certainlyNotAfter = (a: DateAsGiven, b: DateAsGiven): boolean =>
  latestDay(a) <= earliestDay(b);

/**
 * Where the store places a date: at its first possible day. A fact is not placed before what it
 * needs (a seat before its group is formed), so rules about order within one record compare
 * first possible days: `a` is placed before `b` when its first possible day is earlier.
 */
export const placedBefore = (a: DateAsGiven, b: DateAsGiven): boolean =>
  earliestDay(a) < earliestDay(b);

/**
 * A change follows what it changes, so that no state lasts zero days: placed before it, or the
 * same precise day. Two dates of the same month or year ("2021" after "2021") keep the order
 * they were recorded in.
 */
export const notPlacedAfter = (on: DateAsGiven, since: DateAsGiven): boolean =>
  placedBefore(on, since) || (on === since && precisionOf(on) === 'day');

/**
 * Half-open periods [from, to): a period that ends on the day another starts does not overlap
 * it. Dates as given: the periods overlap only if they certainly do (each starts, at its latest,
 * before the other ends, at its earliest).
 */
export interface Period {
  from: DateAsGiven;
  to: DateAsGiven | null;
}

export function overlaps(a: Period, b: Period): boolean {
  return (
    (b.to === null || certainlyBefore(a.from, b.to)) &&
    (a.to === null || certainlyBefore(b.from, a.to))
  );
}

/** The answer to a dated change that does not follow what it changes, in every context's words. */
export function outOfOrder(prefix: string, on: DateAsGiven, since: DateAsGiven): never {
  throw new DomainError(
    `${prefix}.CHANGE_OUT_OF_ORDER`,
    `The change must fall after ${since}`,
    'invalid',
    { on, since },
  );
}

export type Certainty = 'certain' | 'uncertain';

/**
 * How sure a read on `asOf` is that something held, given the start and the (exclusive) end it
 * was recorded with: certain from the start's last possible day until the end's first possible
 * day; uncertain while either may or may not have happened yet. Reads show only what may hold:
 * the caller has already left out what certainly did not (before the start's first possible
 * day, from the end's last possible day).
 */
export function certaintyOn(
  asOf: IsoDate,
  start: DateAsGiven | null,
  end: DateAsGiven | null = null,
): Certainty {
  const started = start === null || latestDay(start) <= asOf;
  const notEnded = end === null || asOf < earliestDay(end);
  return started && notEnded ? 'certain' : 'uncertain';
}

/**
 * How sure a read on `asOf` is of what it computed from several dates (an assignment's status
 * from its issue, extensions, reports, withdrawal): certain when each date has certainly come
 * by `asOf` or certainly not yet; uncertain while any of them may or may not have.
 */
export function certaintyOfAll(asOf: IsoDate, dates: readonly (DateAsGiven | null)[]): Certainty {
  const undecided = dates.some(
    (date) => date !== null && earliestDay(date) <= asOf && asOf < latestDay(date),
  );
  return undecided ? 'uncertain' : 'certain';
}

/**
 * Commands come from JSON: each decider checks its dates and answers with its own code, as
 * requireDate does for a day.
 */
export function requireDateAsGiven(prefix: string, field: string, value: unknown): DateAsGiven {
  if (!isDateAsGiven(value)) {
    throw new DomainError(
      `${prefix}.INVALID_DATE`,
      `${field} must be a date YYYY, YYYY-MM or YYYY-MM-DD`,
      'invalid',
      { field, value },
    );
  }
  return value;
}

export function optionalDateAsGiven(
  prefix: string,
  field: string,
  value: unknown,
): DateAsGiven | null {
  return value === undefined || value === null ? null : requireDateAsGiven(prefix, field, value);
}
