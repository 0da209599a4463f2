import type { SelectQueryBuilder, StringReference } from 'kysely';
import { keysetPage, type KeysetRequest } from '@app/projections';
import { holdsOn, type TimeSlice } from './time-slice';

/**
 * The reads every version table (organisations, models, groups, posts) answers the same way: a
 * tenant's versions that hold on the slice, as a page of a list, one by id, or several by id.
 * Each takes the table's select (its columns under their API names) and returns its rows as they
 * are; what a list filters on, and what a row says beyond its columns, stays with the table's
 * own queries.
 */

/** Any table's select: every version table has `tenant` and the two periods holdsOn reads. */
type AnyVersions<O> = SelectQueryBuilder<any, any, O>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A page of the tenant's versions on the slice, in `order` (see keysetPage); the list's filters follow. */
export function pageOnSlice<QB extends SelectQueryBuilder<any, any, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  versions: QB,
  tenant: string,
  slice: TimeSlice,
  order: readonly string[],
  page: KeysetRequest,
): QB {
  const held = (versions as AnyVersions<unknown>)
    .where('tenant', '=', tenant)
    .where(holdsOn(slice));
  return keysetPage(held, order, page) as QB;
}

/** The version of the thing whose id (in `idColumn`) is `id` that holds on the slice. */
export async function oneOnSlice<DB, TB extends keyof DB, O>(
  versions: SelectQueryBuilder<DB, TB, O>,
  idColumn: StringReference<DB, TB>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<O | undefined> {
  return (versions as AnyVersions<O>)
    .where('tenant', '=', tenant)
    .where(idColumn as string, '=', id)
    .where(holdsOn(slice))
    .executeTakeFirst() as Promise<O | undefined>;
}

/**
 * The versions of the things with these ids that hold on the slice. No ids read nothing, not
 * even the read model's schema: `versions` is only called when there is something to read.
 */
export async function manyOnSlice<DB, TB extends keyof DB, O>(
  versions: () => Promise<SelectQueryBuilder<DB, TB, O>>,
  idColumn: StringReference<DB, TB>,
  tenant: string,
  ids: readonly string[],
  slice: TimeSlice,
): Promise<O[]> {
  if (ids.length === 0) return [];
  return (await (versions() as Promise<AnyVersions<O>>))
    .where('tenant', '=', tenant)
    .where(idColumn as string, 'in', [...new Set(ids)])
    .where(holdsOn(slice))
    .execute() as Promise<O[]>;
}
