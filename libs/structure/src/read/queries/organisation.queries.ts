import { sql, type Kysely } from 'kysely';
import type { Certainty } from '@app/kernel';
import type { Database } from '@app/platform';
import { readModel, WHOLE_LIST, type KeysetRequest, type RowOf } from '@app/projections';
import { ORGANISATIONS } from '../organisations.projection';
import { organisationVersionsTable, type OrganisationsDb } from '../read-model.tables';
import {
  holdsOn,
  knownBy,
  versionPeriod,
  type TimeSlice,
  type VersionPeriod,
  lifeCertainty,
} from './time-slice';
import { manyOnSlice, oneOnSlice, pageOnSlice } from './versions-on-slice';

/**
 * A version of an organisation; its period says since when its name and status have held.
 * `certainty`: whether it certainly existed on the slice's date, or only may have (established
 * "2020" read on 2020-06-01), as for groups.
 */
export type OrganisationRow = RowOf<typeof organisationVersionsTable, typeof organisationNames> &
  VersionPeriod & { certainty: Certainty };

/** A dissolved organisation is shown from its dissolution's last possible day: certainly ended. */
const withCertainty =
  (slice: TimeSlice) =>
  (row: Omit<OrganisationRow, 'certainty'>): OrganisationRow => ({
    ...row,
    certainty: lifeCertainty(slice, row.status === 'active', row.establishedOn, row.dissolvedOn),
  });

const organisationNames = { organisation_id: 'id' } as const;

export interface OrganisationFilter {
  kind?: string;
  parentId?: string;
  /** Dissolved organisations too (they are left out by default). */
  includeEnded?: boolean;
}

async function organisations(database: Kysely<Database>) {
  const db = await readModel<OrganisationsDb>(database, ORGANISATIONS);
  return db
    .selectFrom('organisation_versions')
    .select([...organisationVersionsTable.select(organisationNames), ...versionPeriod()]);
}

/** The organisations' order, by name then id: a cursor is the [name, id] a page ended at. */
export const organisationsOrder = ['name', 'organisation_id'] as const;
export const organisationKey = (row: OrganisationRow) => [row.name, row.id];

/** One page of the organisations on the slice, keyset-paginated in their order. */
export async function listOrganisations(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  filter: OrganisationFilter = {},
  page: KeysetRequest = WHOLE_LIST,
): Promise<OrganisationRow[]> {
  let query = pageOnSlice(await organisations(database), tenant, slice, organisationsOrder, page);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId);
  if (!filter.includeEnded) query = query.where('status', '=', 'active');
  return (await query.execute()).map(withCertainty(slice));
}

export async function findOrganisation(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<OrganisationRow | undefined> {
  const row = await oneOnSlice(await organisations(database), 'organisation_id', tenant, id, slice);
  return row && withCertainty(slice)(row);
}

/** Organisations by id as they were on the slice's date, for naming them in other answers. */
export async function organisationsByIds(
  database: Kysely<Database>,
  tenant: string,
  ids: readonly string[],
  slice: TimeSlice,
): Promise<Map<string, OrganisationRow>> {
  const rows = await manyOnSlice(
    () => organisations(database),
    'organisation_id',
    tenant,
    ids,
    slice,
  );
  return new Map(rows.map((row) => [row.id, withCertainty(slice)(row)]));
}

/** Whether the organisation had been recorded by the slice's record time, whatever its dates. */
export async function organisationIsKnown(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: Pick<TimeSlice, 'knownAt'>,
): Promise<boolean> {
  const db = await readModel<OrganisationsDb>(database, ORGANISATIONS);
  const row = await db
    .selectFrom('organisation_versions')
    .select('organisation_id')
    .where('tenant', '=', tenant)
    .where('organisation_id', '=', id)
    .where(knownBy(slice))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The organisations an identity's `org` claim names: those of the municipality whose short name
 * (case aside) or id it is, on the slice's date. How a caller's "own organisation" is found.
 */
export async function organisationIdsNamed(
  database: Kysely<Database>,
  tenant: string,
  name: string,
  slice: TimeSlice,
): Promise<string[]> {
  const wanted = name.trim().toLowerCase();
  if (wanted === '') return [];
  const db = await readModel<OrganisationsDb>(database, ORGANISATIONS);
  const rows = await db
    .selectFrom('organisation_versions')
    .select('organisation_id')
    .distinct()
    .where('tenant', '=', tenant)
    .where((where) =>
      where.or([
        where(sql<string>`lower(short_name)`, '=', wanted),
        where('organisation_id', '=', name.trim()),
      ]),
    )
    .where(holdsOn(slice))
    .execute();
  return rows.map((row) => row.organisation_id);
}
