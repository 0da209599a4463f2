import type { Kysely } from 'kysely';
import type { Certainty } from '@app/kernel';
import type { Database } from '@app/platform';
import { readModel, WHOLE_LIST, type KeysetRequest, type RowOf } from '@app/projections';
import { GROUPS } from '../groups.projection';
import { groupVersionsTable, type GroupsDb } from '../read-model.tables';
import { versionPeriod, type TimeSlice, type VersionPeriod, lifeCertainty } from './time-slice';
import { manyOnSlice, oneOnSlice, pageOnSlice } from './versions-on-slice';

/**
 * A version of a group; its period says since when it has held, and until when. `certainty`:
 * whether the group certainly existed on the slice's date, or only may have (formed "2020" read
 * on 2020-06-01; dissolved "2021" read during 2021).
 */
export type GroupRow = RowOf<typeof groupVersionsTable, typeof groupNames> &
  VersionPeriod & { certainty: Certainty };

/** An ended group shown (includeEnded) is shown from its end's last possible day: certainly ended. */
const withCertainty =
  (slice: TimeSlice) =>
  (row: Omit<GroupRow, 'certainty'>): GroupRow => ({
    ...row,
    certainty: lifeCertainty(slice, row.status === 'active', row.formedOn, row.endedOn),
  });

const groupNames = { group_id: 'id' } as const;

export interface GroupFilter {
  modelId?: string;
  kind?: string;
  parentId?: string;
  /** Dissolved and merged groups too (they are left out by default). */
  includeEnded?: boolean;
}

/** The group columns under their API names; `alias` when the query needs one. */
export async function groupVersions(database: Kysely<Database>) {
  const db = await readModel<GroupsDb>(database, GROUPS);
  return db
    .selectFrom('group_versions')
    .select([...groupVersionsTable.select(groupNames), ...versionPeriod()]);
}

/** The groups' order, by name then id: a cursor is the [name, id] a page ended at. */
export const groupsOrder = ['name', 'group_id'] as const;
export const groupKey = (row: GroupRow) => [row.name, row.id];

/** One page of the groups on the slice, keyset-paginated in their order. */
export async function listGroups(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  filter: GroupFilter = {},
  page: KeysetRequest = WHOLE_LIST,
): Promise<GroupRow[]> {
  let query = pageOnSlice(await groupVersions(database), tenant, slice, groupsOrder, page);
  if (filter.modelId !== undefined) query = query.where('model_id', '=', filter.modelId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId);
  if (!filter.includeEnded) query = query.where('status', '=', 'active');
  return (await query.execute()).map(withCertainty(slice));
}

export async function findGroup(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<GroupRow | undefined> {
  const row = await oneOnSlice(await groupVersions(database), 'group_id', tenant, id, slice);
  return row && withCertainty(slice)(row);
}

export async function groupsByIds(
  database: Kysely<Database>,
  tenant: string,
  ids: readonly string[],
  slice: TimeSlice,
): Promise<Map<string, GroupRow>> {
  const rows = await manyOnSlice(() => groupVersions(database), 'group_id', tenant, ids, slice);
  return new Map(rows.map((row) => [row.id, withCertainty(slice)(row)]));
}
