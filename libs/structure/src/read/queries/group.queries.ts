import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import type { Cadence } from '../../domain';
import { GROUPS } from '../groups.projection';
import type { GroupsDb } from '../read-model.tables';
import { dateText, holdsOn, nullableDateText, type TimeSlice } from './time-slice';

export interface GroupRow {
  id: string;
  modelId: string;
  kind: string;
  name: string;
  parentId: string | null;
  mandate: string | null;
  focusArea: string | null;
  cadence: Cadence | null;
  records: string;
  status: 'active' | 'dissolved' | 'merged';
  formedOn: string;
  endedOn: string | null;
  mergedInto: string | null;
  /** Since when this version of the group has held, and until when (null: still). */
  versionFrom: string;
  versionTo: string | null;
}

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
    .select([
      'group_id as id',
      'model_id as modelId',
      'kind',
      'name',
      'parent_id as parentId',
      'mandate',
      'focus_area as focusArea',
      'cadence',
      'records',
      'status',
      dateText('formed_on').as('formedOn'),
      nullableDateText('ended_on').as('endedOn'),
      'merged_into as mergedInto',
      dateText('valid_from').as('versionFrom'),
      nullableDateText('valid_to').as('versionTo'),
    ]);
}

export async function listGroups(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  filter: GroupFilter = {},
): Promise<GroupRow[]> {
  let query = (await groupVersions(database))
    .where('tenant', '=', tenant)
    .where(holdsOn(slice))
    .orderBy('name')
    .orderBy('group_id');
  if (filter.modelId !== undefined) query = query.where('model_id', '=', filter.modelId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId);
  if (!filter.includeEnded) query = query.where('status', '=', 'active');
  return query.execute();
}

export async function findGroup(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<GroupRow | undefined> {
  return (await groupVersions(database))
    .where('tenant', '=', tenant)
    .where('group_id', '=', id)
    .where(holdsOn(slice))
    .executeTakeFirst();
}

export async function groupsByIds(
  database: Kysely<Database>,
  tenant: string,
  ids: readonly string[],
  slice: TimeSlice,
): Promise<Map<string, GroupRow>> {
  if (ids.length === 0) return new Map();
  const rows = await (
    await groupVersions(database)
  )
    .where('tenant', '=', tenant)
    .where('group_id', 'in', [...new Set(ids)])
    .where(holdsOn(slice))
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}
