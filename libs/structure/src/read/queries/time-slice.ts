import { sql, type RawBuilder } from 'kysely';
import { certaintyOn, type Certainty } from '@app/kernel';
import type { IsoDate } from '../../domain';

/**
 * The two questions of time every read answers: what held on `asOf` (valid time), as it had
 * been recorded by `knownAt` (record time). `knownAt` null is current knowledge: the versions
 * nothing has superseded, which does not depend on this process's clock agreeing with the
 * database's (a write just made must be visible to a read that asks for "now").
 */
export interface TimeSlice {
  asOf: IsoDate;
  knownAt: string | null;
}

const column = (alias: string | undefined, name: string) =>
  sql.ref(alias === undefined ? name : `${alias}.${name}`);

/**
 * The rows true on the slice: both conditions are range containment over the two periods,
 * which the tables' GiST index answers ([from, to) ranges, a null end being open).
 */
export function holdsOn(slice: TimeSlice, alias?: string): RawBuilder<boolean> {
  const valid = sql`daterange(${column(alias, 'valid_from')}, ${column(alias, 'valid_to')}) @> ${slice.asOf}::date`;
  return sql<boolean>`(${valid} and ${knownBy(slice, alias)})`;
}

/** The rows of what was known at the slice's record time, on any date. */
export function knownBy(slice: Pick<TimeSlice, 'knownAt'>, alias?: string): RawBuilder<boolean> {
  if (slice.knownAt === null) return sql<boolean>`${column(alias, 'recorded_to')} is null`;
  return sql<boolean>`tstzrange(${column(alias, 'recorded_from')}, ${column(alias, 'recorded_to')}) @> ${slice.knownAt}::timestamptz`;
}

/** A date column as `YYYY-MM-DD` text (the drivers would make a local-time Date of it). */
export function dateText(name: string): RawBuilder<string> {
  return sql<string>`${sql.ref(name)}::text`;
}

export function nullableDateText(name: string): RawBuilder<string | null> {
  return sql<string | null>`${sql.ref(name)}::text`;
}

/** A version's valid period under the API's names: since when it has held, until when (null: still). */
export function versionPeriod() {
  return [dateText('valid_from').as('versionFrom'), nullableDateText('valid_to').as('versionTo')];
}

export interface VersionPeriod {
  versionFrom: string;
  versionTo: string | null;
}

/** Today in Sweden, where the municipalities are: the default `asOf`. */
export function today(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The periods' columns as the API shows them: [from, to), to null while open. */
export function periodOf(row: { valid_from: string; valid_to: string | null }) {
  return { from: row.valid_from, to: row.valid_to };
}

/**
 * Whether an organisation, model, group or post certainly existed on the slice's date, or only
 * may have (established "2020" read on 2020-06-01). One that has ended is shown only from its
 * end's last possible day, so it is certainly ended.
 */
export function lifeCertainty(
  slice: TimeSlice,
  standing: boolean,
  start: string,
  end: string | null,
): Certainty {
  return standing ? certaintyOn(slice.asOf, start, end) : 'certain';
}
